import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { upsertPathways } from '@pathwise/db';
import { testBackends } from '@pathwise/db/testing';
import { sql } from 'kysely';
import { buildMember, type Member } from '../../test/factories.ts';
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
/** Every table a learner's answer writes to (attempt, model, history, reviews, tutor, statements, enrolment). */
const RECORDED = [
  'served_items',
  'attempts',
  'xapi_statements',
  'learner_states',
  'learner_skill_states',
  'mastery_history',
  'review_cards',
  'tutor_turns',
  'enrollments',
] as const;

for (const backend of await testBackends()) {
  describe(`preview a pathway as a learner on ${backend.kind}`, () => {
    let t: TestApp;
    let o: LearningOrg;
    let teacher: Member;
    let otherTeacher: Member;
    let base: string;
    before(async () => {
      t = await buildTestApp(backend);
      o = await learningOrg(t, 'Preview School');
      teacher = await buildMember(t.db.kysely, o.orgId, 'teacher');
      const other = await learningOrg(t, 'Other School');
      otherTeacher = await buildMember(t.db.kysely, other.orgId, 'teacher');
      base = `/api/orgs/${o.orgId}/pathways/${PATHWAY}/preview`;
    });
    after(() => t.close());

    const counts = async () => {
      const out: Record<string, number> = {};
      for (const table of RECORDED) {
        const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(
          t.db.kysely,
        );
        out[table] = rows[0]!.n;
      }
      return out;
    };

    test("a teacher sees the learner's own map as a new learner has it, with the skills to try", async () => {
      const preview = await call(t.app, teacher, 'GET', base);
      assert.equal(preview.status, 200, preview.raw);
      // A learner who has done nothing yet reads exactly this map.
      const own = await call(t.app, o.learner, 'GET', `/api/orgs/${o.orgId}/pathways/${PATHWAY}/map`);
      assert.equal(own.status, 200, own.raw);
      const { sampleSkillIds, status, ...map } = preview.body;
      assert.deepEqual(map, own.body);
      assert.equal(status, 'published');
      assert.equal(map.summary.mastered, 0);
      assert.ok(map.skills.length >= 3);
      for (const skill of map.skills) {
        assert.equal(skill.standing, 'not-started', skill.id);
        assert.equal(skill.estimate, null, skill.id);
        assert.notEqual(skill.status, 'mastered', skill.id);
        assert.ok(
          skill.name.en && skill.name.es && skill.name.es !== skill.name.en,
          `${skill.id} in both languages`,
        );
      }
      // In learning order: a skill comes after the prerequisites it has on the pathway.
      const position = new Map(map.skills.map((s: { id: string }, i: number) => [s.id, i]));
      for (const skill of map.skills) {
        for (const p of skill.prerequisites) {
          if (position.has(p))
            assert.ok(position.get(p)! < position.get(skill.id)!, `${p} before ${skill.id}`);
        }
      }
      assert.deepEqual(
        sampleSkillIds,
        map.skills.map((s: { id: string }) => s.id),
        'every demo skill has a sample',
      );
      const asAdmin = await call(t.app, o.admin, 'GET', base);
      assert.equal(asAdmin.status, 200, asAdmin.raw);
    });

    test('a sample problem is tried to the end, judged as in practice, and nothing is recorded', async () => {
      const { body: preview } = await call(t.app, teacher, 'GET', base);
      const skillId = preview.sampleSkillIds[0];
      const before = await counts();
      const sample = await call(
        t.app,
        teacher,
        'GET',
        `${base}/skills/${encodeURIComponent(skillId)}/sample`,
      );
      assert.equal(sample.status, 200, sample.raw);
      assert.equal(sample.body.skill.id, skillId);
      assert.equal(sample.body.item.servedId, 'preview');
      assert.equal(sample.body.item.skillId, skillId);
      assert.doesNotMatch(sample.raw, /"answer"|"hints"|"misconceptions"/, 'no key reaches the preview');
      const item = itemOf(sample.body.item.itemId);
      const first = item.steps[0]!;
      const answer = (stepId: string, text: string, locale?: 'en' | 'es') =>
        call(t.app, teacher, 'POST', `${base}/answer`, {
          itemId: item.id,
          stepId,
          answer: text,
          ...(locale ? { locale } : {}),
        });

      const wrong = await answer(first.id, wrongAnswer(first.answer));
      assert.equal(wrong.status, 200, wrong.raw);
      assert.equal(wrong.body.result, 'incorrect');
      assert.equal(wrong.body.stepDone, false);
      assert.equal(wrong.body.nextStepId, first.id);
      assert.ok(wrong.body.message.en && wrong.body.message.es);
      const invalid = await answer(first.id, 'x'.repeat(201), 'es');
      assert.equal(invalid.body.result, 'invalid', invalid.raw);
      for (const [i, step] of item.steps.entries()) {
        const last = i === item.steps.length - 1;
        const right = await answer(step.id, rightAnswer(step.answer));
        assert.equal(right.body.result, 'correct', right.raw);
        assert.equal(right.body.stepDone, true);
        assert.equal(right.body.itemDone, last);
        assert.equal(right.body.nextStepId, last ? null : item.steps[i + 1]!.id);
        assert.equal(right.body.mastery, null);
        assert.deepEqual(right.body.credentials, []);
      }
      const byAdmin = await call(t.app, o.admin, 'POST', `${base}/answer`, {
        itemId: item.id,
        stepId: first.id,
        answer: rightAnswer(first.answer),
      });
      assert.equal(byAdmin.body.result, 'correct', byAdmin.raw);
      assert.deepEqual(await counts(), before, 'no served item, attempt, statement or model change');
      // The count sees a learner's writes: the same pathway's first placement item, answered, moves it.
      const learn = `/api/orgs/${o.orgId}/pathways/${PATHWAY}`;
      await call(t.app, o.learner, 'POST', `${learn}/enrollment`);
      const placed = await call(t.app, o.learner, 'POST', `${learn}/placement/next`);
      const served = placed.body.item;
      const step = itemOf(served.itemId).steps[0]!;
      await call(t.app, o.learner, 'POST', `/api/orgs/${o.orgId}/served-items/${served.servedId}/answer`, {
        stepId: step.id,
        answer: wrongAnswer(step.answer),
      });
      const moved = await counts();
      for (const table of ['served_items', 'attempts', 'xapi_statements', 'enrollments'] as const) {
        assert.ok(moved[table]! > before[table]!, `a learner's answer writes ${table}`);
      }
    });

    test('staff only: a learner gets 403, another organization 404, unknown things 404, a bad step 400', async () => {
      const learner = await call(t.app, o.learner, 'GET', base);
      assert.equal(learner.status, 403, learner.raw);
      const learnerAnswer = await call(t.app, o.learner, 'POST', `${base}/answer`, {
        itemId: 'x',
        stepId: 's1',
        answer: '1',
      });
      assert.equal(learnerAnswer.status, 403, learnerAnswer.raw);
      const elsewhere = await call(t.app, otherTeacher, 'GET', base);
      assert.equal(elsewhere.status, 404, elsewhere.raw);
      const unknown = await call(t.app, teacher, 'GET', `/api/orgs/${o.orgId}/pathways/no-such-path/preview`);
      assert.equal(unknown.status, 404, unknown.raw);

      const { body: preview } = await call(t.app, teacher, 'GET', base);
      const { body: other } = await call(
        t.app,
        teacher,
        'GET',
        `/api/orgs/${o.orgId}/pathways/data-literacy/preview`,
      );
      const foreignSkill = other.sampleSkillIds.find((id: string) => !preview.sampleSkillIds.includes(id));
      const notHere = await call(
        t.app,
        teacher,
        'GET',
        `${base}/skills/${encodeURIComponent(foreignSkill)}/sample`,
      );
      assert.equal(notHere.status, 404, notHere.raw);
      const foreign = await call(
        t.app,
        teacher,
        'GET',
        `/api/orgs/${o.orgId}/pathways/data-literacy/preview/skills/${encodeURIComponent(foreignSkill)}/sample`,
      );
      assert.equal(foreign.status, 200, foreign.raw);
      const outside = await call(t.app, teacher, 'POST', `${base}/answer`, {
        itemId: foreign.body.item.itemId,
        stepId: foreign.body.item.currentStepId,
        answer: '1',
      });
      assert.equal(outside.status, 404, `an item of another pathway's skill: ${outside.raw}`);

      const sample = await call(
        t.app,
        teacher,
        'GET',
        `${base}/skills/${encodeURIComponent(preview.sampleSkillIds[0])}/sample`,
      );
      const badStep = await call(t.app, teacher, 'POST', `${base}/answer`, {
        itemId: sample.body.item.itemId,
        stepId: 'no-such-step',
        answer: '1',
      });
      assert.equal(badStep.status, 400, badStep.raw);
      assert.deepEqual(
        badStep.body.errors.map((e: { field: string }) => e.field),
        ['body/stepId'],
      );
      const noAnswer = await call(t.app, teacher, 'POST', `${base}/answer`, {
        itemId: sample.body.item.itemId,
      });
      assert.equal(noAnswer.status, 400, noAnswer.raw);
      assert.equal(noAnswer.body.code, 'validation_failed');
    });

    test('an administrator previews a draft pathway before publishing it; a teacher does not see drafts', async () => {
      await upsertPathways(t.db.kysely, o.orgId, [
        {
          id: 'draft-path',
          framework: 'pathwise-demo',
          name: { en: 'Draft path', es: 'Ruta en borrador' },
          description: { en: 'Not published', es: 'Sin publicar' },
          goalSkillIds: [(await call(t.app, o.admin, 'GET', base)).body.skills[0].id],
          status: 'draft',
        },
      ]);
      const draft = `/api/orgs/${o.orgId}/pathways/draft-path/preview`;
      const asAdmin = await call(t.app, o.admin, 'GET', draft);
      assert.equal(asAdmin.status, 200, asAdmin.raw);
      assert.equal(asAdmin.body.status, 'draft');
      assert.equal(asAdmin.body.pathway.name.es, 'Ruta en borrador');
      const skillId = asAdmin.body.sampleSkillIds[0];
      const sample = await call(
        t.app,
        o.admin,
        'GET',
        `${draft}/skills/${encodeURIComponent(skillId)}/sample`,
      );
      assert.equal(sample.status, 200, sample.raw);
      const asTeacher = await call(t.app, teacher, 'GET', draft);
      assert.equal(asTeacher.status, 404, asTeacher.raw);
      const learnerMap = await call(t.app, o.learner, 'GET', `/api/orgs/${o.orgId}/pathways/draft-path/map`);
      assert.equal(learnerMap.status, 404, 'learners still do not see it');
    });
  });
}
