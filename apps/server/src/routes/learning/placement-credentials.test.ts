import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testBackends } from '@pathwise/db/testing';
import { addMember, addTeacherOf, buildTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import {
  call,
  itemOf,
  type LearningOrg,
  learningOrg,
  rightAnswer,
  wrongAnswer,
} from './learning-test-kit.ts';

const PATHWAY = 'algebra-foundations';
const BADGES = ['alg.integers-add', 'alg.integers-multiply', 'alg.order-of-operations'];

type Earned = { id: string; achievementName: string }[];

/** Enrols and takes the placement: right on the skills in `known`, wrong elsewhere. Returns the result. */
async function place(t: TestApp, learner: Session, base: string, known: ReadonlySet<string>) {
  const enrolled = await call(t.app, learner, 'POST', `${base}/pathways/${PATHWAY}/enrollment`);
  assert.equal(enrolled.status, 201, enrolled.raw);
  for (let i = 0; i < 30; i++) {
    const next = await call(t.app, learner, 'POST', `${base}/pathways/${PATHWAY}/placement/next`);
    assert.equal(next.status, 200, next.raw);
    if (next.body.done) return next.body.summary as { known: { id: string }[]; credentials: Earned };
    const { item } = next.body;
    for (const step of itemOf(item.itemId).steps) {
      const answer = known.has(item.skillId) ? rightAnswer(step.answer) : wrongAnswer(step.answer);
      const res = await call(t.app, learner, 'POST', `${base}/served-items/${item.servedId}/answer`, {
        stepId: step.id,
        answer,
      });
      assert.equal(res.status, 200, res.raw);
      assert.deepEqual(res.body.credentials, [], 'placement answers themselves issue nothing');
      if (res.body.itemDone) break;
    }
  }
  throw new Error('the placement did not end');
}

async function recordOf(t: TestApp, learner: Session, base: string) {
  const record = await call(t.app, learner, 'GET', `${base}/record`);
  assert.equal(record.status, 200, record.raw);
  return record.body as {
    credentials: { id: string; achievementName: string; state: string }[];
    notifications: { achievementName: string; read: boolean }[];
  };
}

const names = (list: { achievementName: string }[]) => list.map((c) => c.achievementName).sort();

for (const backend of await testBackends()) {
  describe(`credentials earned through placement on ${backend.kind}`, () => {
    let t: TestApp;
    let o: LearningOrg;
    let base: string;
    let project = '';
    before(async () => {
      t = await buildTestApp(backend);
      o = await learningOrg(t, 'Placement Credentials School');
      base = `/api/orgs/${o.orgId}`;
      const badgeIds: string[] = [];
      for (const skillId of BADGES) {
        const res = await call(t.app, o.admin, 'POST', `${base}/achievements`, {
          name: `Badge ${skillId}`,
          criteria: { skills: [{ skillId, threshold: 0.6 }] },
        });
        assert.equal(res.status, 201, res.raw);
        badgeIds.push(res.body.id);
      }
      const certificate = await call(t.app, o.admin, 'POST', `${base}/achievements`, {
        name: 'Integers certificate',
        criteria: { achievements: badgeIds },
      });
      assert.equal(certificate.status, 201, certificate.raw);
      const p = await call(t.app, o.admin, 'POST', `${base}/achievements`, {
        name: 'Integers project',
        criteria: { evidence: { required: true, narrative: 'a budgeting project' } },
      });
      project = p.body.id;
      const diploma = await call(t.app, o.admin, 'POST', `${base}/achievements`, {
        name: 'Integers diploma',
        criteria: { achievements: [certificate.body.id, project] },
      });
      assert.equal(diploma.status, 201, diploma.raw);
    });
    after(() => t.close());

    test('skills credited by placement issue their badges and the stacked certificate as placement ends', async () => {
      const summary = await place(t, o.learner, base, new Set(BADGES));
      const known = summary.known.map((k) => k.id);
      for (const skill of BADGES) assert.ok(known.includes(skill), `${skill} credited by placement`);
      const expected = [
        'Badge alg.integers-add',
        'Badge alg.integers-multiply',
        'Badge alg.order-of-operations',
      ];
      assert.deepEqual(names(summary.credentials), [...expected, 'Integers certificate'].sort());

      // Without answering another item: the record holds them, and the learner has been notified.
      const record = await recordOf(t, o.learner, base);
      assert.deepEqual(names(record.credentials), [...expected, 'Integers certificate'].sort());
      assert.ok(record.credentials.every((c) => c.state === 'active'));
      assert.deepEqual(names(record.notifications.filter((n) => !n.read)), names(record.credentials));
      const again = await call(t.app, o.learner, 'POST', `${base}/pathways/${PATHWAY}/placement/next`);
      assert.deepEqual(again.body.summary.credentials, [], 'the result shown again issues nothing more');
      assert.equal((await recordOf(t, o.learner, base)).credentials.length, 4);

      // The certificate verifies like any credential.
      const cert = record.credentials.find((c) => c.achievementName === 'Integers certificate')!;
      const file = await t.app.inject({
        method: 'GET',
        url: `${base}/record/credentials/${cert.id}/file`,
        headers: o.learner.headers,
      });
      const verified = await t.app.inject({ method: 'POST', url: '/api/verify', payload: file.json() });
      assert.equal(verified.json().verified, true, verified.body);
    });

    test("a teacher's award completes the next stack at once", async () => {
      const teacher = await addTeacherOf(t.app, o.admin, o.orgId, o.learner);
      const award = await call(t.app, teacher, 'POST', `${base}/achievements/${project}/awards`, {
        learnerId: o.learner.userId,
        narrative: 'Planned a budget with gains and losses',
      });
      assert.equal(award.status, 201, award.raw);
      assert.deepEqual(names(award.body.issued), ['Integers diploma', 'Integers project']);
    });

    test('a learner placed below a badge earns it, and the certificate, in the answer that masters it', async () => {
      const learner = await addMember(t.app, o.admin, o.orgId, 'learner');
      const summary = await place(t, learner, base, new Set(BADGES.slice(0, 2)));
      assert.ok(!summary.known.some((k) => k.id === BADGES[2]), 'order of operations not credited');
      assert.deepEqual(names(summary.credentials), ['Badge alg.integers-add', 'Badge alg.integers-multiply']);
      let earned: Earned = [];
      for (let i = 0; i < 60 && earned.length === 0; i++) {
        const next = await call(t.app, learner, 'POST', `${base}/pathways/${PATHWAY}/practice/next`);
        assert.equal(next.status, 200, next.raw);
        const { item } = next.body;
        for (const step of itemOf(item.itemId).steps) {
          const res = await call(t.app, learner, 'POST', `${base}/served-items/${item.servedId}/answer`, {
            stepId: step.id,
            answer: rightAnswer(step.answer),
          });
          assert.equal(res.body.result, 'correct', res.raw);
          if (res.body.credentials.length > 0) {
            assert.equal(res.body.mastery?.skillId, BADGES[2], res.raw);
            earned = res.body.credentials;
          }
          if (res.body.itemDone) break;
        }
      }
      assert.deepEqual(names(earned), ['Badge alg.order-of-operations', 'Integers certificate']);
      const record = await recordOf(t, learner, base);
      assert.equal(record.credentials.length, 4);
    });
  });
}
