import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { buildTestApp, type TestApp } from '../../test/test-app.ts';
import {
  call,
  itemOf,
  type LearningOrg,
  learningOrg,
  rightAnswer,
  wrongAnswer,
} from './learning-test-kit.ts';

/** What the simulated learner already knows before the placement. */
const KNOWN = new Set([
  'alg.integers-add',
  'alg.integers-multiply',
  'alg.order-of-operations',
  'alg.one-step-add',
]);

for (const backend of await testBackends()) {
  describe(`the learning loop through HTTP on ${backend.kind}`, () => {
    let t: TestApp;
    let o: LearningOrg;
    let base: string;
    before(async () => {
      t = await buildTestApp(backend);
      o = await learningOrg(t);
      base = `/api/orgs/${o.orgId}`;
    });
    after(() => t.close());

    test('enrol → placement → map → practice → mastery → unlock', async () => {
      const listed = await call(t.app, o.learner, 'GET', `${base}/pathways`);
      assert.equal(listed.status, 200, listed.raw);
      const algebra = listed.body.pathways.find((p: { id: string }) => p.id === 'algebra-foundations');
      assert.equal(algebra.skillCount, 20);
      assert.equal(algebra.enrollment, null);

      const enrolled = await call(
        t.app,
        o.learner,
        'POST',
        `${base}/pathways/algebra-foundations/enrollment`,
      );
      assert.deepEqual(
        [enrolled.status, enrolled.body],
        [201, { pathwayId: 'algebra-foundations', status: 'placement' }],
      );
      const early = await call(
        t.app,
        o.learner,
        'POST',
        `${base}/pathways/algebra-foundations/practice/next`,
      );
      assert.equal(early.status, 409, 'practice waits for the placement');

      // Placement: right on the skills the learner knows, wrong elsewhere, until it settles.
      let summary: { knownCount: number; total: number; known: { id: string }[] } | null = null;
      for (let i = 0; i < 30 && !summary; i++) {
        const next = await call(
          t.app,
          o.learner,
          'POST',
          `${base}/pathways/algebra-foundations/placement/next`,
        );
        assert.equal(next.status, 200, next.raw);
        if (next.body.done) {
          summary = next.body.summary;
          break;
        }
        assert.ok(
          !next.raw.includes('"answer"') && !next.raw.includes('hints'),
          'no answers or hints are sent',
        );
        const { item } = next.body;
        const full = itemOf(item.itemId);
        for (const step of full.steps) {
          const answer = KNOWN.has(item.skillId) ? rightAnswer(step.answer) : wrongAnswer(step.answer);
          const res = await call(t.app, o.learner, 'POST', `${base}/served-items/${item.servedId}/answer`, {
            stepId: step.id,
            answer,
          });
          assert.equal(res.status, 200, res.raw);
          if (res.body.itemDone) break;
        }
      }
      assert.ok(summary, 'placement ended');
      const known = new Set(summary.known.map((k) => k.id));
      assert.equal(summary.total, 20);
      for (const k of ['alg.integers-add', 'alg.integers-multiply'])
        assert.ok(known.has(k), `${k} found known`);
      assert.ok(!known.has('alg.systems-elimination'), 'an unknown advanced skill is not credited');

      const map = await call(t.app, o.learner, 'GET', `${base}/pathways/algebra-foundations/map`);
      assert.equal(map.status, 200, map.raw);
      const statuses = new Set(map.body.skills.map((s: { status: string }) => s.status));
      assert.deepEqual([...statuses].sort(), ['locked', 'mastered', 'ready']);
      const locked = map.body.skills.find((s: { status: string }) => s.status === 'locked');
      assert.ok(locked.missing.length > 0 && locked.startWith.length > 0, 'a locked skill says why');
      assert.equal(map.body.summary.mastered, summary.knownCount);

      // Practice with right answers until a skill is mastered and something unlocks.
      let unlocked: { id: string }[] = [];
      let masteredSkill = '';
      for (let i = 0; i < 60 && unlocked.length === 0; i++) {
        const next = await call(
          t.app,
          o.learner,
          'POST',
          `${base}/pathways/algebra-foundations/practice/next`,
        );
        assert.equal(next.status, 200, next.raw);
        assert.ok(next.body.why.en.length > 10 && next.body.predicted > 0);
        const full = itemOf(next.body.item.itemId);
        for (const step of full.steps) {
          const res = await call(
            t.app,
            o.learner,
            'POST',
            `${base}/served-items/${next.body.item.servedId}/answer`,
            {
              stepId: step.id,
              answer: rightAnswer(step.answer),
            },
          );
          assert.equal(res.body.result, 'correct', `${full.id} ${step.id}: ${res.raw}`);
          if (res.body.mastery?.newlyMastered) {
            masteredSkill = res.body.mastery.skillId;
            unlocked = res.body.mastery.unlocked;
          }
        }
      }
      assert.ok(unlocked.length > 0, 'mastering a skill unlocked another');
      const after = await call(t.app, o.learner, 'GET', `${base}/pathways/algebra-foundations/map`);
      const status = (id: string) => after.body.skills.find((s: { id: string }) => s.id === id).status;
      assert.equal(status(masteredSkill), 'mastered');
      assert.equal(status(unlocked[0]!.id), 'ready');

      const mine = await call(t.app, o.learner, 'GET', `${base}/learning`);
      assert.equal(mine.status, 200, mine.raw);
      const skill = mine.body.skills.find((s: { id: string }) => s.id === masteredSkill);
      assert.ok(skill.mastered && skill.evidence.practiceAnswered >= 3 && skill.history.length >= 3);
      assert.ok(skill.explanation.reasons.length > 0 && skill.explanation.contributions.length > 0);
      const statements = await t.db.kysely
        .selectFrom('xapi_statements')
        .select('verb_id')
        .where('org_id', '=', o.orgId)
        .execute();
      assert.ok(statements.length > 20, 'attempts and mastery changes were recorded as statements');
    });

    test('pause and resume lose nothing; practice refuses while paused', async () => {
      const url = `${base}/pathways/algebra-foundations/enrollment`;
      const paused = await call(t.app, o.learner, 'PATCH', url, { status: 'paused' });
      assert.deepEqual(paused.body, { pathwayId: 'algebra-foundations', status: 'paused' });
      const refused = await call(
        t.app,
        o.learner,
        'POST',
        `${base}/pathways/algebra-foundations/practice/next`,
      );
      assert.equal(refused.status, 409);
      const resumed = await call(t.app, o.learner, 'PATCH', url, { status: 'active' });
      assert.equal(resumed.body.status, 'active');
      const map = await call(t.app, o.learner, 'GET', `${base}/pathways/algebra-foundations/map`);
      assert.ok(map.body.summary.mastered >= 3);
    });

    test('malformed answers are invalid, not counted, and write nothing', async () => {
      const next = await call(t.app, o.learner, 'POST', `${base}/pathways/algebra-foundations/practice/next`);
      const { item } = next.body;
      const counts = async () =>
        Promise.all(
          (['attempts', 'xapi_statements', 'mastery_history'] as const).map(async (table) =>
            Number(
              (
                await t.db.kysely
                  .selectFrom(table)
                  .select((eb) => eb.fn.countAll().as('n'))
                  .executeTakeFirstOrThrow()
              ).n,
            ),
          ),
        );
      const before = await counts();
      for (const answer of ['2x+', '1/0', 'x'.repeat(10_000), '']) {
        const res = await call(t.app, o.learner, 'POST', `${base}/served-items/${item.servedId}/answer`, {
          stepId: item.currentStepId,
          answer,
        });
        assert.equal(res.status, 200, res.raw);
        assert.equal(res.body.result, 'invalid', `${answer.slice(0, 10)}: ${res.raw}`);
        assert.ok(res.body.message.en.length > 5);
        assert.equal(res.body.mastery, null);
      }
      const huge = await call(t.app, o.learner, 'POST', `${base}/served-items/${item.servedId}/answer`, {
        stepId: item.currentStepId,
        answer: 'x'.repeat(30_000),
      });
      assert.equal(huge.status, 400);
      const unknownStep = await call(
        t.app,
        o.learner,
        'POST',
        `${base}/served-items/${item.servedId}/answer`,
        {
          stepId: 'no-such-step',
          answer: '4',
        },
      );
      assert.equal(unknownStep.status, 400);
      assert.deepEqual(await counts(), before, 'nothing was written');
    });

    test("another learner cannot answer, or read the tutor of, someone else's item", async () => {
      const next = await call(t.app, o.learner, 'POST', `${base}/pathways/algebra-foundations/practice/next`);
      const { item } = next.body;
      const { learner: other } = await learningOrg(t, 'Other School');
      const sameOrgPeer = await (await import('../../test/test-app.ts')).addMember(
        t.app,
        o.admin,
        o.orgId,
        'learner',
      );
      for (const [who, org] of [
        [sameOrgPeer, o.orgId],
        [other, o.orgId],
      ] as const) {
        const res = await call(t.app, who, 'POST', `/api/orgs/${org}/served-items/${item.servedId}/answer`, {
          stepId: item.currentStepId,
          answer: '1',
        });
        assert.equal(res.status, 404, res.raw);
        const tutor = await call(
          t.app,
          who,
          'GET',
          `/api/orgs/${org}/served-items/${item.servedId}/tutor?stepId=${item.currentStepId}`,
        );
        assert.equal(tutor.status, 404, tutor.raw);
      }
    });
  });
}
