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
  SKILL_A,
  SKILL_B,
} from './assignment-test-kit.ts';

const NOW = new Date('2026-03-20T12:00:00Z');
const DAY = 86_400_000;
const inDays = (n: number) => new Date(NOW.getTime() + n * DAY).toISOString();

for (const backend of await testBackends()) {
  describe(`assignments on ${backend.kind}`, () => {
    let t: TestApp;
    let s: AssignmentSchool;
    let base: string;
    before(async () => {
      t = await buildTestApp(backend, {}, { now: () => NOW });
      s = await assignmentSchool(t, 'Assignment School');
      base = `/api/orgs/${s.orgId}/classes/${s.classId}/assignments`;
    });
    after(() => t.close());

    test('a teacher assigns, lists, moves the due date and archives', async () => {
      const made = await call(t.app, s.teacher, 'POST', base, {
        kind: 'skills',
        skills: [{ skillId: SKILL_A, target: 0.8 }, { skillId: SKILL_B }],
        title: 'Warm-up',
        dueAt: inDays(7),
      });
      assert.equal(made.status, 201, made.raw);
      const pathway = await call(t.app, s.teacher, 'POST', base, {
        kind: 'pathway',
        pathwayId: PATHWAY,
        dueAt: inDays(3),
      });
      assert.equal(pathway.status, 201, pathway.raw);
      let list = await call(t.app, s.teacher, 'GET', base);
      assert.equal(list.status, 200, list.raw);
      assert.deepEqual(
        list.body.assignments.map((a: { id: string }) => a.id),
        [pathway.body.id, made.body.id],
        'soonest due first',
      );
      const skills = list.body.assignments[1];
      assert.equal(skills.title, 'Warm-up');
      assert.equal(skills.className, '7B Algebra');
      assert.deepEqual(
        skills.skills.map((x: { id: string; target: number | null }) => [x.id, x.target]),
        [
          [SKILL_A, 0.8],
          [SKILL_B, null],
        ],
      );
      assert.equal(typeof skills.skills[0].name.es, 'string');
      assert.equal(list.body.assignments[0].pathway.id, PATHWAY);
      assert.equal(skills.practicePathwayId, PATHWAY, 'practised in the pathway that holds its skills');

      const options = await call(
        t.app,
        s.teacher,
        'GET',
        `/api/orgs/${s.orgId}/classes/${s.classId}/assignment-options`,
      );
      assert.ok(options.body.pathways.some((p: { id: string }) => p.id === PATHWAY));
      assert.ok(options.body.skills.some((k: { id: string }) => k.id === SKILL_A));
      assert.equal(
        (
          await call(
            t.app,
            s.otherTeacher,
            'GET',
            `/api/orgs/${s.orgId}/classes/${s.classId}/assignment-options`,
          )
        ).status,
        404,
      );
      const moved = await call(t.app, s.teacher, 'PATCH', `${base}/${made.body.id}`, { dueAt: inDays(1) });
      assert.equal(moved.status, 204, moved.raw);
      list = await call(t.app, s.teacher, 'GET', base);
      assert.equal(list.body.assignments[0].id, made.body.id, 'now due first');
      assert.equal(list.body.assignments[0].dueAt, inDays(1));

      const archived = await call(t.app, s.teacher, 'DELETE', `${base}/${made.body.id}`);
      assert.equal(archived.status, 204, archived.raw);
      list = await call(t.app, s.teacher, 'GET', base);
      assert.deepEqual(
        list.body.assignments.map((a: { id: string }) => a.id),
        [pathway.body.id],
      );
      assert.equal(
        (await call(t.app, s.teacher, 'PATCH', `${base}/${made.body.id}`, { title: 'x' })).status,
        404,
      );
      const audit = await t.db.kysely
        .selectFrom('audit_events')
        .select('action')
        .where('target_id', '=', made.body.id)
        .orderBy('id')
        .execute();
      assert.deepEqual(
        audit.map((a) => a.action),
        ['assignment.created', 'assignment.updated', 'assignment.archived'],
      );
    });

    test("another class's teacher gets 404, a learner 403, an administrator reaches the class", async () => {
      const made = await call(t.app, s.teacher, 'POST', base, {
        kind: 'pathway',
        pathwayId: PATHWAY,
        dueAt: inDays(2),
      });
      assert.equal(made.status, 201, made.raw);
      const one = `${base}/${made.body.id}`;
      const before = await countRows(t, 'assignments');
      for (const [method, url, body] of [
        ['GET', base, undefined],
        ['POST', base, { kind: 'pathway', pathwayId: PATHWAY, dueAt: inDays(2) }],
        ['PATCH', one, { dueAt: inDays(9) }],
        ['DELETE', one, undefined],
        ['GET', `/api/orgs/${s.orgId}/classes/${s.classId}/gradebook`, undefined],
      ] as const) {
        const other = await call(t.app, s.otherTeacher, method, url, body);
        assert.equal(other.status, 404, `${method} ${url} by another class's teacher: ${other.raw}`);
        const learner = await call(t.app, s.learner, method, url, body);
        assert.equal(learner.status, 403, `${method} ${url} by a learner: ${learner.raw}`);
      }
      assert.equal(await countRows(t, 'assignments'), before, 'nothing written');
      const list = await call(t.app, s.teacher, 'GET', base);
      assert.equal(list.body.assignments.find((a: { id: string }) => a.id === made.body.id).dueAt, inDays(2));
      const admin = await call(t.app, s.admin, 'PATCH', one, { dueAt: inDays(4) });
      assert.equal(admin.status, 204, admin.raw);
    });

    test('a bad body is refused naming the field, and writes nothing', async () => {
      const rows = await countRows(t, 'assignments');
      const audit = await countRows(t, 'audit_events');
      const many = Array.from({ length: 101 }, (_, i) => ({ skillId: `s${i}` }));
      const cases: [object, RegExp][] = [
        [{ kind: 'pathway', pathwayId: 'no-such-pathway', dueAt: inDays(1) }, /no-such-pathway/],
        [
          {
            kind: 'skills',
            skills: [{ skillId: SKILL_A }, { skillId: 'nope.one' }, { skillId: 'nope.two' }],
            dueAt: inDays(1),
          },
          /nope\.one, nope\.two/,
        ],
        [{ kind: 'skills', skills: [{ skillId: SKILL_A, target: 0 }], dueAt: inDays(1) }, /target/],
        [{ kind: 'skills', skills: [{ skillId: SKILL_A, target: 1.5 }], dueAt: inDays(1) }, /target/],
        [{ kind: 'skills', skills: many, dueAt: inDays(1) }, /skills/],
        [{ kind: 'skills', skills: [{ skillId: SKILL_A }, { skillId: SKILL_A }], dueAt: inDays(1) }, /twice/],
        [{ kind: 'pathway', pathwayId: PATHWAY, dueAt: 'next Friday' }, /dueAt/],
        [{ kind: 'pathway', dueAt: inDays(1) }, /pathwayId/],
        [{ kind: 'skills', dueAt: inDays(1) }, /skills/],
        [{ kind: 'lesson', dueAt: inDays(1) }, /body\/target\/lessonId/],
        [{ kind: 'homework', dueAt: inDays(1) }, /kind/],
      ];
      for (const [body, names] of cases) {
        const res = await call(t.app, s.teacher, 'POST', base, body);
        assert.equal(res.status, 400, `${JSON.stringify(body).slice(0, 80)}: ${res.raw}`);
        assert.match(res.raw, names);
      }
      const made = await call(t.app, s.teacher, 'POST', base, {
        kind: 'pathway',
        pathwayId: PATHWAY,
        dueAt: inDays(5),
      });
      const patch = await call(t.app, s.teacher, 'PATCH', `${base}/${made.body.id}`, { dueAt: '2026-13-45' });
      assert.equal(patch.status, 400, patch.raw);
      assert.equal(await countRows(t, 'assignments'), rows + 1, 'only the good one');
      assert.equal(await countRows(t, 'audit_events'), audit + 1);
    });

    test('a learner sees the assignments of their own classes only, with their status', async () => {
      const other = await call(
        t.app,
        s.otherTeacher,
        'POST',
        `/api/orgs/${s.orgId}/classes/${s.otherClassId}/assignments`,
        {
          kind: 'skills',
          skills: [{ skillId: SKILL_B }],
          title: 'Not yours',
          dueAt: inDays(1),
        },
      );
      assert.equal(other.status, 201, other.raw);
      const mine = await call(t.app, s.learner, 'GET', `/api/orgs/${s.orgId}/my/assignments`);
      assert.equal(mine.status, 200, mine.raw);
      const classes = new Set(
        mine.body.assignments.map((a: { assignment: { classId: string } }) => a.assignment.classId),
      );
      assert.deepEqual([...classes], [s.classId]);
      const due = mine.body.assignments.map((a: { assignment: { dueAt: string } }) => a.assignment.dueAt);
      assert.deepEqual(due, [...due].sort(), 'soonest due first');
      assert.ok(
        mine.body.assignments.every(
          (a: { progress: { status: string } }) => a.progress.status === 'not_started',
        ),
      );
      const theirs = await call(t.app, s.outsider, 'GET', `/api/orgs/${s.orgId}/my/assignments`);
      assert.deepEqual(
        theirs.body.assignments.map((a: { assignment: { title: string } }) => a.assignment.title),
        ['Not yours'],
      );
      assert.equal((await call(t.app, s.teacher, 'GET', `/api/orgs/${s.orgId}/my/assignments`)).status, 403);
    });
  });
}
