import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import {
  addMember,
  buildTestApp,
  createOrg,
  type Session,
  signUp,
  type TestApp,
  uniqueEmail,
} from '../../test/test-app.ts';
import { call } from '../learning/learning-test-kit.ts';

/**
 * Issue 9, finding 7: a teacher reaches the learners of the classes they teach, no one else. Learners come into a
 * class by its class code or by an administrator; the organization setting "teachers may enrol any member
 * learner" lets teachers add any learner of the organization (by name) to their own classes.
 */
for (const backend of await testBackends()) {
  describe(`teachers reach only their own learners on ${backend.kind}`, () => {
    let t: TestApp;
    let admin: Session;
    let teacherA: Session;
    let teacherB: Session;
    let learnerA: Session;
    let learnerB: Session;
    let free: Session;
    let base: string;
    let classA = '';
    let classA2 = '';
    let classB = '';
    let achievement = '';

    const members = async (classId: string) =>
      (await call(t.app, admin, 'GET', `${base}/classes/${classId}`)).body.members.map(
        (m: { userId: string }) => m.userId,
      ) as string[];
    const candidates = (s: Session, classId: string) =>
      call(t.app, s, 'GET', `${base}/classes/${classId}/candidates`);

    before(async () => {
      t = await buildTestApp(backend);
      admin = await signUp(t.app);
      const orgId = await createOrg(t.app, admin, 'Reach School');
      base = `/api/orgs/${orgId}`;
      teacherA = await addMember(t.app, admin, orgId, 'teacher');
      teacherB = await addMember(t.app, admin, orgId, 'teacher');
      learnerA = await addMember(t.app, admin, orgId, 'learner');
      learnerB = await addMember(t.app, admin, orgId, 'learner');
      free = await addMember(t.app, admin, orgId, 'learner');
      const made = async (s: Session, name: string) => {
        const res = await call(t.app, s, 'POST', `${base}/classes`, { name });
        assert.equal(res.status, 201, res.raw);
        return res.body.id as string;
      };
      classA = await made(teacherA, 'A');
      classA2 = await made(teacherA, 'A2');
      classB = await made(teacherB, 'B');
      for (const [classId, learner] of [
        [classA, learnerA],
        [classB, learnerB],
      ] as const) {
        const res = await call(t.app, admin, 'POST', `${base}/classes/${classId}/members`, {
          userIds: [learner.userId],
          role: 'learner',
        });
        assert.equal(res.status, 204, res.raw);
      }
      const a = await call(t.app, admin, 'POST', `${base}/achievements`, {
        name: 'Project',
        criteria: { evidence: { required: true, narrative: 'a project' } },
      });
      assert.equal(a.status, 201, a.raw);
      achievement = a.body.id;
    });
    after(() => t.close());

    test('the member picker of a teacher lists no learner outside their classes, and no email of one', async () => {
      const res = await candidates(teacherA, classA2);
      assert.equal(res.status, 200, res.raw);
      const ids = res.body.people.map((p: { userId: string }) => p.userId);
      assert.ok(ids.includes(learnerA.userId), 'a learner of their class A is offered for A2');
      assert.ok(!ids.includes(learnerB.userId), `learner of class B not listed: ${res.raw}`);
      assert.ok(!ids.includes(free.userId), `learner of no class not listed: ${res.raw}`);
      assert.ok(!res.raw.includes(learnerB.email) && !res.raw.includes(free.email), 'no email leaks');
      assert.equal(res.body.scope, 'own-classes');
      const all = await candidates(admin, classA2);
      assert.equal(all.body.scope, 'organization');
      assert.ok(all.raw.includes(free.email), 'administrators pick from everyone, with emails');
    });

    test('a teacher cannot add a learner who is in none of their classes; nothing is written', async () => {
      for (const who of [learnerB, free]) {
        const res = await call(t.app, teacherA, 'POST', `${base}/classes/${classA}/members`, {
          userIds: [who.userId],
          role: 'learner',
        });
        assert.equal(res.status, 403, res.raw);
        assert.equal(res.body.code, 'forbidden');
        assert.deepEqual(
          res.body.errors.map((e: { field: string }) => e.field),
          ['body/userIds'],
        );
      }
      // A batch with one learner out of reach is refused whole.
      const mixed = await call(t.app, teacherA, 'POST', `${base}/classes/${classA2}/members`, {
        userIds: [learnerA.userId, learnerB.userId],
        role: 'learner',
      });
      assert.equal(mixed.status, 403, mixed.raw);
      assert.deepEqual(await members(classA2), [teacherA.userId]);
      assert.ok(!(await members(classA)).includes(learnerB.userId));
      const timeline = await call(
        t.app,
        teacherA,
        'GET',
        `${base}/classes/${classA}/learners/${learnerB.userId}/timeline`,
      );
      assert.equal(timeline.status, 404, timeline.raw);
      const other = await call(
        t.app,
        teacherA,
        'GET',
        `${base}/classes/${classB}/learners/${learnerB.userId}/timeline`,
      );
      assert.equal(other.status, 404, other.raw);
    });

    test('a teacher moves a learner of their own class into another class they teach', async () => {
      const res = await call(t.app, teacherA, 'POST', `${base}/classes/${classA2}/members`, {
        userIds: [learnerA.userId],
        role: 'learner',
      });
      assert.equal(res.status, 204, res.raw);
      assert.ok((await members(classA2)).includes(learnerA.userId));
    });

    test('a teacher awards only learners of their classes', async () => {
      const refused = await call(t.app, teacherA, 'POST', `${base}/achievements/${achievement}/awards`, {
        learnerId: learnerB.userId,
        narrative: 'Good work',
      });
      assert.equal(refused.status, 404, refused.raw);
      assert.deepEqual(
        refused.body.errors.map((e: { field: string }) => e.field),
        ['body/learnerId'],
      );
      const record = await call(t.app, learnerB, 'GET', `${base}/record`);
      assert.equal(record.body.credentials.length, 0, 'nothing issued');
      const own = await call(t.app, teacherA, 'POST', `${base}/achievements/${achievement}/awards`, {
        learnerId: learnerA.userId,
        narrative: 'Good work',
      });
      assert.equal(own.status, 201, own.raw);
      const byAdmin = await call(t.app, admin, 'POST', `${base}/achievements/${achievement}/awards`, {
        learnerId: learnerB.userId,
        narrative: 'Good work',
      });
      assert.equal(byAdmin.status, 201, 'administrators award any learner');
    });

    test('"teachers may enrol any member learner": off by default, only administrators change it; on, teachers add by name', async () => {
      const initial = await call(t.app, teacherA, 'GET', `${base}/class-settings`);
      assert.equal(initial.status, 200, initial.raw);
      assert.deepEqual(initial.body, { teachersEnrolAnyLearner: false });
      const byTeacher = await call(t.app, teacherA, 'PUT', `${base}/class-settings`, {
        teachersEnrolAnyLearner: true,
      });
      assert.equal(byTeacher.status, 403, byTeacher.raw);
      const bad = await call(t.app, admin, 'PUT', `${base}/class-settings`, {
        teachersEnrolAnyLearner: 'yes',
      });
      assert.equal(bad.status, 400, bad.raw);
      const on = await call(t.app, admin, 'PUT', `${base}/class-settings`, { teachersEnrolAnyLearner: true });
      assert.equal(on.status, 200, on.raw);
      assert.deepEqual(on.body, { teachersEnrolAnyLearner: true });

      const picker = await candidates(teacherA, classA);
      assert.equal(picker.body.scope, 'organization');
      const b = picker.body.people.find((p: { userId: string }) => p.userId === learnerB.userId);
      assert.equal(b?.name, 'Test Person', picker.raw);
      assert.equal(b.email, null, 'names for picking, not emails');
      assert.ok(!picker.raw.includes(learnerB.email) && !picker.raw.includes(free.email), picker.raw);

      const added = await call(t.app, teacherA, 'POST', `${base}/classes/${classA}/members`, {
        userIds: [free.userId],
        role: 'learner',
      });
      assert.equal(added.status, 204, added.raw);
      const stranger = await signUp(t.app);
      const notLearner = await call(t.app, teacherA, 'POST', `${base}/classes/${classA}/members`, {
        userIds: [stranger.userId, teacherB.userId],
        role: 'learner',
      });
      assert.equal(notLearner.status, 400, 'only learners of the organization, even with the setting on');

      const off = await call(t.app, admin, 'PUT', `${base}/class-settings`, {
        teachersEnrolAnyLearner: false,
      });
      assert.deepEqual(off.body, { teachersEnrolAnyLearner: false });
      const again = await call(t.app, teacherA, 'POST', `${base}/classes/${classA}/members`, {
        userIds: [learnerB.userId],
        role: 'learner',
      });
      assert.equal(again.status, 403, again.raw);
    });

    test('a class code puts a learner of the organization, or a new person, into the class', async () => {
      const refused = await call(t.app, teacherB, 'POST', `${base}/classes/${classA}/join-codes`, {});
      assert.equal(refused.status, 404, 'not their class');
      const bad = await call(t.app, teacherA, 'POST', `${base}/classes/${classA2}/join-codes`, {
        maxUses: 0,
      });
      assert.equal(bad.status, 400, bad.raw);
      const made = await call(t.app, teacherA, 'POST', `${base}/classes/${classA2}/join-codes`, {
        maxUses: 5,
      });
      assert.equal(made.status, 201, made.raw);
      assert.equal(made.body.role, 'learner');
      assert.equal(made.body.classId, classA2);
      const listed = await call(t.app, teacherA, 'GET', `${base}/classes/${classA2}/join-codes`);
      assert.deepEqual(
        listed.body.joinCodes.map((c: { id: string }) => c.id),
        [made.body.id],
      );

      const joined = await call(t.app, learnerB, 'POST', '/api/join', { joinCode: made.body.code });
      assert.equal(joined.status, 200, joined.raw);
      assert.equal(joined.body.role, 'learner');
      const newcomer = await signUp(t.app, {
        joinCode: made.body.code.toLowerCase(),
        email: uniqueEmail('new'),
      });
      const inClass = await members(classA2);
      assert.ok(inClass.includes(learnerB.userId), 'the learner of the organization joined the class');
      assert.ok(inClass.includes(newcomer.userId), 'the new person joined the organization and the class');

      const staff = await call(t.app, teacherB, 'POST', '/api/join', { joinCode: made.body.code });
      assert.equal(staff.status, 409, staff.raw);
      assert.ok(!(await members(classA2)).includes(teacherB.userId));
      const uses = await call(t.app, teacherA, 'GET', `${base}/classes/${classA2}/join-codes`);
      assert.equal(uses.body.joinCodes[0].uses, 2, 'the refused use is not counted');
    });

    test("another teacher neither sees nor revokes a class's code through the organization's join codes", async () => {
      const made = await call(t.app, teacherA, 'POST', `${base}/classes/${classA}/join-codes`, {});
      assert.equal(made.status, 201, made.raw);
      for (const who of [teacherB, admin]) {
        const listed = await call(t.app, who, 'GET', `${base}/join-codes`);
        assert.equal(listed.status, 200, listed.raw);
        const ids = listed.body.joinCodes.map((c: { id: string }) => c.id);
        assert.ok(!ids.includes(made.body.id), 'class codes are listed with their class only');
      }
      const revoke = await call(t.app, teacherB, 'DELETE', `${base}/join-codes/${made.body.id}`);
      assert.equal(revoke.status, 404, revoke.raw);
      const still = await call(t.app, teacherA, 'GET', `${base}/classes/${classA}/join-codes`);
      assert.ok(
        still.body.joinCodes.some((c: { id: string }) => c.id === made.body.id),
        'the class code still works',
      );
    });
  });
}
