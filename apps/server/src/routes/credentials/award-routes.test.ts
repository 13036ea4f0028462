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
} from '../../test/test-app.ts';
import { call } from '../learning/learning-test-kit.ts';

for (const backend of await testBackends()) {
  describe(`a teacher's award on ${backend.kind}`, () => {
    let t: TestApp;
    let admin: Session;
    let teacher: Session;
    let learner: Session;
    let base: string;
    let project = '';
    let certificate = '';
    const awards = (id: string) => `${base}/achievements/${id}/awards`;
    before(async () => {
      t = await buildTestApp(backend);
      admin = await signUp(t.app);
      const orgId = await createOrg(t.app, admin, 'Award School');
      base = `/api/orgs/${orgId}`;
      teacher = await addMember(t.app, admin, orgId, 'teacher');
      learner = await addMember(t.app, admin, orgId, 'learner');
      // A teacher awards the learners of the classes they teach (teacher-reach.test.ts has the refusals).
      const cls = await call(t.app, teacher, 'POST', `${base}/classes`, { name: 'Budgeting' });
      assert.equal(cls.status, 201, cls.raw);
      const joined = await call(t.app, admin, 'POST', `${base}/classes/${cls.body.id}/members`, {
        userIds: [learner.userId],
        role: 'learner',
      });
      assert.equal(joined.status, 204, joined.raw);
      const p = await call(t.app, admin, 'POST', `${base}/achievements`, {
        name: 'Budget project',
        criteria: { evidence: { required: true, narrative: 'a budgeting project' } },
      });
      assert.equal(p.status, 201, p.raw);
      project = p.body.id;
      const c = await call(t.app, admin, 'POST', `${base}/achievements`, {
        name: 'Budget certificate',
        criteria: { achievements: [project] },
      });
      assert.equal(c.status, 201, c.raw);
      certificate = c.body.id;
    });
    after(() => t.close());

    test('teachers read the achievements they can award', async () => {
      const list = await call(t.app, teacher, 'GET', `${base}/achievements`);
      assert.equal(list.status, 200, list.raw);
      const names = list.body.achievements.map((a: { name: string }) => a.name);
      assert.deepEqual(names, ['Budget project', 'Budget certificate']);
    });

    test('bad evidence is refused naming the field, and nothing is issued', async () => {
      for (const [body, field] of [
        [{ narrative: '   ' }, 'body/narrative'],
        [{ narrative: 'Fine work', url: 'not a web address' }, 'body/url'],
        [{ narrative: 'Fine work', url: 'javascript:alert(1)' }, 'body/url'],
      ] as const) {
        const res = await call(t.app, teacher, 'POST', awards(project), {
          learnerId: learner.userId,
          ...body,
        });
        assert.equal(res.status, 400, res.raw);
        assert.ok(
          res.body.errors.some((e: { field: string }) => e.field === field),
          `${field} named: ${res.raw}`,
        );
      }
      const record = await call(t.app, learner, 'GET', `${base}/record`);
      assert.equal(record.body.credentials.length, 0);
    });

    test('someone who is not a learner here, and an unknown achievement, are refused naming which', async () => {
      const stranger = await signUp(t.app);
      for (const who of [stranger.userId, teacher.userId]) {
        const res = await call(t.app, teacher, 'POST', awards(project), {
          learnerId: who,
          narrative: 'Work',
        });
        assert.equal(res.status, 404, res.raw);
        assert.deepEqual(
          res.body.errors.map((e: { field: string }) => e.field),
          ['body/learnerId'],
        );
      }
      const unknown = await call(t.app, teacher, 'POST', awards('00000000-0000-4000-8000-000000000000'), {
        learnerId: learner.userId,
        narrative: 'Work',
      });
      assert.equal(unknown.status, 404, unknown.raw);
      assert.deepEqual(
        unknown.body.errors.map((e: { field: string }) => e.field),
        ['params/achievementId'],
      );
    });

    test('the answer names the credential awarded and the certificate that stacked; a second award is a conflict', async () => {
      const res = await call(t.app, teacher, 'POST', awards(project), {
        learnerId: learner.userId,
        narrative: 'Planned a class trip budget',
        url: 'https://example.org/work/7',
      });
      assert.equal(res.status, 201, res.raw);
      assert.equal(res.body.awarded.achievementId, project);
      assert.equal(res.body.awarded.achievementName, 'Budget project');
      assert.deepEqual(res.body.awarded.evidence, [
        {
          id: 'https://example.org/work/7',
          name: 'Evidence approved by a teacher',
          narrative: 'Planned a class trip budget',
        },
      ]);
      assert.deepEqual(
        res.body.stacked.map((c: { achievementId: string }) => c.achievementId),
        [certificate],
      );
      assert.deepEqual(
        res.body.issued.map((c: { id: string }) => c.id),
        [res.body.awarded.id, res.body.stacked[0].id],
      );
      const record = await call(t.app, learner, 'GET', `${base}/record`);
      const held = record.body.credentials.find((c: { id: string }) => c.id === res.body.awarded.id);
      assert.equal(held.evidence[0].narrative, 'Planned a class trip budget');
      assert.equal(record.body.notifications.length, 2, 'the learner is told of both');

      const again = await call(t.app, teacher, 'POST', awards(project), {
        learnerId: learner.userId,
        narrative: 'Again',
      });
      assert.equal(again.status, 409, again.raw);
      assert.deepEqual(
        again.body.errors.map((e: { field: string }) => e.field),
        ['body/learnerId'],
      );
    });
  });
}
