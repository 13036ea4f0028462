import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { docxText, readPdf, SAMPLE } from '../../lessons/export/export-test-kit.ts';
import { buildTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import {
  type AssignmentSchool,
  assignmentSchool,
  countRows,
  practise,
} from '../assignments/assignment-test-kit.ts';
import { call } from '../learning/learning-test-kit.ts';

const NOW = new Date('2026-03-20T12:00:00Z');
const DUE = new Date(NOW.getTime() + 7 * 86_400_000).toISOString();
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Every string of a JSON value outside choice options (where a number may legitimately be offered). */
function textsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value.trim());
  else if (Array.isArray(value)) for (const v of value) textsOf(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (k !== 'options') textsOf(v, out);
  }
  return out;
}

for (const backend of await testBackends()) {
  describe(`lesson assignments and exports on ${backend.kind}`, () => {
    let t: TestApp;
    let s: AssignmentSchool;
    let published: string;
    let draft: string;
    let skillIds: string[];
    let assignments: string;
    const lessons = () => `/api/orgs/${s.orgId}/lessons`;

    /** A teacher saves a lesson from the sample request; with `publish`, reviews every block and publishes it. */
    async function saveLesson(who: Session, seed: number, publish: boolean): Promise<string> {
      const saved = await call(t.app, who, 'POST', lessons(), { request: SAMPLE, seed });
      assert.equal(saved.status, 201, saved.raw);
      if (!publish) return saved.body.id;
      for (const b of saved.body.blocks as { id: string }[]) {
        const r = await call(t.app, who, 'PUT', `${lessons()}/${saved.body.id}/blocks/${b.id}/review`, {
          reviewed: true,
        });
        assert.equal(r.status, 200, r.raw);
      }
      const done = await call(t.app, who, 'POST', `${lessons()}/${saved.body.id}/publish`);
      assert.equal(done.status, 200, done.raw);
      return saved.body.id;
    }

    before(async () => {
      t = await buildTestApp(backend, {}, { now: () => NOW });
      s = await assignmentSchool(t, 'Lesson Assignment School');
      published = await saveLesson(s.teacher, 7, true);
      draft = await saveLesson(s.teacher, 8, false);
      const read = await call(t.app, s.teacher, 'GET', `${lessons()}/${published}`);
      skillIds = read.body.form.skillIds;
      assert.ok(skillIds.length > 0);
      assignments = `/api/orgs/${s.orgId}/classes/${s.classId}/assignments`;
    });
    after(() => t.close());

    test('only a published lesson of the organization is assigned; the form offers the published ones', async () => {
      const rows = await countRows(t, 'assignments');
      for (const lessonId of [draft, '00000000-0000-4000-8000-000000000000']) {
        const refused = await call(t.app, s.teacher, 'POST', assignments, {
          kind: 'lesson',
          target: { lessonId },
          dueAt: DUE,
        });
        assert.equal(refused.status, 400, refused.raw);
        assert.match(refused.raw, /body\/target\/lessonId/);
      }
      const missing = await call(t.app, s.teacher, 'POST', assignments, { kind: 'lesson', dueAt: DUE });
      assert.equal(missing.status, 400, missing.raw);
      assert.match(missing.raw, /body\/target\/lessonId/);
      assert.equal(await countRows(t, 'assignments'), rows, 'a refused request writes nothing');

      const options = await call(
        t.app,
        s.teacher,
        'GET',
        `/api/orgs/${s.orgId}/classes/${s.classId}/assignment-options`,
      );
      assert.equal(options.status, 200, options.raw);
      assert.deepEqual(
        options.body.lessons.map((l: { id: string }) => l.id),
        [published],
      );
    });

    test('the learner sees the lesson in my assignments, opens the student view (no key); progress follows mastery', async () => {
      const made = await call(t.app, s.teacher, 'POST', assignments, {
        kind: 'lesson',
        target: { lessonId: published },
        dueAt: DUE,
      });
      assert.equal(made.status, 201, made.raw);

      const mine = await call(t.app, s.learner, 'GET', `/api/orgs/${s.orgId}/my/assignments`);
      assert.equal(mine.status, 200, mine.raw);
      const entry = mine.body.assignments.find(
        (x: { assignment: { id: string } }) => x.assignment.id === made.body.id,
      );
      assert.ok(entry, mine.raw);
      assert.equal(entry.assignment.kind, 'lesson');
      assert.equal(entry.assignment.lesson.id, published);
      assert.deepEqual(
        entry.assignment.skills.map((x: { id: string }) => x.id),
        skillIds,
      );
      assert.deepEqual([entry.progress.status, entry.progress.skillsTotal], ['not_started', skillIds.length]);

      const view = await call(t.app, s.learner, 'GET', `/api/orgs/${s.orgId}/my/lessons/${published}`);
      assert.equal(view.status, 200, view.raw);
      assert.equal(view.body.version.level, 'on');
      assert.ok(view.body.quiz.items.length > 0);
      const teacherCopy = await call(t.app, s.teacher, 'GET', `${lessons()}/${published}`);
      const openKeys: string[] = teacherCopy.body.lesson.quiz.items.flatMap(
        (i: { parts: { format: string; answerKey: string }[] }) =>
          i.parts.filter((p) => p.format === 'open').map((p) => p.answerKey.trim()),
      );
      assert.ok(openKeys.length > 0, 'the sample quiz has open steps');
      assert.doesNotMatch(view.raw, /answerKey|"worked"|misconceptionId/);
      const preview = await call(t.app, s.otherTeacher, 'GET', `${lessons()}/${published}/learner-view`);
      assert.equal(preview.status, 200, preview.raw);
      assert.deepEqual(preview.body, view.body, 'the preview is exactly the learner view');
      const texts = new Set(textsOf(view.body));
      for (const key of openKeys) assert.ok(!texts.has(key), `the key ${key} is not in the learner's view`);

      for (const skillId of skillIds) {
        await practise(t, {
          orgId: s.orgId,
          userId: s.learner.userId,
          skillId,
          at: new Date(NOW.getTime() - 3_600_000),
          outcomes: Array(6).fill(true),
          mastered: true,
        });
      }
      const after = await call(t.app, s.learner, 'GET', `/api/orgs/${s.orgId}/my/assignments`);
      const moved = after.body.assignments.find(
        (x: { assignment: { id: string } }) => x.assignment.id === made.body.id,
      );
      assert.deepEqual([moved.progress.status, moved.progress.mastery], ['done', 1]);
    });

    test('a learner of another class, a teacher and a draft are refused the learner view; a learner the preview', async () => {
      const other = await call(t.app, s.outsider, 'GET', `/api/orgs/${s.orgId}/my/lessons/${published}`);
      assert.equal(other.status, 404, other.raw);
      const notAssigned = await call(t.app, s.learner, 'GET', `/api/orgs/${s.orgId}/my/lessons/${draft}`);
      assert.equal(notAssigned.status, 404, notAssigned.raw);
      const staff = await call(t.app, s.teacher, 'GET', `/api/orgs/${s.orgId}/my/lessons/${published}`);
      assert.equal(staff.status, 403, staff.raw);
      const preview = await call(t.app, s.learner, 'GET', `${lessons()}/${published}/learner-view`);
      assert.equal(preview.status, 403, preview.raw);
    });

    test('a saved lesson downloads as DOCX and PDF with attachment headers; a learner is refused', async () => {
      const url = (q: string) => `${lessons()}/${published}/export?${q}`;
      const docx = await t.app.inject({
        method: 'GET',
        url: url('format=docx&copy=teacher'),
        headers: s.teacher.headers,
      });
      assert.equal(docx.statusCode, 200, docx.body);
      assert.equal(docx.headers['content-type'], DOCX);
      assert.equal(
        docx.headers['content-disposition'],
        'attachment; filename="lesson-linear-equations-teacher.docx"',
      );
      assert.ok(docxText(docx.rawPayload).includes('Answer key'));

      const pdf = await t.app.inject({
        method: 'GET',
        url: url('format=pdf&copy=student'),
        headers: s.otherTeacher.headers,
      });
      assert.equal(pdf.statusCode, 200, pdf.body);
      assert.equal(pdf.headers['content-type'], 'application/pdf');
      assert.equal(
        pdf.headers['content-disposition'],
        'attachment; filename="lesson-linear-equations-student.pdf"',
      );
      const text = (await readPdf(pdf.rawPayload)).text;
      assert.ok(!text.includes('Answer key'), 'the student copy holds no key');

      const ofDraft = await t.app.inject({
        method: 'GET',
        url: `${lessons()}/${draft}/export?format=pdf&copy=teacher`,
        headers: s.otherTeacher.headers,
      });
      assert.equal(ofDraft.statusCode, 404, "another teacher's draft is not visible");
      const learner = await t.app.inject({
        method: 'GET',
        url: url('format=pdf&copy=student'),
        headers: s.learner.headers,
      });
      assert.equal(learner.statusCode, 403, learner.body);
      const bad = await t.app.inject({
        method: 'GET',
        url: url('format=rtf&copy=student'),
        headers: s.teacher.headers,
      });
      assert.equal(bad.statusCode, 400, bad.body);
    });
  });
}
