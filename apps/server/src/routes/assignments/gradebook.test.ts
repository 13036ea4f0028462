import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { buildTestApp, type TestApp } from '../../test/test-app.ts';
import { call } from '../learning/learning-test-kit.ts';
import {
  type AssignmentSchool,
  assignmentSchool,
  countRows,
  PATHWAY,
  pathwaySkillIds,
  practise,
  SKILL_A,
  SKILL_B,
} from './assignment-test-kit.ts';

const START = new Date('2026-03-20T12:00:00Z');
const DAY = 86_400_000;
const at = (days: number) => new Date(START.getTime() + days * DAY);

interface Cell {
  assignmentId: string;
  status: string;
  late: boolean;
  mastery: number;
  doneAt: string | null;
  computedStatus: string;
  override: { status: string; grade: string | null; reason: string; setByName: string | null } | null;
}

for (const backend of await testBackends()) {
  describe(`gradebook on ${backend.kind}`, () => {
    let t: TestApp;
    let s: AssignmentSchool;
    let now = START;
    let book: string;
    const ids = { skills: '', pathway: '', overdue: '' };

    /** The learner's cell of an assignment in the gradebook, as the teacher reads it now. */
    async function cellOf(userId: string, assignmentId: string): Promise<Cell> {
      const res = await call(t.app, s.teacher, 'GET', book);
      assert.equal(res.status, 200, res.raw);
      const row = res.body.learners.find((l: { userId: string }) => l.userId === userId);
      return row.cells.find((c: Cell) => c.assignmentId === assignmentId);
    }

    before(async () => {
      t = await buildTestApp(backend, {}, { now: () => now });
      s = await assignmentSchool(t, 'Gradebook School');
      book = `/api/orgs/${s.orgId}/classes/${s.classId}/gradebook`;
      const base = `/api/orgs/${s.orgId}/classes/${s.classId}/assignments`;
      const make = async (body: object) => {
        const res = await call(t.app, s.teacher, 'POST', base, body);
        assert.equal(res.status, 201, res.raw);
        return res.body.id as string;
      };
      ids.skills = await make({
        kind: 'skills',
        skills: [{ skillId: SKILL_A }, { skillId: SKILL_B }],
        title: '+SUM(A1:A9)',
        dueAt: at(5).toISOString(),
      });
      ids.pathway = await make({ kind: 'pathway', pathwayId: PATHWAY, dueAt: at(10).toISOString() });
      ids.overdue = await make({
        kind: 'skills',
        skills: [{ skillId: SKILL_B }],
        dueAt: at(1).toISOString(),
      });
    });
    after(() => t.close());

    test('status follows the learner model: not started, in progress, done with its time, mastery share', async () => {
      let cell = await cellOf(s.learner.userId, ids.skills);
      assert.deepEqual([cell.status, cell.mastery, cell.late, cell.doneAt], ['not_started', 0, false, null]);
      await practise(t, {
        orgId: s.orgId,
        userId: s.learner.userId,
        skillId: SKILL_A,
        at: at(1),
        outcomes: Array(6).fill(true),
        mastered: true,
      });
      await practise(t, {
        orgId: s.orgId,
        userId: s.learner.userId,
        skillId: SKILL_B,
        at: at(2),
        outcomes: [false],
        mastered: false,
      });
      now = at(3);
      cell = await cellOf(s.learner.userId, ids.skills);
      assert.deepEqual([cell.status, cell.mastery, cell.late], ['in_progress', 0.5, false]);
      await practise(t, {
        orgId: s.orgId,
        userId: s.learner.userId,
        skillId: SKILL_B,
        at: at(4),
        outcomes: Array(6).fill(true),
        mastered: true,
      });
      cell = await cellOf(s.learner.userId, ids.skills);
      assert.deepEqual([cell.status, cell.mastery, cell.late], ['done', 1, false]);
      assert.equal(cell.doneAt, at(4).toISOString(), 'when the last needed skill was mastered');
      const pathway = await cellOf(s.learner.userId, ids.pathway);
      const total = (await pathwaySkillIds(t, s.orgId)).length;
      assert.ok(total > 2);
      assert.equal(pathway.status, 'in_progress');
      assert.equal(pathway.mastery, 2 / total, "the share of the pathway's skills mastered");
      const mine = await call(t.app, s.learner, 'GET', `/api/orgs/${s.orgId}/my/assignments`);
      assert.deepEqual(
        mine.body.assignments.map((a: { assignment: { id: string }; progress: { status: string } }) => [
          a.assignment.id,
          a.progress.status,
        ]),
        [
          [ids.pathway, 'in_progress'],
          [ids.overdue, 'done'],
          [ids.skills, 'done'],
        ],
        'not done first; the overdue one was done too (SKILL_B), after its due date',
      );
    });

    test('late: done after the due date, or not done and past it', async () => {
      const overdue = await cellOf(s.learner.userId, ids.overdue);
      assert.deepEqual([overdue.status, overdue.late], ['done', true], 'mastered on day 4, due on day 1');
      const classmate = await cellOf(s.classmate.userId, ids.overdue);
      assert.deepEqual([classmate.status, classmate.late], ['not_started', true], 'past due, not done');
      const notYet = await cellOf(s.classmate.userId, ids.skills);
      assert.deepEqual([notYet.status, notYet.late], ['not_started', false], 'due on day 5, it is day 3');
    });

    test('the CSV has a row per learner × assignment, with formulas escaped', async () => {
      const res = await t.app.inject({ method: 'GET', url: `${book}.csv`, headers: s.teacher.headers });
      assert.equal(res.statusCode, 200, res.body);
      assert.match(String(res.headers['content-type']), /^text\/csv/);
      const lines = res.body.trimEnd().split('\r\n');
      assert.equal(lines[0], 'learner,assignment,due_at,status,late,mastery,done_at,overridden,grade,reason');
      assert.equal(lines.length, 1 + 2 * 3);
      assert.ok(
        lines.some((l) => l.startsWith(`"'=HYPERLINK(""http://evil.test"")",'+SUM(A1:A9),`)),
        `a formula in a name and a title starts with an apostrophe:\n${res.body}`,
      );
      assert.ok(!lines.some((l) => /(^|,)[=+@]/.test(l)), 'no cell starts a formula');
      assert.ok(
        lines.includes(
          `Ada Learner,'+SUM(A1:A9),${at(5).toISOString()},done,no,1.00,${at(4).toISOString()},no,,`,
        ),
      );
      const other = await t.app.inject({
        method: 'GET',
        url: `${book}.csv`,
        headers: s.otherTeacher.headers,
      });
      assert.equal(other.statusCode, 404);
    });

    test('a teacher overrides a cell with a reason (audited, shown) and clears it', async () => {
      const url = `${book}/overrides`;
      const body = {
        assignmentId: ids.overdue,
        userId: s.classmate.userId,
        status: 'done',
        grade: 'B+',
        reason: 'Did it on paper in class',
      };
      const rows = await countRows(t, 'assignment_overrides');
      for (const bad of [
        { ...body, reason: '   ' },
        { ...body, status: 'finished' },
        { ...body, userId: s.outsider.userId },
        { ...body, userId: s.teacher.userId },
      ]) {
        const res = await call(t.app, s.teacher, 'PUT', url, bad);
        assert.ok([400, 404].includes(res.status), `${JSON.stringify(bad)}: ${res.raw}`);
      }
      assert.equal((await call(t.app, s.otherTeacher, 'PUT', url, body)).status, 404);
      assert.equal((await call(t.app, s.learner, 'PUT', url, body)).status, 403);
      assert.equal(await countRows(t, 'assignment_overrides'), rows, 'refused requests wrote nothing');

      const set = await call(t.app, s.teacher, 'PUT', url, body);
      assert.equal(set.status, 204, set.raw);
      const cell = await cellOf(s.classmate.userId, ids.overdue);
      assert.deepEqual([cell.status, cell.computedStatus, cell.late], ['done', 'not_started', false]);
      assert.equal(cell.override?.reason, 'Did it on paper in class');
      assert.equal(cell.override?.grade, 'B+');
      const audit = await t.db.kysely
        .selectFrom('audit_events')
        .select(['action', 'details'])
        .where('target_id', '=', ids.overdue)
        .where('action', 'like', 'gradebook.%')
        .execute();
      assert.deepEqual(
        audit.map((a) => a.action),
        ['gradebook.override.set'],
      );
      assert.equal((audit[0]!.details as { reason: string }).reason, 'Did it on paper in class');
      const csv = await t.app.inject({ method: 'GET', url: `${book}.csv`, headers: s.teacher.headers });
      assert.match(csv.body, /,done,no,0\.00,,yes,B\+,Did it on paper in class\r\n/);

      const cleared = await t.app.inject({
        method: 'DELETE',
        url: `${url}?assignmentId=${ids.overdue}&userId=${s.classmate.userId}`,
        headers: s.teacher.headers,
      });
      assert.equal(cleared.statusCode, 204, cleared.body);
      const back = await cellOf(s.classmate.userId, ids.overdue);
      assert.deepEqual([back.status, back.late, back.override], ['not_started', true, null]);
      const again = await t.app.inject({
        method: 'DELETE',
        url: `${url}?assignmentId=${ids.overdue}&userId=${s.classmate.userId}`,
        headers: s.teacher.headers,
      });
      assert.equal(again.statusCode, 404, 'nothing left to clear');
      const actions = await t.db.kysely
        .selectFrom('audit_events')
        .select('action')
        .where('target_id', '=', ids.overdue)
        .where('action', 'like', 'gradebook.%')
        .orderBy('id')
        .execute();
      assert.deepEqual(
        actions.map((a) => a.action),
        ['gradebook.override.set', 'gradebook.override.cleared'],
      );
    });

    test('a target mastery is met when the estimate reaches it, mastered or not', async () => {
      const base = `/api/orgs/${s.orgId}/classes/${s.classId}/assignments`;
      const low = await call(t.app, s.teacher, 'POST', base, {
        kind: 'skills',
        skills: [{ skillId: SKILL_A, target: 0.01 }],
        dueAt: at(6).toISOString(),
      });
      const full = await call(t.app, s.teacher, 'POST', base, {
        kind: 'skills',
        skills: [{ skillId: SKILL_A, target: 1 }],
        dueAt: at(6).toISOString(),
      });
      assert.equal(full.status, 201, full.raw);
      await practise(t, {
        orgId: s.orgId,
        userId: s.classmate.userId,
        skillId: SKILL_A,
        at: at(3),
        outcomes: [false],
        mastered: false,
      });
      const reached = await cellOf(s.classmate.userId, low.body.id);
      assert.deepEqual(
        [reached.status, reached.mastery],
        ['done', 1],
        'not mastered, but above a 1 % target',
      );
      assert.equal(reached.doneAt, at(3).toISOString(), "the model's last change of the skill");
      const short = await cellOf(s.learner.userId, full.body.id);
      assert.deepEqual(
        [short.status, short.mastery],
        ['in_progress', 0],
        'mastered, but below a 100 % target',
      );
    });
  });
}
