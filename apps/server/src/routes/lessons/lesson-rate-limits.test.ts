import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { pgliteBackend } from '@pathwise/db/testing';
import { buildMember, buildOrg } from '../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { COMPOSE_PER_MINUTE, EXPORT_PER_MINUTE } from '../per-caller-rate-limits.ts';

// Words with no topic: the composer answers `needs` at once, so the calls cost little (the limit counts every call).
const VAGUE = 'a lesson please';

// NOTE: the limits live in the server's memory, not the database: one engine is enough.
describe('the lesson compose, save and export routes are rate-limited per caller', () => {
  let t: TestApp;
  let orgId: string;
  let teacher: Session;
  let colleague: Session;
  const statuses = async (
    who: Session,
    n: number,
    request: { method: 'GET' | 'POST'; url: string; payload?: object },
  ) => {
    const out: number[] = [];
    // One at a time: the calls of one teacher clicking, each counted before the next.
    for (let i = 0; i < n; i++) {
      const res = await t.app.inject({ ...request, headers: who.headers });
      out.push(res.statusCode);
      if (res.statusCode === 429) assert.ok(Number(res.headers['retry-after']) > 0, 'retry-after is set');
    }
    return out;
  };

  before(async () => {
    t = await buildTestApp(pgliteBackend);
    const built = await buildOrg(t.db.kysely, { name: 'Busy School' });
    orgId = built.orgId;
    teacher = await buildMember(t.db.kysely, orgId, 'teacher');
    colleague = await buildMember(t.db.kysely, orgId, 'teacher');
  });
  after(() => t.close());

  test(`compose: ${COMPOSE_PER_MINUTE} a minute, the next is 429; another teacher is not held up`, async () => {
    const compose = {
      method: 'POST' as const,
      url: `/api/orgs/${orgId}/lessons/compose`,
      payload: { request: VAGUE },
    };
    const got = await statuses(teacher, COMPOSE_PER_MINUTE + 1, compose);
    assert.deepEqual(got, [...Array(COMPOSE_PER_MINUTE).fill(200), 429]);
    assert.deepEqual(await statuses(colleague, 1, compose), [200]);
  });

  test(`save composes again: ${COMPOSE_PER_MINUTE} a minute, the next is 429`, async () => {
    const save = { method: 'POST' as const, url: `/api/orgs/${orgId}/lessons`, payload: { request: VAGUE } };
    const got = await statuses(teacher, COMPOSE_PER_MINUTE + 1, save);
    assert.deepEqual(got, [...Array(COMPOSE_PER_MINUTE).fill(400), 429]);
  });

  test(`export (composed, and saved): ${EXPORT_PER_MINUTE} a minute each, the next is 429`, async () => {
    const composed = {
      method: 'POST' as const,
      url: `/api/orgs/${orgId}/lessons/export`,
      payload: { request: VAGUE, format: 'pdf', copy: 'student' },
    };
    assert.deepEqual(await statuses(teacher, EXPORT_PER_MINUTE + 1, composed), [
      ...Array(EXPORT_PER_MINUTE).fill(400),
      429,
    ]);
    const saved = {
      method: 'GET' as const,
      url: `/api/orgs/${orgId}/lessons/${randomUUID()}/export?format=pdf&copy=student`,
    };
    assert.deepEqual(await statuses(teacher, EXPORT_PER_MINUTE + 1, saved), [
      ...Array(EXPORT_PER_MINUTE).fill(404),
      429,
    ]);
  });
});
