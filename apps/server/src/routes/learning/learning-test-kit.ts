import assert from 'node:assert/strict';
import { type AnswerSpec, canonicalAnswer, findItem, type Item } from '@pathwise/core/content';
import { installDemoContent } from '../../learning/install-demo-content.ts';
import type { App } from '../../runtime/types.ts';
import { buildMember, buildOrg } from '../../test/factories.ts';
import type { Session, TestApp } from '../../test/test-app.ts';

/** An organization with the demo content, its administrator and one learner. */
export interface LearningOrg {
  orgId: string;
  admin: Session;
  learner: Session;
}

/** Creates an organization with its administrator (test factories), gives it the demo content, and adds a learner. */
export async function learningOrg(t: TestApp, name = 'Learning School'): Promise<LearningOrg> {
  // NOTE: rows straight from the factories (milliseconds); unverified addresses, as after a sign-up.
  const { orgId, admin } = await buildOrg(t.db.kysely, { name, admin: { verified: false } });
  await installDemoContent(t.db.kysely, orgId);
  const learner = await buildMember(t.db.kysely, orgId, 'learner', { verified: false });
  return { orgId, admin, learner };
}

/** Calls the API as a person; returns status and parsed body. */
export async function call(
  app: App,
  s: Session,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
) {
  const res = await app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });
  // biome-ignore lint/suspicious/noExplicitAny: test responses are checked field by field
  return { status: res.statusCode, body: (res.body ? res.json() : null) as any, raw: res.body };
}

/** The demo item behind a served public item (demo items regenerate from their id). */
export function itemOf(itemId: string): Item {
  const item = findItem(itemId);
  if (!item) throw new Error(`not a demo item: ${itemId}`);
  return item;
}

/** What a learner who knows the step would type. */
export function rightAnswer(spec: AnswerSpec): string {
  return canonicalAnswer(spec);
}

/** A well-formed answer that is surely wrong. */
export function wrongAnswer(spec: AnswerSpec): string {
  switch (spec.kind) {
    case 'choice':
      return spec.options.find((o) => o.id !== spec.correct)!.id;
    case 'text':
      return 'zzz';
    case 'relation':
      return `${spec.variables[0] ?? 'x'} = 987654`;
    default:
      return '987654';
  }
}

/** What an answer or a placement issued, as the learner's page is told. */
export type EarnedCredentials = { id: string; achievementName: string }[];

/**
 * Enrols the learner in the demo pathway `algebra-foundations` (under `base`, the organization's API path) and
 * takes its placement: right on the skills in `known`, wrong elsewhere. Returns what the placement issued.
 */
export async function takePlacement(
  t: TestApp,
  learner: Session,
  base: string,
  known: ReadonlySet<string>,
): Promise<EarnedCredentials> {
  const pathway = 'algebra-foundations';
  const enrolled = await call(t.app, learner, 'POST', `${base}/pathways/${pathway}/enrollment`);
  assert.equal(enrolled.status, 201, enrolled.raw);
  for (let i = 0; i < 30; i++) {
    const next = await call(t.app, learner, 'POST', `${base}/pathways/${pathway}/placement/next`);
    assert.equal(next.status, 200, next.raw);
    if (next.body.done) return next.body.summary.credentials;
    const { item } = next.body;
    for (const step of itemOf(item.itemId).steps) {
      const answer = known.has(item.skillId) ? rightAnswer(step.answer) : wrongAnswer(step.answer);
      const res = await call(t.app, learner, 'POST', `${base}/served-items/${item.servedId}/answer`, {
        stepId: step.id,
        answer,
      });
      assert.equal(res.status, 200, res.raw);
      if (res.body.itemDone) break;
    }
  }
  throw new Error('the placement did not end');
}
