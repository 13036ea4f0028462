import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { buildTestApp, type TestApp } from '../../test/test-app.ts';
import { type AssignmentSchool, assignmentSchool, countRows } from '../assignments/assignment-test-kit.ts';
import { call } from '../learning/learning-test-kit.ts';
import { fileOf, PDF_BYTES, projectRowCounts, RUBRIC } from './project-test-kit.ts';

const NOW = new Date('2026-03-20T12:00:00Z');
const DUE = new Date(NOW.getTime() + 7 * 86_400_000).toISOString();

for (const backend of await testBackends()) {
  describe(`projects on ${backend.kind}`, () => {
    let t: TestApp;
    let s: AssignmentSchool;
    let org: string;
    let projectId: string;
    let badge: string;
    let projectBadge: string;
    let certificate: string;
    let fileId: string;
    const mine = () => `${org}/my/projects/${projectId}`;
    const submissions = () => `${org}/classes/${s.classId}/assignments/${projectId}/submissions`;
    before(async () => {
      t = await buildTestApp(backend, {}, { now: () => NOW });
      s = await assignmentSchool(t, 'Project School');
      org = `/api/orgs/${s.orgId}`;
      const make = async (body: object) => {
        const res = await call(t.app, s.admin, 'POST', `${org}/achievements`, body);
        assert.equal(res.status, 201, res.raw);
        return res.body.id as string;
      };
      badge = await make({
        name: 'Budget skills',
        criteria: { evidence: { required: true, narrative: 'skills' } },
      });
      projectBadge = await make({
        name: 'Budget project',
        criteria: { evidence: { required: true, narrative: 'a budgeting project' } },
      });
      certificate = await make({
        name: 'Budget certificate',
        criteria: { achievements: [badge, projectBadge] },
      });
    });
    after(() => t.close());

    test('a teacher creates a project through the assignments route; bad input is a 400 naming the field', async () => {
      const base = `${org}/classes/${s.classId}/assignments`;
      const before = await countRows(t, 'assignments');
      for (const [project, field] of [
        [undefined, 'body/project'],
        [{ accepts: ['text'], achievementId: 'nope', ...RUBRIC }, 'body/project/achievementId'],
        [
          { accepts: ['text'], criteria: RUBRIC.criteria, passRule: { kind: 'minimum_total', total: 9 } },
          'body/project/passRule/total',
        ],
        [{ accepts: ['text'], passRule: RUBRIC.passRule }, 'body/project/criteria'],
      ] as const) {
        const res = await call(t.app, s.teacher, 'POST', base, { kind: 'project', project, dueAt: DUE });
        assert.equal(res.status, 400, res.raw);
        assert.ok(
          res.body.errors.some((e: { field: string }) => e.field === field),
          `${field} in ${res.raw}`,
        );
      }
      const wrongKind = await call(t.app, s.teacher, 'POST', base, {
        kind: 'skills',
        skills: [{ skillId: 'alg.like-terms' }],
        project: { accepts: ['text'], ...RUBRIC },
        dueAt: DUE,
      });
      assert.equal(wrongKind.status, 400, wrongKind.raw);
      assert.equal(await countRows(t, 'assignments'), before, 'nothing written');

      const made = await call(t.app, s.teacher, 'POST', base, {
        kind: 'project',
        title: 'Plan a class trip budget',
        instructions: 'Make a budget table and explain it.',
        project: { accepts: ['text', 'link', 'files'], achievementId: projectBadge, ...RUBRIC },
        dueAt: DUE,
      });
      assert.equal(made.status, 201, made.raw);
      projectId = made.body.id;
      const list = await call(t.app, s.teacher, 'GET', base);
      const listed = list.body.assignments.find((a: { id: string }) => a.id === projectId);
      assert.equal(listed.kind, 'project');
      assert.equal(listed.project.criteria.length, 2);
      assert.equal(listed.project.achievementId, projectBadge);
    });

    test('a learner hands in text, a link and a PDF, and reads it back', async () => {
      const res = await call(t.app, s.learner, 'POST', `${mine()}/submissions`, {
        text: 'My budget is in the file.',
        link: 'https://example.org/budget',
        files: [fileOf('budget.pdf', PDF_BYTES)],
      });
      assert.equal(res.status, 201, res.raw);
      const v = res.body.submission.versions[0];
      assert.equal(v.version, 1);
      assert.equal(v.text, 'My budget is in the file.');
      assert.equal(v.link, 'https://example.org/budget');
      assert.deepEqual(
        v.files.map((f: { name: string; contentType: string; size: number }) => [
          f.name,
          f.contentType,
          f.size,
        ]),
        [['budget.pdf', 'application/pdf', PDF_BYTES.length]],
      );
      fileId = v.files[0].id;
      const read = await call(t.app, s.learner, 'GET', mine());
      assert.equal(read.status, 200, read.raw);
      assert.equal(read.body.submission.status, 'submitted');
      assert.equal(read.body.achievementName, 'Budget project');
      assert.equal(read.body.project.criteria[1].levels.advanced, 'Explanation: complete and checked');
    });

    test('an HTML page renamed .pdf and a 6 MB file are refused naming the file, and nothing is written', async () => {
      const before = await projectRowCounts(t);
      const html = Buffer.from('<!doctype html><script>alert(1)</script>');
      const svg = Buffer.from('  <svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
      const big = Buffer.alloc(6 * 1024 * 1024, 0x61);
      for (const [files, field, words] of [
        [[fileOf('ok.pdf', PDF_BYTES), fileOf('report.pdf', html)], 'body/files/1', /report\.pdf/],
        [[fileOf('picture.png', svg)], 'body/files/0', /picture\.png/],
        [[fileOf('notes.txt', big)], 'body/files/0', /notes\.txt.*5 MB/],
      ] as const) {
        const res = await call(t.app, s.classmate, 'POST', `${mine()}/submissions`, { text: 'Here', files });
        assert.equal(res.status, 400, res.raw);
        assert.equal(res.body.errors[0].field, field);
        assert.match(res.body.errors[0].message, words);
      }
      const tooMany = Array.from({ length: 6 }, (_, i) => fileOf(`p${i}.pdf`, PDF_BYTES));
      const many = await call(t.app, s.classmate, 'POST', `${mine()}/submissions`, { files: tooMany });
      assert.equal(many.status, 400, many.raw);
      assert.deepEqual(await projectRowCounts(t), before, 'no submission, version or file row');
      const still = await call(t.app, s.classmate, 'GET', mine());
      assert.equal(still.body.submission, null);
    });

    test('a learner of another class, and another class’s teacher, get 404', async () => {
      assert.equal((await call(t.app, s.outsider, 'GET', mine())).status, 404);
      const post = await call(t.app, s.outsider, 'POST', `${mine()}/submissions`, { text: 'mine?' });
      assert.equal(post.status, 404, post.raw);
      assert.equal((await call(t.app, s.otherTeacher, 'GET', submissions())).status, 404);
      const read = await call(t.app, s.otherTeacher, 'GET', `${submissions()}/${s.learner.userId}`);
      assert.equal(read.status, 404);
      for (const who of [s.outsider, s.classmate, s.otherTeacher]) {
        const file = await t.app.inject({
          method: 'GET',
          url: `${org}/project-files/${fileId}`,
          headers: who.headers,
        });
        assert.equal(file.statusCode, 404, 'only the learner, the class teachers and administrators');
      }
      const outsiderCell = await call(t.app, s.teacher, 'GET', `${submissions()}/${s.outsider.userId}`);
      assert.equal(outsiderCell.status, 404, 'not a learner of this class');
    });

    test('a file downloads as an attachment that cannot run', async () => {
      for (const who of [s.learner, s.teacher, s.admin]) {
        const res = await t.app.inject({
          method: 'GET',
          url: `${org}/project-files/${fileId}`,
          headers: who.headers,
        });
        assert.equal(res.statusCode, 200);
        assert.equal(res.headers['content-type'], 'application/pdf');
        assert.match(String(res.headers['content-disposition']), /^attachment; filename="budget\.pdf"/);
        assert.equal(res.headers['x-content-type-options'], 'nosniff');
        assert.equal(res.headers['content-security-policy'], "sandbox; default-src 'none'");
        assert.deepEqual(res.rawPayload, PDF_BYTES);
      }
    });

    test('assessed not passed, resubmitted, passed: the achievement is awarded and the certificate stacks', async () => {
      const cell = async () => {
        const book = await call(t.app, s.teacher, 'GET', `${org}/classes/${s.classId}/gradebook`);
        assert.equal(book.status, 200, book.raw);
        const i = book.body.assignments.findIndex((a: { id: string }) => a.id === projectId);
        const row = book.body.learners.find((l: { userId: string }) => l.userId === s.learner.userId);
        return row.cells[i] as { status: string; project: string | null };
      };
      assert.deepEqual([(await cell()).project, (await cell()).status], ['submitted', 'in_progress']);
      const list = await call(t.app, s.teacher, 'GET', submissions());
      assert.deepEqual(
        list.body.learners.map((l: { name: string; status: string | null }) => [l.name, l.status]).sort(),
        [
          ['=HYPERLINK("http://evil.test")', null],
          ['Ada Learner', 'submitted'],
        ],
      );
      const assess = (levels: string[]) =>
        call(t.app, s.teacher, 'POST', `${submissions()}/${s.learner.userId}/assessments`, {
          levels,
          feedback: 'Explain how you chose the prices.',
        });
      const wrong = await assess(['advanced']);
      assert.equal(wrong.status, 400, wrong.raw);
      assert.equal(wrong.body.errors[0].field, 'body/levels');
      const first = await assess(['proficient', 'developing']);
      assert.equal(first.status, 201, first.raw);
      assert.equal(first.body.view.submission.versions[0].assessment.passed, false);
      assert.deepEqual(first.body.awarded, []);
      assert.equal((await cell()).project, 'needs_revision');
      assert.equal((await assess(['advanced', 'advanced'])).status, 409, 'a version is assessed once');

      const skills = await call(t.app, s.teacher, 'POST', `${org}/achievements/${badge}/awards`, {
        learnerId: s.learner.userId,
        narrative: 'Mastered the budgeting skills',
      });
      assert.equal(skills.status, 201, skills.raw);
      const again = await call(t.app, s.learner, 'POST', `${mine()}/submissions`, {
        text: 'I explain the prices now.',
      });
      assert.equal(again.status, 201, again.raw);
      assert.equal(again.body.submission.versions.length, 2);
      assert.equal(again.body.submission.status, 'submitted');

      const second = await assess(['advanced', 'proficient']);
      assert.equal(second.status, 201, second.raw);
      assert.equal(second.body.view.submission.versions[1].assessment.passed, true);
      assert.deepEqual(
        second.body.awarded.map((a: { achievementId: string }) => a.achievementId),
        [projectBadge, certificate],
      );
      const issued = await t.db.kysely
        .selectFrom('issued_credentials')
        .select(['achievement_id', 'evidence'])
        .where('user_id', '=', s.learner.userId)
        .execute();
      assert.equal(issued.filter((r) => r.achievement_id === certificate).length, 1, 'the certificate once');
      const evidence = JSON.stringify(issued.find((r) => r.achievement_id === projectBadge)?.evidence);
      assert.match(evidence, /Plan a class trip budget/);
      assert.match(evidence, /Budget table: advanced; Explanation: proficient/);

      const done = await cell();
      assert.deepEqual([done.project, done.status], ['passed', 'done']);
      const late = await call(t.app, s.learner, 'POST', `${mine()}/submissions`, { text: 'one more' });
      assert.equal(late.status, 409, 'a passed project is not handed in again');
      const due = await call(t.app, s.learner, 'GET', `${org}/my/assignments`);
      const mineCell = due.body.assignments.find(
        (a: { assignment: { id: string } }) => a.assignment.id === projectId,
      );
      assert.equal(mineCell.progress.project, 'passed');
    });
  });
}
