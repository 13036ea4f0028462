import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { listAudit } from '@pathwise/db';
import { testBackends } from '@pathwise/db/testing';
import { addMember, buildTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import {
  call,
  itemOf,
  type LearningOrg,
  learningOrg,
  rightAnswer,
  takePlacement,
} from '../learning/learning-test-kit.ts';

const PATHWAY = 'algebra-foundations';
const ADD = 'alg.integers-add';
const MULTIPLY = 'alg.integers-multiply';
const ORDER = 'alg.order-of-operations';
const DAY = 86_400_000;

type Earned = { id: string; achievementName: string }[];
interface Credential {
  id: string;
  achievementId: string;
  achievementName: string;
  state: string;
  revocationReason: string | null;
  evidence: { name?: string; narrative?: string }[];
}

/** A real app on a fresh database whose clock the test moves forward (credentials expire). */
async function appWithClock(backend: Awaited<ReturnType<typeof testBackends>>[number]) {
  let offset = 0;
  const t = await buildTestApp(backend, {}, { now: () => new Date(Date.now() + offset) });
  return { t, advance: (ms: number) => (offset += ms) };
}

/**
 * Practises with right answers until `enough` says so (or 80 items). Returns every credential the answers
 * issued and how many answers were on a mastered skill (each such answer re-evaluates the criteria).
 */
async function practise(
  t: TestApp,
  learner: Session,
  base: string,
  enough: (progress: { earned: Earned; masteredAnswers: number }) => boolean,
) {
  const progress = { earned: [] as Earned, masteredAnswers: 0 };
  for (let i = 0; i < 80 && !enough(progress); i++) {
    const next = await call(t.app, learner, 'POST', `${base}/pathways/${PATHWAY}/practice/next`);
    assert.equal(next.status, 200, next.raw);
    const { item } = next.body;
    if (!item) break;
    for (const step of itemOf(item.itemId).steps) {
      const res = await call(t.app, learner, 'POST', `${base}/served-items/${item.servedId}/answer`, {
        stepId: step.id,
        answer: rightAnswer(step.answer),
      });
      assert.equal(res.status, 200, res.raw);
      assert.equal(res.body.result, 'correct', res.raw);
      if (res.body.mastery?.mastered) progress.masteredAnswers++;
      progress.earned.push(...res.body.credentials);
      if (res.body.itemDone) break;
    }
  }
  return progress;
}

async function recordOf(t: TestApp, learner: Session, base: string): Promise<Credential[]> {
  const record = await call(t.app, learner, 'GET', `${base}/record`);
  assert.equal(record.status, 200, record.raw);
  return record.body.credentials;
}

const named = (list: readonly Credential[], name: string) => list.filter((c) => c.achievementName === name);
const names = (list: readonly { achievementName: string }[]) => list.map((c) => c.achievementName).sort();

for (const backend of await testBackends()) {
  describe(`revocation is final on ${backend.kind}`, () => {
    let t: TestApp;
    let advance: (ms: number) => number;
    let o: LearningOrg;
    let base: string;
    let teacher: Session;
    const ids: Record<string, string> = {};
    const badge = (skill: string) => `Badge ${skill}`;

    async function define(name: string, criteria: object, extra: object = {}) {
      const res = await call(t.app, o.admin, 'POST', `${base}/achievements`, { name, criteria, ...extra });
      assert.equal(res.status, 201, res.raw);
      ids[name] = res.body.id;
      return res.body.id as string;
    }

    before(async () => {
      ({ t, advance } = await appWithClock(backend));
      o = await learningOrg(t, 'Revocation School');
      base = `/api/orgs/${o.orgId}`;
      teacher = await addMember(t.app, o.admin, o.orgId, 'teacher');
      // The teacher teaches the learner (teachers award the learners of their classes).
      const made = await call(t.app, teacher, 'POST', `${base}/classes`, { name: 'Integers class' });
      assert.equal(made.status, 201, made.raw);
      const joined = await call(t.app, o.admin, 'POST', `${base}/classes/${made.body.id}/members`, {
        userIds: [o.learner.userId],
        role: 'learner',
      });
      assert.equal(joined.status, 204, joined.raw);
      for (const skill of [ADD, MULTIPLY, ORDER])
        await define(badge(skill), { skills: [{ skillId: skill, threshold: 0.6 }] });
      await define('Integers certificate', { achievements: [ids[badge(ADD)], ids[badge(MULTIPLY)]] });
      await define('Integers diploma', { achievements: [ids['Integers certificate'], ids[badge(ORDER)]] });
      await define('Budget project', { evidence: { required: true, narrative: 'a budget' } });
    });
    after(() => t.close());

    test('a revoked badge never comes back through practice; the certificate stacked on it is revoked with it', async () => {
      const placed = await takePlacement(t, o.learner, base, new Set([ADD, MULTIPLY]));
      assert.deepEqual(names(placed), [badge(ADD), badge(MULTIPLY), 'Integers certificate']);
      const addId = placed.find((c) => c.achievementName === badge(ADD))!.id;

      const revoked = await call(t.app, o.admin, 'POST', `${base}/credentials/${addId}/revoke`, {
        reason: 'answers copied from a friend',
      });
      assert.equal(revoked.status, 204, revoked.raw);
      let record = await recordOf(t, o.learner, base);
      assert.equal(named(record, badge(ADD))[0]?.state, 'revoked');
      assert.equal(named(record, badge(MULTIPLY))[0]?.state, 'active');
      const certificate = named(record, 'Integers certificate')[0]!;
      assert.equal(certificate.state, 'revoked', 'the certificate stacked on the badge is revoked with it');
      assert.match(certificate.revocationReason ?? '', /“Badge alg\.integers-add” was revoked/);
      assert.match(certificate.revocationReason ?? '', /answers copied from a friend/);
      const audit = await listAudit(t.db.kysely, o.orgId);
      assert.ok(
        audit.some((a) => a.action === 'credential.revoked' && a.target_id === certificate.id),
        'the cascade is audited',
      );

      // The learner keeps answering: the order of operations is mastered (its badge issues), and every later
      // answer on a mastered skill re-evaluates the criteria; the revoked badge and certificate stay revoked.
      const after = await practise(
        t,
        o.learner,
        base,
        (p) => p.earned.some((c) => c.achievementName === badge(ORDER)) && p.masteredAnswers >= 4,
      );
      assert.ok(after.masteredAnswers >= 4, `answers on mastered skills: ${after.masteredAnswers}`);
      assert.deepEqual(names(after.earned), [badge(ORDER)]);
      record = await recordOf(t, o.learner, base);
      assert.deepEqual(
        named(record, badge(ADD)).map((c) => c.state),
        ['revoked'],
      );
      assert.deepEqual(
        named(record, 'Integers certificate').map((c) => c.state),
        ['revoked'],
      );
      assert.deepEqual(named(record, 'Integers diploma'), []);
    });

    test("a teacher's award of a revoked achievement is refused naming it; a project award stacks nothing revoked", async () => {
      for (const who of [teacher, o.admin]) {
        const res = await call(t.app, who, 'POST', `${base}/achievements/${ids[badge(ADD)]}/awards`, {
          learnerId: o.learner.userId,
          narrative: 'Did it again in class',
        });
        assert.equal(res.status, 409, res.raw);
        assert.match(res.body.detail ?? res.body.title, /“Badge alg\.integers-add” .*revoked/);
        assert.deepEqual(
          res.body.errors.map((e: { field: string }) => e.field),
          ['params/achievementId'],
        );
      }
      const project = await call(
        t.app,
        teacher,
        'POST',
        `${base}/achievements/${ids['Budget project']}/awards`,
        {
          learnerId: o.learner.userId,
          narrative: 'Planned a budget',
        },
      );
      assert.equal(project.status, 201, project.raw);
      assert.deepEqual(project.body.stacked, [], 'stacking re-evaluation issues no revoked achievement');
      const record = await recordOf(t, o.learner, base);
      assert.equal(named(record, badge(ADD)).length, 1);
      assert.equal(named(record, 'Integers certificate').length, 1);
    });

    test('an administrator re-awards a revoked credential explicitly: a new active one, audited', async () => {
      const record = await recordOf(t, o.learner, base);
      const add = named(record, badge(ADD))[0]!;
      const certificate = named(record, 'Integers certificate')[0]!;
      const multiply = named(record, badge(MULTIPLY))[0]!;
      const reissue = (id: string, who: Session = o.admin, reason = 'appeal upheld') =>
        call(t.app, who, 'POST', `${base}/credentials/${id}/reissue`, { reason });

      const byTeacher = await reissue(add.id, teacher);
      assert.ok([403, 404].includes(byTeacher.status), `only an administrator re-awards: ${byTeacher.raw}`);
      const active = await reissue(multiply.id);
      assert.equal(active.status, 409, active.raw);
      assert.match(active.body.detail ?? active.body.title, /not revoked/);
      const blank = await call(t.app, o.admin, 'POST', `${base}/credentials/${add.id}/reissue`, {
        reason: ' ',
      });
      assert.equal(blank.status, 400, blank.raw);

      const res = await reissue(add.id);
      assert.equal(res.status, 201, res.raw);
      assert.equal(res.body.awarded.achievementName, badge(ADD));
      assert.equal(res.body.awarded.state, 'active');
      assert.notEqual(res.body.awarded.id, add.id);
      assert.equal(res.body.awarded.evidence[0].name, 'Re-awarded by an administrator');
      assert.equal(res.body.awarded.evidence[0].narrative, 'appeal upheld');
      assert.deepEqual(res.body.stacked, [], 'the certificate revoked with it waits for its own re-award');
      const audit = await listAudit(t.db.kysely, o.orgId);
      const entry = audit.find(
        (a) => a.action === 'credential.reissued' && a.target_id === res.body.awarded.id,
      );
      assert.ok(entry, 'the re-award is audited');
      assert.deepEqual(
        { ...(entry.details as Record<string, unknown>) },
        {
          achievementId: ids[badge(ADD)],
          learnerId: o.learner.userId,
          revokedCredentialId: add.id,
          reason: 'appeal upheld',
        },
      );
      const twice = await reissue(add.id);
      assert.equal(twice.status, 409, twice.raw);

      const cert = await reissue(certificate.id, o.admin, 'badge restored');
      assert.equal(cert.status, 201, cert.raw);
      assert.deepEqual(names(cert.body.stacked), ['Integers diploma']);

      const more = await practise(t, o.learner, base, (p) => p.masteredAnswers >= 2);
      assert.ok(more.masteredAnswers >= 2);
      assert.deepEqual(more.earned, [], 'nothing held is issued twice');
      const now = await recordOf(t, o.learner, base);
      assert.deepEqual(
        named(now, badge(ADD))
          .map((c) => c.state)
          .sort(),
        ['active', 'revoked'],
      );
      assert.deepEqual(
        named(now, 'Integers certificate')
          .map((c) => c.state)
          .sort(),
        ['active', 'revoked'],
      );
    });

    test('an expired badge is earned again through practice; once revoked, it is not', async () => {
      const school = await learningOrg(t, 'Expiry School');
      const at = `/api/orgs/${school.orgId}`;
      const made = await call(t.app, school.admin, 'POST', `${at}/achievements`, {
        name: 'Adding, this year',
        criteria: { skills: [{ skillId: ADD, threshold: 0.6 }] },
        validityDays: 1,
      });
      assert.equal(made.status, 201, made.raw);
      assert.deepEqual(names(await takePlacement(t, school.learner, at, new Set([ADD]))), [
        'Adding, this year',
      ]);
      advance(2 * DAY);
      assert.deepEqual(
        (await recordOf(t, school.learner, at)).map((c) => c.state),
        ['expired'],
      );

      const again = await practise(t, school.learner, at, (p) => p.earned.length > 0);
      assert.deepEqual(
        names(again.earned),
        ['Adding, this year'],
        'an expired credential may be earned again',
      );
      let record = await recordOf(t, school.learner, at);
      assert.deepEqual(record.map((c) => c.state).sort(), ['active', 'expired']);

      const fresh = record.find((c) => c.state === 'active')!;
      const revoked = await call(t.app, school.admin, 'POST', `${at}/credentials/${fresh.id}/revoke`, {
        reason: 'wrong learner',
      });
      assert.equal(revoked.status, 204, revoked.raw);
      advance(2 * DAY);
      const later = await practise(t, school.learner, at, (p) => p.masteredAnswers >= 3);
      assert.ok(later.masteredAnswers >= 3);
      assert.deepEqual(later.earned, [], 'revoked, then past its date: still not earned again');
      record = await recordOf(t, school.learner, at);
      assert.deepEqual(record.map((c) => c.state).sort(), ['expired', 'revoked']);
    });
  });
}
