import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import type { Session, TestApp } from '../../test/test-app.ts';
import { buildTestApp } from '../../test/test-app.ts';
import { type AssignmentSchool, assignmentSchool } from '../assignments/assignment-test-kit.ts';
import { call } from '../learning/learning-test-kit.ts';
import { RUBRIC } from './project-test-kit.ts';

const HOUR = 3_600_000;
const START = new Date('2026-03-20T08:00:00Z');
const DUE = new Date(START.getTime() + 24 * HOUR);

for (const backend of await testBackends()) {
  describe(`a passed project's done time and lateness on ${backend.kind}`, () => {
    let t: TestApp;
    let s: AssignmentSchool;
    let org: string;
    let projectId: string;
    // The app's clock: each step of the story happens at its own time.
    let clock = START;
    const at = (hours: number) => {
      clock = new Date(START.getTime() + hours * HOUR);
      return clock;
    };

    const handIn = async (who: Session, hours: number) => {
      at(hours);
      const res = await call(t.app, who, 'POST', `${org}/my/projects/${projectId}/submissions`, {
        text: 'My budget table and why.',
      });
      assert.equal(res.status, 201, res.raw);
    };
    const pass = async (who: Session, hours: number) => {
      at(hours);
      const url = `${org}/classes/${s.classId}/assignments/${projectId}/submissions/${who.userId}/assessments`;
      const res = await call(t.app, s.teacher, 'POST', url, {
        levels: ['advanced', 'proficient'],
        feedback: 'Good.',
      });
      assert.equal(res.status, 201, res.raw);
      assert.equal(res.body.view.submission.versions.at(-1).assessment.passed, true);
    };
    const cellOf = async (who: Session) => {
      const book = await call(t.app, s.teacher, 'GET', `${org}/classes/${s.classId}/gradebook`);
      assert.equal(book.status, 200, book.raw);
      const i = book.body.assignments.findIndex((a: { id: string }) => a.id === projectId);
      const row = book.body.learners.find((l: { userId: string }) => l.userId === who.userId);
      return row.cells[i] as { status: string; late: boolean; doneAt: string | null; project: string | null };
    };

    before(async () => {
      t = await buildTestApp(backend, {}, { now: () => clock });
      s = await assignmentSchool(t, 'Late Project School');
      org = `/api/orgs/${s.orgId}`;
      const made = await call(t.app, s.teacher, 'POST', `${org}/classes/${s.classId}/assignments`, {
        kind: 'project',
        title: 'Plan a class trip budget',
        project: { accepts: ['text'], ...RUBRIC },
        dueAt: DUE.toISOString(),
      });
      assert.equal(made.status, 201, made.raw);
      projectId = made.body.id;
    });
    after(() => t.close());

    test('handed in before the due date and passed after it: done on time, at the hand-in', async () => {
      await handIn(s.learner, 2);
      await pass(s.learner, 72);
      const cell = await cellOf(s.learner);
      assert.deepEqual([cell.project, cell.status, cell.late], ['passed', 'done', false]);
      assert.equal(cell.doneAt, new Date(START.getTime() + 2 * HOUR).toISOString());
    });

    test('handed in after the due date and passed: done late, at the hand-in; the learner sees the same', async () => {
      await handIn(s.classmate, 30);
      assert.equal((await cellOf(s.classmate)).late, true, 'handed in, not assessed, past due: late');
      await pass(s.classmate, 31);
      const cell = await cellOf(s.classmate);
      assert.deepEqual([cell.project, cell.status, cell.late], ['passed', 'done', true]);
      assert.equal(cell.doneAt, new Date(START.getTime() + 30 * HOUR).toISOString());
      const mine = await call(t.app, s.classmate, 'GET', `${org}/my/assignments`);
      const entry = mine.body.assignments.find(
        (a: { assignment: { id: string } }) => a.assignment.id === projectId,
      );
      assert.deepEqual([entry.progress.status, entry.progress.late], ['done', true]);
      assert.equal(entry.progress.doneAt, cell.doneAt);
    });
  });
}
