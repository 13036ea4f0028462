import assert from 'node:assert/strict';
import type { Db } from '@pathwise/db';
import { sql } from 'kysely';
import type { Session, TestApp } from '../../test/test-app.ts';
import { call, itemOf, rightAnswer } from '../learning/learning-test-kit.ts';

/** Enrols the learner and answers one placement item (every step), so attempts, states and statements exist. */
export async function answerOnce(t: TestApp, learner: Session, base: string): Promise<void> {
  const enrolled = await call(t.app, learner, 'POST', `${base}/pathways/algebra-foundations/enrollment`);
  assert.equal(enrolled.status, 201, enrolled.raw);
  const next = await call(t.app, learner, 'POST', `${base}/pathways/algebra-foundations/placement/next`);
  assert.equal(next.status, 200, next.raw);
  // Every step, right: a placement item counts (skill state, xAPI) once it is finished.
  for (const step of itemOf(next.body.item.itemId).steps) {
    const answered = await call(
      t.app,
      learner,
      'POST',
      `${base}/served-items/${next.body.item.servedId}/answer`,
      { stepId: step.id, answer: rightAnswer(step.answer) },
    );
    assert.equal(answered.status, 200, answered.raw);
  }
}

/** The row count of every table (partitioned tables counted once), to prove that a refusal changed nothing. */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const { rows } = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
      and c.relname not like 'kysely_%'
    order by 1`.execute(db.kysely);
  const counts: Record<string, number> = {};
  for (const { name } of rows) {
    const result = await sql<{ n: string }>`select count(*) as n from ${sql.table(name)}`.execute(db.kysely);
    counts[name] = Number(result.rows[0]?.n);
  }
  return counts;
}

/** Downloads the export file of a session, checking the download headers. */
export async function exportOf(t: TestApp, s: Session) {
  const res = await t.app.inject({ method: 'GET', url: '/api/me/export', headers: { cookie: s.cookie } });
  assert.equal(res.statusCode, 200, res.body);
  assert.match(
    String(res.headers['content-disposition']),
    /^attachment; filename=pathwise-data-\d{4}-\d{2}-\d{2}\.json$/,
  );
  // biome-ignore lint/suspicious/noExplicitAny: the file is checked section by section
  return { text: res.body, doc: res.json() as any };
}
