import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { sql } from 'kysely';
import { addMember, buildTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { call, type LearningOrg, learningOrg } from '../learning/learning-test-kit.ts';

const SAMPLE =
  'a 3-day lesson plan on linear equations for a class with diverse reading levels, including 3 visual activities and a quiz';
const BLOCKS = ['day-1', 'day-2', 'day-3', 'quiz', 'rubric', 'version-below', 'version-on', 'version-above'];

for (const backend of await testBackends()) {
  describe(`saved lessons on ${backend.kind}`, () => {
    let t: TestApp;
    let o: LearningOrg;
    let other: LearningOrg;
    let teacher: Session;
    let colleague: Session;
    let base: string;
    const count = async (table: 'lessons' | 'lesson_versions') => {
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from ${sql.table(table)} where org_id = ${o.orgId}`.execute(t.db.kysely);
      return rows[0]?.n ?? 0;
    };
    const audits = async (lessonId: string) => {
      const { rows } = await sql<{ action: string; details: Record<string, unknown> }>`
        select action, details from audit_events where target_id = ${lessonId} order by id`.execute(
        t.db.kysely,
      );
      return rows;
    };

    before(async () => {
      t = await buildTestApp(backend);
      o = await learningOrg(t, 'Lesson Keeping School');
      other = await learningOrg(t, 'Other Lesson School');
      teacher = await addMember(t.app, o.admin, o.orgId, 'teacher');
      colleague = await addMember(t.app, o.admin, o.orgId, 'teacher');
      base = `/api/orgs/${o.orgId}/lessons`;
    });
    after(() => t.close());

    test('save → draft v1; edit → v2 with v1 kept and the block review reset; publish only once all reviewed', async () => {
      const saved = await call(t.app, teacher, 'POST', base, { request: SAMPLE, seed: 7 });
      assert.equal(saved.status, 201, saved.raw);
      const id = saved.body.id;
      assert.equal(saved.body.status, 'draft');
      assert.equal(saved.body.version, 1);
      assert.deepEqual(saved.body.versions, [1]);
      assert.deepEqual(
        saved.body.blocks.map((b: { id: string }) => b.id),
        BLOCKS,
      );
      assert.deepEqual(saved.body.unreviewed, BLOCKS);
      assert.equal(saved.body.canEdit, true);
      // The server composed it again: the same request and seed give the same lesson as the compose route.
      const composed = await call(t.app, teacher, 'POST', `${base}/compose`, { request: SAMPLE, seed: 7 });
      assert.deepEqual(saved.body.lesson, composed.body.lesson);

      const publishEarly = await call(t.app, teacher, 'POST', `${base}/${id}/publish`);
      assert.equal(publishEarly.status, 409, publishEarly.raw);
      assert.deepEqual(publishEarly.body.unreviewed, BLOCKS);
      assert.match(publishEarly.body.detail, /day-1.*version-above/);

      for (const block of BLOCKS) {
        const r = await call(t.app, teacher, 'PUT', `${base}/${id}/blocks/${block}/review`, {
          reviewed: true,
        });
        assert.equal(r.status, 200, r.raw);
      }
      const edit = await call(t.app, teacher, 'PUT', `${base}/${id}/blocks/version-below`, {
        field: 'directions',
        locale: 'en',
        text: 'Read each problem slowly. Use the word list when a word is new to you. Do one part at a time, and then stop and check your answer with a partner before you go on to the next part of the work.',
      });
      assert.equal(edit.status, 200, edit.raw);
      assert.equal(edit.body.version, 2);
      assert.deepEqual(edit.body.versions, [1, 2]);
      assert.deepEqual(edit.body.unreviewed, ['version-below']);
      const below = edit.body.lesson.versions.find((v: { level: string }) => v.level === 'below');
      const before = saved.body.lesson.versions.find((v: { level: string }) => v.level === 'below');
      assert.match(below.directions.en, /^Read each problem slowly/);
      assert.equal(below.directions.es, before.directions.es);
      assert.notEqual(
        below.readability.en.words,
        before.readability.en.words,
        'the reading level is measured again',
      );
      const { rows } = await sql<{ version: number; directions: string }>`
        select version, lesson->'versions'->0->'directions'->>'en' as directions from lesson_versions
        where lesson_id = ${id} order by version`.execute(t.db.kysely);
      assert.deepEqual(
        rows.map((r) => r.version),
        [1, 2],
      );
      assert.equal(rows[0]?.directions, before.directions.en, 'version 1 is kept as it was');

      const stillRefused = await call(t.app, teacher, 'POST', `${base}/${id}/publish`);
      assert.equal(stillRefused.status, 409);
      assert.deepEqual(stillRefused.body.unreviewed, ['version-below']);
      await call(t.app, teacher, 'PUT', `${base}/${id}/blocks/version-below/review`, { reviewed: true });
      const published = await call(t.app, teacher, 'POST', `${base}/${id}/publish`);
      assert.equal(published.status, 200, published.raw);
      assert.equal(published.body.status, 'published');
      assert.equal(published.body.canEdit, false);

      const trail = await audits(id);
      assert.deepEqual(
        trail.map((a) => a.action),
        ['lesson.saved', 'lesson.edited', 'lesson.published'],
      );
      const sources = trail[0]?.details.blocks as Record<string, string>;
      assert.equal(sources.quiz, 'bank');
      assert.equal(sources['day-1'], 'template');
      assert.equal(trail[1]?.details.block, 'version-below');
      assert.equal(trail[2]?.details.version, 2);

      const edited = await call(t.app, teacher, 'PUT', `${base}/${id}/blocks/quiz`, {
        field: 'title',
        locale: 'en',
        text: 'Changed after publishing',
      });
      assert.equal(edited.status, 409, 'a published lesson does not change');
    });

    test('who sees and changes what: a colleague, a learner, another organization', async () => {
      const saved = await call(t.app, teacher, 'POST', base, { request: SAMPLE });
      assert.equal(saved.status, 201, saved.raw);
      const id = saved.body.id;
      const edit = { field: 'goal', locale: 'en', text: 'Solve two-step equations.' };
      // Another teacher cannot see a draft they did not write.
      assert.equal((await call(t.app, colleague, 'GET', `${base}/${id}`)).status, 404);
      assert.equal((await call(t.app, colleague, 'PUT', `${base}/${id}/blocks/day-1`, edit)).status, 404);
      const list = await call(t.app, colleague, 'GET', base);
      assert.equal(list.status, 200);
      assert.ok(!list.body.lessons.some((l: { id: string }) => l.id === id));
      const mine = await call(t.app, teacher, 'GET', base);
      assert.ok(
        mine.body.lessons.some((l: { id: string; status: string }) => l.id === id && l.status === 'draft'),
      );
      // The administrator sees it and may edit it.
      const byAdmin = await call(t.app, o.admin, 'PUT', `${base}/${id}/blocks/day-1`, edit);
      assert.equal(byAdmin.status, 200, byAdmin.raw);
      assert.equal(byAdmin.body.lesson.days[0].goal.en, edit.text);
      // A learner: 403 everywhere; another organization's administrator: 404.
      assert.equal((await call(t.app, o.learner, 'GET', base)).status, 403);
      assert.equal((await call(t.app, o.learner, 'GET', `${base}/${id}`)).status, 403);
      assert.equal((await call(t.app, o.learner, 'POST', `${base}/${id}/publish`)).status, 403);
      assert.equal((await call(t.app, other.admin, 'GET', `${base}/${id}`)).status, 404);
      const otherUrl = `/api/orgs/${other.orgId}/lessons/${id}`;
      assert.equal((await call(t.app, other.admin, 'GET', otherUrl)).status, 404);
    });

    test('a published lesson is seen by every teacher of the organization, changed by none but its author', async () => {
      const saved = await call(t.app, teacher, 'POST', base, {
        request: 'a 1-day lesson on slope with a 3-item quiz',
      });
      assert.equal(saved.status, 201, saved.raw);
      const id = saved.body.id;
      for (const b of saved.body.blocks) {
        await call(t.app, teacher, 'PUT', `${base}/${id}/blocks/${b.id}/review`, { reviewed: true });
      }
      assert.equal((await call(t.app, teacher, 'POST', `${base}/${id}/publish`)).status, 200);
      const seen = await call(t.app, colleague, 'GET', `${base}/${id}`);
      assert.equal(seen.status, 200);
      assert.equal(seen.body.canEdit, false);
      const review = await call(t.app, colleague, 'PUT', `${base}/${id}/blocks/quiz/review`, {
        reviewed: false,
      });
      assert.equal(review.status, 403);
    });

    test('bad input: an unknown skill, a missing topic, an unknown block or field; nothing is written', async () => {
      const lessons = await count('lessons');
      const versions = await count('lesson_versions');
      const unknown = await call(t.app, teacher, 'POST', base, {
        request: SAMPLE,
        form: { skillIds: ['alg.no-such-skill'] },
      });
      assert.equal(unknown.status, 400, unknown.raw);
      assert.ok(
        unknown.body.errors.some((e: { field: string }) => e.field === 'skillIds'),
        unknown.raw,
      );
      const vague = await call(t.app, teacher, 'POST', base, { request: 'a 2-day plan with a quiz please' });
      assert.equal(vague.status, 400, vague.raw);
      assert.ok(
        vague.body.errors.some((e: { field: string }) => e.field === 'body/form/topic'),
        vague.raw,
      );
      assert.equal(await count('lessons'), lessons);
      assert.equal(await count('lesson_versions'), versions);

      const saved = await call(t.app, teacher, 'POST', base, { request: SAMPLE });
      const id = saved.body.id;
      const noBlock = await call(t.app, teacher, 'PUT', `${base}/${id}/blocks/day-9`, {
        field: 'goal',
        locale: 'en',
        text: 'x',
      });
      assert.equal(noBlock.status, 404);
      const noField = await call(t.app, teacher, 'PUT', `${base}/${id}/blocks/quiz`, {
        field: 'items/0/stem',
        locale: 'en',
        text: 'A new stem',
      });
      assert.equal(noField.status, 400);
      assert.equal(noField.body.errors[0].field, 'body/field');
      const after = await call(t.app, teacher, 'GET', `${base}/${id}`);
      assert.deepEqual(after.body.versions, [1]);
    });
  });
}
