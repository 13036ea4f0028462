import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { docxText, readPdf, SAMPLE } from '../../lessons/export/export-test-kit.ts';
import { addMember, buildTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { type LearningOrg, learningOrg } from '../learning/learning-test-kit.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

for (const backend of await testBackends()) {
  describe(`lesson export route on ${backend.kind}`, () => {
    let t: TestApp;
    let o: LearningOrg;
    let other: LearningOrg;
    let teacher: Session;
    let url: string;
    const exportLesson = (who: Session, payload: object) =>
      t.app.inject({ method: 'POST', url, headers: who.headers, payload });

    before(async () => {
      t = await buildTestApp(backend);
      o = await learningOrg(t, 'Export School');
      other = await learningOrg(t, 'Other Export School');
      teacher = await addMember(t.app, o.admin, o.orgId, 'teacher');
      url = `/api/orgs/${o.orgId}/lessons/export`;
    });
    after(() => t.close());

    test('a teacher downloads the teacher copy as DOCX: the file, its type and its name', async () => {
      const res = await exportLesson(teacher, { request: SAMPLE, seed: 7, format: 'docx', copy: 'teacher' });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['content-type'], DOCX);
      assert.equal(
        res.headers['content-disposition'],
        'attachment; filename="lesson-linear-equations-teacher.docx"',
      );
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      const text = docxText(res.rawPayload);
      assert.ok(text.includes('Lesson: linear equations'));
      assert.ok(text.includes('Day 3'));
      assert.ok(text.includes('Answer key'));
    });

    test('an administrator downloads the student copy as PDF in Spanish, without the key', async () => {
      const res = await exportLesson(o.admin, {
        request: SAMPLE,
        seed: 7,
        format: 'pdf',
        copy: 'student',
        locale: 'es',
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['content-type'], 'application/pdf');
      assert.equal(
        res.headers['content-disposition'],
        'attachment; filename="lesson-linear-equations-student.pdf"',
      );
      const pdf = await readPdf(res.rawPayload);
      assert.ok(pdf.text.includes('Lección: linear equations'));
      assert.ok(pdf.text.includes('Pregunta 1'));
      assert.ok(!pdf.text.includes('Clave de respuestas'));
    });

    test('a request that still needs fields is a 400 naming them; a bad format or copy is a 400 too', async () => {
      const needs = await exportLesson(teacher, {
        request: 'a 2-day plan with a quiz please',
        format: 'pdf',
        copy: 'teacher',
      });
      assert.equal(needs.statusCode, 400, needs.body);
      assert.equal(needs.json().code, 'validation_failed');
      assert.deepEqual(
        needs.json().errors.map((e: { field: string }) => e.field),
        ['body/form/topic'],
      );
      const badFormat = await exportLesson(teacher, { request: SAMPLE, format: 'odt', copy: 'teacher' });
      assert.equal(badFormat.statusCode, 400);
      assert.ok(
        badFormat.json().errors.some((e: { field: string }) => e.field.includes('format')),
        badFormat.body,
      );
      const noCopy = await exportLesson(teacher, { request: SAMPLE, format: 'pdf' });
      assert.equal(noCopy.statusCode, 400);
      const days = await exportLesson(teacher, {
        request: SAMPLE,
        form: { days: 0 },
        format: 'pdf',
        copy: 'student',
      });
      assert.equal(days.statusCode, 400);
      assert.ok(
        days.json().errors.some((e: { field: string }) => e.field.endsWith('days')),
        days.body,
      );
    });

    test('learners may not export (403); another organization`s staff get 404', async () => {
      const body = { request: SAMPLE, format: 'docx', copy: 'student' };
      assert.equal((await exportLesson(o.learner, body)).statusCode, 403);
      assert.equal((await exportLesson(other.admin, body)).statusCode, 404);
    });
  });
}
