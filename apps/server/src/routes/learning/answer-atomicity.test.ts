import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../test/test-app.ts';
import { call, itemOf, type LearningOrg, learningOrg, wrongAnswer } from './learning-test-kit.ts';

for (const backend of await testBackends()) {
  describe(`answer atomicity on ${backend.kind}`, () => {
    let t: TestApp;
    let o: LearningOrg;
    before(async () => {
      t = await buildTestApp(backend);
      o = await learningOrg(t);
    });
    after(() => t.close());

    test('when a write of the answer fails, no attempt, model state, history or statement is left', async () => {
      const base = `/api/orgs/${o.orgId}`;
      await call(t.app, o.learner, 'POST', `${base}/pathways/data-literacy/enrollment`);
      const next = await call(t.app, o.learner, 'POST', `${base}/pathways/data-literacy/placement/next`);
      const { item } = next.body;
      const snapshot = async () => ({
        attempts: (await sql`select count(*)::int as n from attempts`.execute(t.db.kysely)).rows,
        statements: (await sql`select count(*)::int as n from xapi_statements`.execute(t.db.kysely)).rows,
        skills: (
          await sql`select skill_id, state from learner_skill_states order by skill_id`.execute(t.db.kysely)
        ).rows,
        learner: (await sql`select state from learner_states`.execute(t.db.kysely)).rows,
        served: (await sql`select step_index, outcome, completed_at from served_items`.execute(t.db.kysely))
          .rows,
        placement: (await sql`select placement from enrollments`.execute(t.db.kysely)).rows,
      });
      // A write in the middle of the answer's transaction fails: a real database error, injected with a trigger.
      await sql`
        create function fail_history() returns trigger language plpgsql as $$
        begin raise exception 'history write failed'; end $$;
        create trigger fail_history before insert on mastery_history for each row execute function fail_history();
      `.execute(t.db.kysely);
      const before = await snapshot();
      const answer = wrongAnswer(itemOf(item.itemId).steps[0]!.answer);
      const failed = await call(t.app, o.learner, 'POST', `${base}/served-items/${item.servedId}/answer`, {
        stepId: item.currentStepId,
        answer,
      });
      assert.equal(failed.status, 500, failed.raw);
      assert.deepEqual(await snapshot(), before, 'nothing was half-written');
      await sql`drop trigger fail_history on mastery_history; drop function fail_history();`.execute(
        t.db.kysely,
      );
      const retried = await call(t.app, o.learner, 'POST', `${base}/served-items/${item.servedId}/answer`, {
        stepId: item.currentStepId,
        answer,
      });
      assert.equal(retried.status, 200, retried.raw);
      assert.equal(retried.body.result, 'incorrect');
      const afterRetry = await snapshot();
      assert.notDeepEqual(afterRetry.attempts, before.attempts);
      assert.notDeepEqual(afterRetry.placement, before.placement, 'the placement moved on');
    });
  });
}
