import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { buildMember } from '../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import {
  call,
  itemOf,
  type LearningOrg,
  learningOrg,
  rightAnswer,
  wrongAnswer,
} from './learning-test-kit.ts';

const PATHWAY = 'algebra-foundations';
/** What the simulated learner already knows: harder skills whose prerequisites placement then credits. */
const KNOWN = new Set([
  'alg.integers-add',
  'alg.integers-multiply',
  'alg.order-of-operations',
  'alg.one-step-add',
  'alg.like-terms',
  'alg.distributive',
  'alg.two-step',
]);

interface Evidence {
  placementAnswered: number;
  placementRight: number;
  practiceAnswered: number;
  practiceRight: number;
  reviewAnswered: number;
  reviewRight: number;
}
interface Learned {
  id: string;
  status: string;
  estimate: number | null;
  mastered: boolean;
  evidence: Evidence;
  explanation: { reasons: { en: string; es: string }[]; contributions: unknown[] };
  history: unknown[];
}

for (const backend of await testBackends()) {
  describe(`an honest learner model on every page on ${backend.kind}`, () => {
    let t: TestApp;
    let o: LearningOrg;
    let base: string;
    let teacher: Session;
    let classId: string;
    /** Placement items answered and right, per skill, as the learner answered them. */
    const asked = new Map<string, { answered: number; right: number }>();
    /** Practice items answered and right, per skill. */
    const practised = new Map<string, { answered: number; right: number }>();

    const answerItem = async (
      item: { itemId: string; servedId: string; skillId: string },
      right: boolean,
      tally: Map<string, { answered: number; right: number }>,
    ) => {
      const full = itemOf(item.itemId);
      let firstTry = true;
      for (const step of full.steps) {
        const answer = right ? rightAnswer(step.answer) : wrongAnswer(step.answer);
        const res = await call(t.app, o.learner, 'POST', `${base}/served-items/${item.servedId}/answer`, {
          stepId: step.id,
          answer,
        });
        assert.equal(res.status, 200, res.raw);
        firstTry &&= res.body.result === 'correct';
        if (res.body.itemDone) break;
      }
      const seen = tally.get(item.skillId) ?? { answered: 0, right: 0 };
      tally.set(item.skillId, { answered: seen.answered + 1, right: seen.right + (firstTry ? 1 : 0) });
    };

    const myLearning = async (): Promise<Map<string, Learned>> => {
      const mine = await call(t.app, o.learner, 'GET', `${base}/learning`);
      assert.equal(mine.status, 200, mine.raw);
      return new Map(mine.body.skills.map((s: Learned) => [s.id, s]));
    };

    before(async () => {
      t = await buildTestApp(backend);
      o = await learningOrg(t, 'Honest School');
      base = `/api/orgs/${o.orgId}`;
      teacher = await buildMember(t.db.kysely, o.orgId, 'teacher');
      const created = await call(t.app, teacher, 'POST', `${base}/classes`, {
        name: 'Honest class',
        pathwayIds: [PATHWAY],
      });
      assert.equal(created.status, 201, created.raw);
      classId = created.body.id;
      const added = await call(t.app, o.admin, 'POST', `${base}/classes/${classId}/members`, {
        userIds: [o.learner.userId],
        role: 'learner',
      });
      assert.equal(added.status, 204, added.raw);

      const enrolled = await call(t.app, o.learner, 'POST', `${base}/pathways/${PATHWAY}/enrollment`);
      assert.equal(enrolled.status, 201, enrolled.raw);
      let done = false;
      for (let i = 0; i < 40 && !done; i++) {
        const next = await call(t.app, o.learner, 'POST', `${base}/pathways/${PATHWAY}/placement/next`);
        assert.equal(next.status, 200, next.raw);
        if (next.body.done) {
          done = true;
          break;
        }
        await answerItem(next.body.item, KNOWN.has(next.body.item.skillId), asked);
      }
      assert.ok(done, 'placement ended');
      // Practise a little: three items, whatever practice serves, all right.
      for (let i = 0; i < 3; i++) {
        const next = await call(t.app, o.learner, 'POST', `${base}/pathways/${PATHWAY}/practice/next`);
        assert.equal(next.status, 200, next.raw);
        await answerItem(
          { ...next.body.item, skillId: next.body.skill.id },
          true,
          next.body.mode === 'practice' ? practised : new Map(),
        );
      }
    });
    after(() => t.close());

    test('a skill credited without a question has no counts, no estimate and says it was credited', async () => {
      const mine = await myLearning();
      const credited = [...mine.values()].filter((s) => s.status === 'credited');
      assert.ok(credited.length > 0, 'placement credited a prerequisite it never asked');
      for (const s of credited) {
        assert.ok(!asked.has(s.id), `${s.id} was never asked`);
        assert.ok(s.mastered);
        assert.equal(s.estimate, null);
        assert.deepEqual(Object.values(s.evidence), [0, 0, 0, 0, 0, 0]);
        assert.deepEqual(
          s.explanation.reasons.map((r) => r.en),
          ['Credited because you showed a skill that builds on it in the placement.'],
        );
        for (const r of s.explanation.reasons) assert.doesNotMatch(`${r.en} ${r.es}`, /\d/, 'no counts');
        assert.deepEqual(s.history, [], 'no synthetic history');
        assert.ok(!s.explanation.reasons.some((r) => /You showed this skill/.test(r.en)));
      }
    });

    test('a skill answered in the placement says how many placement questions, as they happened', async () => {
      const mine = await myLearning();
      assert.ok(asked.size > 0);
      for (const [id, seen] of asked) {
        const s = mine.get(id)!;
        assert.equal(s.evidence.placementAnswered, seen.answered, id);
        assert.equal(s.evidence.placementRight, seen.right, id);
        const n = seen.answered;
        assert.equal(
          s.explanation.reasons[0]?.en,
          `You answered ${n} placement ${n === 1 ? 'question' : 'questions'} on this skill (${seen.right} right).`,
        );
        assert.notEqual(s.status, 'credited');
        assert.notEqual(s.status, 'not-started');
        if (s.mastered && !practised.has(id)) {
          // Known from the placement: the placement decided, so no percentage until practice measures it.
          assert.equal(s.estimate, null, id);
          assert.equal(s.explanation.reasons[1]?.en, 'The placement counted this skill as known.');
        } else assert.equal(typeof s.estimate, 'number', id);
      }
      assert.ok(
        [...asked.keys()].some((id) => mine.get(id)?.status === 'mastered'),
        'a skill known from the placement reads "mastered", not "review due"',
      );
      for (const [id, seen] of practised) {
        const s = mine.get(id)!;
        assert.equal(s.evidence.practiceAnswered, seen.answered, id);
        assert.ok(
          s.explanation.reasons.some(
            (r) =>
              r.en ===
              `${seen.right} of ${seen.answered} practice problem${seen.answered === 1 ? '' : 's'} right.`,
          ),
          JSON.stringify(s.explanation.reasons),
        );
      }
    });

    test('a never-touched skill is not started, with no estimate, on My learning and the map', async () => {
      const mine = await myLearning();
      const untouched = [...mine.values()].filter(
        (s) => !asked.has(s.id) && !practised.has(s.id) && !s.mastered,
      );
      assert.ok(untouched.length > 0);
      const map = await call(t.app, o.learner, 'GET', `${base}/pathways/${PATHWAY}/map`);
      assert.equal(map.status, 200, map.raw);
      for (const s of untouched) {
        assert.equal(s.status, 'not-started', s.id);
        assert.equal(s.estimate, null);
        assert.deepEqual(
          s.explanation.reasons.map((r) => r.en),
          ['No answers on this skill yet.'],
        );
        const onMap = map.body.skills.find((m: { id: string }) => m.id === s.id);
        assert.deepEqual([onMap.standing, onMap.estimate], ['not-started', null]);
      }
    });

    test('one learner × skill reads the same on My learning, the map, My record and the class dashboard', async () => {
      const mine = await myLearning();
      const map = await call(t.app, o.learner, 'GET', `${base}/pathways/${PATHWAY}/map`);
      const record = await call(t.app, o.learner, 'GET', `${base}/record`);
      const dash = await call(t.app, teacher, 'GET', `${base}/classes/${classId}/dashboard`);
      for (const r of [map, record, dash]) assert.equal(r.status, 200, r.raw);
      const cells = dash.body.heatmap.learners.find(
        (l: { userId: string }) => l.userId === o.learner.userId,
      ).cells;
      const answeredMastered = [...mine.values()].filter((s) => s.mastered && s.status !== 'credited');
      assert.ok(answeredMastered.length > 0, 'a skill mastered with answers on it');
      for (const s of [...mine.values()]) {
        const onMap = map.body.skills.find((m: { id: string }) => m.id === s.id);
        if (onMap) assert.deepEqual([onMap.standing, onMap.estimate], [s.status, s.estimate], `map ${s.id}`);
        assert.deepEqual(
          [cells[s.id].status, cells[s.id].estimate],
          [s.status, s.estimate],
          `dashboard ${s.id}`,
        );
        const onRecord = record.body.skills.find((r: { skillId: string }) => r.skillId === s.id);
        if (s.mastered)
          assert.deepEqual([onRecord.status, onRecord.estimate], [s.status, s.estimate], `record ${s.id}`);
        else assert.equal(onRecord, undefined);
      }
      const summary = dash.body.struggling as { skillId: string; meanEstimate: number; practised: number }[];
      for (const row of summary) {
        const s = mine.get(row.skillId)!;
        assert.equal(row.practised, 1);
        assert.equal(row.meanEstimate, s.estimate, `class summary ${row.skillId}`);
      }
      const practisedSkill = [...practised.keys()][0];
      assert.ok(practisedSkill, 'the learner practised a skill');
      assert.equal(typeof mine.get(practisedSkill)?.estimate, 'number');
      assert.ok(summary.some((r) => r.skillId === practisedSkill));
    });
  });
}
