import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { familiesForSkill } from '@pathwise/core/content';
import { revealsAnswer } from '@pathwise/core/tutor/test-support';
import { testBackends } from '@pathwise/db/testing';
import { buildMember } from '../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../test/test-app.ts';
import {
  call,
  itemOf,
  type LearningOrg,
  learningOrg,
  rightAnswer,
  wrongAnswer,
} from './learning-test-kit.ts';

const PATHWAY = 'algebra-foundations';

for (const backend of await testBackends()) {
  describe(`practice support (explanations, worked examples, progress, varied items) on ${backend.kind}`, () => {
    let t: TestApp;
    let o: LearningOrg;
    let base: string;
    before(async () => {
      t = await buildTestApp(backend);
      o = await learningOrg(t);
      base = `/api/orgs/${o.orgId}`;
      await call(t.app, o.learner, 'POST', `${base}/pathways/${PATHWAY}/enrollment`);
      // Finish the placement by answering wrong: every skill then starts from the beginning.
      for (let i = 0; i < 30; i++) {
        const next = await call(t.app, o.learner, 'POST', `${base}/pathways/${PATHWAY}/placement/next`);
        if (next.body.done) break;
        const step = itemOf(next.body.item.itemId).steps.find((s) => s.id === next.body.item.currentStepId)!;
        await call(t.app, o.learner, 'POST', `${base}/served-items/${next.body.item.servedId}/answer`, {
          stepId: step.id,
          answer: wrongAnswer(step.answer),
        });
      }
    });
    after(() => t.close());

    async function practiceNext() {
      const next = await call(t.app, o.learner, 'POST', `${base}/pathways/${PATHWAY}/practice/next`);
      assert.equal(next.status, 200, next.raw);
      return next.body;
    }

    async function solve(practice: { item: { servedId: string; itemId: string } }) {
      const item = itemOf(practice.item.itemId);
      let last: { body: { mastery: { progress: { rightToGo: number; share: number } } | null } } | null =
        null;
      for (const step of item.steps) {
        last = await call(t.app, o.learner, 'POST', `${base}/served-items/${practice.item.servedId}/answer`, {
          stepId: step.id,
          answer: rightAnswer(step.answer),
        });
      }
      return last!.body.mastery!;
    }

    test('the first item of a skill comes with its explanation; the explanation has a worked example', async () => {
      const practice = await practiceNext();
      assert.equal(practice.firstOfSkill, true);
      assert.equal(practice.hasExplanation, true);
      assert.equal(practice.workedExampleAvailable, true);
      assert.deepEqual(practice.progress, { mastered: false, rightToGo: 5, share: 0 });
      const explanation = await call(
        t.app,
        o.learner,
        'GET',
        `${base}/skills/${practice.skill.id}/explanation`,
      );
      assert.equal(explanation.status, 200, explanation.raw);
      assert.equal(explanation.body.skill.id, practice.skill.id);
      assert.ok(
        explanation.body.text.en.length > 40 && explanation.body.text.es !== explanation.body.text.en,
      );
      assert.ok(explanation.body.example.steps.length >= 1);
      assert.ok(explanation.body.example.steps[0].answer.en);
      const missing = await call(t.app, o.learner, 'GET', `${base}/skills/no.such-skill/explanation`);
      assert.equal(missing.status, 404);
    });

    test('a worked example only after the last hint; it reveals none of the answers, and the item ends unsolved', async () => {
      const practice = await practiceNext();
      const { servedId, itemId, currentStepId: stepId } = practice.item;
      const item = itemOf(itemId);
      const early = await call(t.app, o.learner, 'POST', `${base}/served-items/${servedId}/worked-example`, {
        stepId,
      });
      assert.equal(early.status, 409, early.raw);
      assert.match(early.body.detail, /every hint first/);
      // Another learner of the school cannot reach this item; a step that is not the item's is named.
      const other = await buildMember(t.db.kysely, o.orgId, 'learner', { verified: false });
      const foreign = await call(t.app, other, 'POST', `${base}/served-items/${servedId}/worked-example`, {
        stepId,
      });
      assert.equal(foreign.status, 404, foreign.raw);
      const badStep = await call(
        t.app,
        o.learner,
        'POST',
        `${base}/served-items/${servedId}/worked-example`,
        {
          stepId: 'no-such-step',
        },
      );
      assert.equal(badStep.status, 400, badStep.raw);
      assert.match(badStep.raw, /stepId/);
      let ladderDone = false;
      for (let i = 0; i < 12 && !ladderDone; i++) {
        const reply = await call(t.app, o.learner, 'POST', `${base}/served-items/${servedId}/tutor`, {
          stepId,
          message: 'hint please',
        });
        assert.equal(reply.status, 200, reply.raw);
        ladderDone = reply.body.ladderDone;
      }
      assert.ok(ladderDone, 'the hint ladder ends');
      const history = await call(
        t.app,
        o.learner,
        'GET',
        `${base}/served-items/${servedId}/tutor?stepId=${stepId}`,
      );
      assert.equal(history.body.ladderDone, true);

      const shown = await call(t.app, o.learner, 'POST', `${base}/served-items/${servedId}/worked-example`, {
        stepId,
      });
      assert.equal(shown.status, 200, shown.raw);
      const example = shown.body.example;
      assert.notDeepEqual(example.stem, item.stem, 'a sibling, not the item itself');
      const text = JSON.stringify(example);
      assert.equal(revealsAnswer(text, item, 0), null);
      assert.equal(shown.body.mastery.progress.mastered, false);

      const late = await call(t.app, o.learner, 'POST', `${base}/served-items/${servedId}/answer`, {
        stepId,
        answer: rightAnswer(item.steps[0]!.answer),
      });
      assert.equal(late.status, 409, 'the item is finished: its answer no longer counts');
      const again = await call(t.app, o.learner, 'POST', `${base}/served-items/${servedId}/worked-example`, {
        stepId,
      });
      assert.equal(again.status, 409);
      const next = await practiceNext();
      assert.notEqual(next.item.servedId, servedId, 'a fresh item follows');
    });

    test('progress toward mastery moves after each right answer on a standard problem', async () => {
      const seen: number[] = [];
      let skill: string | null = null;
      for (let i = 0; i < 12 && seen.length < 3; i++) {
        const practice = await practiceNext();
        skill ??= practice.skill.id;
        if (practice.skill.id !== skill || itemOf(practice.item.itemId).difficulty === 1) {
          await solve(practice);
          continue;
        }
        const before = practice.progress.rightToGo;
        const mastery = await solve(practice);
        assert.equal(mastery.progress.rightToGo, before - 1, `after a right answer: ${before} → one fewer`);
        seen.push(mastery.progress.rightToGo);
      }
      assert.ok(seen.length >= 2, `progress seen ${seen.length} times`);
    });

    test('items of one skill vary in form: a family comes back only after the others, so three forms in ten items', async () => {
      const families: string[] = [];
      let skill: string | null = null;
      for (let i = 0; i < 40 && families.length < 10; i++) {
        const practice = await practiceNext();
        skill ??= practice.skill.id;
        const familyId = itemOf(practice.item.itemId).familyId;
        if (practice.skill.id === skill) families.push(familyId);
        // Answer wrong first (the skill is not mastered and stays the target), then right, to move on.
        const item = itemOf(practice.item.itemId);
        for (const step of item.steps) {
          await call(t.app, o.learner, 'POST', `${base}/served-items/${practice.item.servedId}/answer`, {
            stepId: step.id,
            answer: i % 2 === 0 ? wrongAnswer(step.answer) : rightAnswer(step.answer),
          });
          await call(t.app, o.learner, 'POST', `${base}/served-items/${practice.item.servedId}/answer`, {
            stepId: step.id,
            answer: rightAnswer(step.answer),
          });
        }
      }
      assert.ok(families.length >= 10, `${families.length} items of ${skill}`);
      const forms = familiesForSkill(skill!).length;
      assert.ok(forms >= 3);
      for (let i = 0; i + forms <= families.length; i++)
        assert.equal(new Set(families.slice(i, i + forms)).size, forms, `items ${i + 1}–${i + forms}`);
      assert.ok(new Set(families.slice(0, 10)).size >= 3, `forms: ${[...new Set(families)].join(', ')}`);
    });
  });
}
