import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { findItem } from '@pathwise/core/content';
import { testBackends } from '@pathwise/db/testing';
import { sql } from 'kysely';
import { addMember, buildTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { call, type LearningOrg, learningOrg } from '../learning/learning-test-kit.ts';

const SAMPLE =
  'a 3-day lesson plan on linear equations for a class with diverse reading levels, including 3 visual activities and a quiz';

for (const backend of await testBackends()) {
  describe(`lesson composer routes on ${backend.kind}`, () => {
    let t: TestApp;
    let o: LearningOrg;
    let other: LearningOrg;
    let teacher: Session;
    let url: string;
    const compose = (who: Session, body: object) => call(t.app, who, 'POST', url, body);

    before(async () => {
      t = await buildTestApp(backend);
      o = await learningOrg(t, 'Lesson School');
      other = await learningOrg(t, 'Other School');
      teacher = await addMember(t.app, o.admin, o.orgId, 'teacher');
      url = `/api/orgs/${o.orgId}/lessons/compose`;
    });
    after(() => t.close());

    test('a teacher composes the sample request: 3 days, 3 visual activities, quiz, rubric, three versions', async () => {
      const res = await compose(teacher, { request: SAMPLE });
      assert.equal(res.status, 200, res.raw);
      assert.equal(res.body.status, 'composed');
      const { form, lesson } = res.body;
      assert.equal(form.days, 3);
      assert.equal(lesson.days.length, 3);
      for (const day of lesson.days) {
        assert.equal(
          day.phases.reduce((sum: number, p: { minutes: number }) => sum + p.minutes, 0),
          form.periodMinutes,
        );
      }
      const visuals = lesson.days.flatMap((d: { phases: { activities: { visual: boolean }[] }[] }) =>
        d.phases.flatMap((p) => p.activities.filter((a) => a.visual)),
      );
      assert.equal(visuals.length, 3);
      assert.equal(lesson.quiz.items.length, form.quizLength);
      assert.deepEqual(
        lesson.rubric.map((r: { skillId: string }) => r.skillId),
        form.skillIds,
      );
      assert.deepEqual(
        lesson.versions.map((v: { level: string }) => v.level),
        ['below', 'on', 'above'],
      );
      // The keys and the cited texts survive serialization: every item regenerates and every code is the org's.
      for (const q of lesson.quiz.items) assert.ok(findItem(q.itemId), q.itemId);
      const { rows } = await sql<{ id: string; name: { en: string } }>`
        select id, name from skills where org_id = ${o.orgId}`.execute(t.db.kysely);
      for (const c of lesson.standards) {
        assert.equal(rows.find((r) => r.id === c.code)?.name.en, c.name.en);
      }
    });

    test('the same request gives the same lesson; another seed another one; administrators may compose', async () => {
      const a = await compose(teacher, { request: SAMPLE, seed: 5 });
      const b = await compose(o.admin, { request: SAMPLE, seed: 5 });
      const c = await compose(teacher, { request: SAMPLE, seed: 6 });
      assert.equal(b.status, 200);
      assert.equal(a.raw, b.raw);
      assert.notEqual(a.raw, c.raw);
    });

    test('asks for the topic when the words name none, and composes once the teacher picks skills', async () => {
      const res = await compose(teacher, { request: 'a 2-day plan with a quiz please' });
      assert.equal(res.status, 200, res.raw);
      assert.equal(res.body.status, 'needs');
      assert.deepEqual(res.body.missing, ['topic']);
      assert.equal(res.body.form.days, 2);
      const confirmed = await compose(teacher, {
        request: 'a 2-day plan with a quiz please',
        form: { skillIds: ['alg.slope'], quizLength: 4 },
      });
      assert.equal(confirmed.body.status, 'composed', confirmed.raw);
      assert.equal(confirmed.body.lesson.quiz.items.length, 4);
      assert.equal(confirmed.body.lesson.days.length, 2);
    });

    test('bad input gets a 400 naming the field', async () => {
      const cases: [object, string][] = [
        [{ request: 'a 0-day lesson on slope' }, 'days'],
        [{ request: 'a lesson on slope, 3-minute period' }, 'periodMinutes'],
        [{ request: 'a lesson on slope with a 500-item quiz' }, 'quizLength'],
        [{ request: SAMPLE, form: { skillIds: ['alg.no-such-skill'] } }, 'skillIds'],
        [{ request: SAMPLE, form: { days: 0 } }, 'days'],
      ];
      for (const [body, field] of cases) {
        const res = await compose(teacher, body);
        assert.equal(res.status, 400, JSON.stringify(body));
        assert.equal(res.body.code, 'validation_failed');
        assert.ok(
          res.body.errors.some((e: { field: string }) => e.field === field),
          `${JSON.stringify(body)} → ${res.raw}`,
        );
      }
      const empty = await compose(teacher, { request: '' });
      assert.equal(empty.status, 400);
    });

    test('learners may not compose (403); another organization`s staff get 404', async () => {
      assert.equal((await compose(o.learner, { request: SAMPLE })).status, 403);
      assert.equal((await compose(other.admin, { request: SAMPLE })).status, 404);
    });
  });
}
