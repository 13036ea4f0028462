import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { findOrganizationById, listSkillStates, listSkills } from '@pathwise/db';
import { testBackends } from '@pathwise/db/testing';
import { TEST_PASSWORD } from '../../test/factories.ts';
import {
  addMember,
  addTeacherOf,
  buildTestApp,
  type Session,
  type TestApp,
  testConfig,
} from '../../test/test-app.ts';
import {
  call,
  itemOf,
  type LearningOrg,
  learningOrg,
  rightAnswer,
  takePlacement,
} from '../learning/learning-test-kit.ts';

const PATHWAY = 'algebra-foundations';
const SKILL = 'alg.integers-add';
/** The app's clock runs from here: a day that is not today, so the evidence's date is the app's, not the machine's. */
const BASE = Date.parse('2026-03-20T12:00:00Z');

type Earned = { id: string; achievementName: string }[];
type Evidence = { id?: string; name?: string; narrative?: string; genre?: string };
type RecordCredential = {
  id: string;
  achievementId: string;
  credentialId: string;
  achievementName: string;
  evidence: Evidence[];
  evidenceFacts: {
    skills: {
      skillId: string;
      name: { en: string; es: string };
      masteredAt: string | null;
      via: string | null;
      items: number | null;
      right: number | null;
    }[];
    stacked: { achievementId: string; name: string; credentialId: string | null; issuedAt: string | null }[];
  } | null;
  document: { evidence?: Evidence[] };
};

/** Answers one step of a served item; returns what it issued and whether the item is done. */
async function answer(t: TestApp, learner: Session, base: string, servedId: string, body: object) {
  const res = await call(t.app, learner, 'POST', `${base}/served-items/${servedId}/answer`, body);
  assert.equal(res.status, 200, res.raw);
  return res.body as { credentials: Earned; itemDone: boolean };
}

/** Practises with right answers until an answer issues something; returns what it issued (nothing after it). */
async function practiseUntilEarned(t: TestApp, learner: Session, base: string): Promise<Earned> {
  for (let i = 0; i < 60; i++) {
    const next = await call(t.app, learner, 'POST', `${base}/pathways/${PATHWAY}/practice/next`);
    assert.equal(next.status, 200, next.raw);
    const { item } = next.body;
    for (const step of itemOf(item.itemId).steps) {
      const res = await answer(t, learner, base, item.servedId, {
        stepId: step.id,
        answer: rightAnswer(step.answer),
      });
      if (res.credentials.length > 0) return res.credentials;
      if (res.itemDone) break;
    }
  }
  throw new Error('practice issued nothing');
}

async function recordOf(t: TestApp, learner: Session, base: string): Promise<RecordCredential[]> {
  const record = await call(t.app, learner, 'GET', `${base}/record`);
  assert.equal(record.status, 200, record.raw);
  return record.body.credentials;
}

const named = (list: RecordCredential[], name: string) => {
  const found = list.find((c) => c.achievementName === name);
  assert.ok(found, `a credential "${name}" in ${list.map((c) => c.achievementName).join(', ')}`);
  return found;
};

for (const backend of await testBackends()) {
  describe(`evidence that says what happened on ${backend.kind}`, () => {
    let t: TestApp;
    let o: LearningOrg;
    let base: string;
    let skillPage = '';
    let skillName = '';
    let project = '';
    before(async () => {
      const started = Date.now();
      t = await buildTestApp(backend, {}, { now: () => new Date(BASE + (Date.now() - started)) });
      o = await learningOrg(t, 'Evidence School');
      base = `/api/orgs/${o.orgId}`;
      const org = await findOrganizationById(t.db.kysely, o.orgId);
      skillPage = `${testConfig().publicUrl}/skills/${org!.slug}/${SKILL}`;
      skillName = (await listSkills(t.db.kysely, o.orgId)).find((s) => s.id === SKILL)!.name.en;
      const badge = await call(t.app, o.admin, 'POST', `${base}/achievements`, {
        name: 'Adding badge',
        criteria: { skills: [{ skillId: SKILL, threshold: 0.5 }] },
      });
      assert.equal(badge.status, 201, badge.raw);
      const stack = await call(t.app, o.admin, 'POST', `${base}/achievements`, {
        name: 'Integers starter',
        criteria: { achievements: [badge.body.id] },
      });
      assert.equal(stack.status, 201, stack.raw);
      const p = await call(t.app, o.admin, 'POST', `${base}/achievements`, {
        name: 'Adding project',
        criteria: { evidence: { required: true, narrative: 'a budgeting project' } },
      });
      project = p.body.id;
    });
    after(() => t.close());

    test('a credential earned by practice names the skill, the day, the items; it verifies; the record has the facts', async () => {
      await takePlacement(t, o.learner, base, new Set());
      const earned = await practiseUntilEarned(t, o.learner, base);
      assert.deepEqual(earned.map((c) => c.achievementName).sort(), ['Adding badge', 'Integers starter']);
      // Nothing was answered since: the learner model holds the counts the credential was issued with.
      const [state] = await listSkillStates(t.db.kysely, o.orgId, o.learner.userId, [SKILL]);
      assert.ok(
        state && state.state.attempts > 1 && state.state.successes < state.state.attempts,
        'wrong placement answers count',
      );
      const { attempts, successes } = state.state;

      const record = await recordOf(t, o.learner, base);
      const badge = named(record, 'Adding badge');
      assert.deepEqual(badge.document.evidence, [
        {
          type: ['Evidence'],
          id: skillPage,
          name: skillName,
          narrative: `Mastered on 20 March 2026 through practice: ${attempts} items answered, ${successes} right.`,
          genre: 'Skill mastery',
        },
      ]);
      assert.deepEqual(
        badge.evidence,
        badge.document.evidence?.map(({ type: _, ...e }: Evidence & { type?: unknown }) => e),
        'the evidence shown is the evidence signed',
      );
      assert.deepEqual(badge.evidenceFacts?.skills, [
        {
          skillId: SKILL,
          name: badge.evidenceFacts?.skills[0]?.name,
          masteredAt: state.masteredAt?.toISOString(),
          via: 'practice',
          items: attempts,
          right: successes,
        },
      ]);
      assert.equal(badge.evidenceFacts?.skills[0]?.name.en, skillName);
      assert.ok(badge.evidenceFacts?.skills[0]?.name.es, 'the Spanish name, for pages in Spanish');
      assert.deepEqual(badge.evidenceFacts?.stacked, []);

      const starter = named(record, 'Integers starter');
      assert.deepEqual(
        starter.document.evidence?.map((e) => [e.name, e.narrative]),
        [['Stacked credentials', 'Earned by holding “Adding badge” (issued 20 March 2026).']],
      );
      assert.equal(starter.evidenceFacts?.stacked[0]?.credentialId, badge.credentialId);
      assert.deepEqual(starter.evidenceFacts?.skills, []);

      for (const c of [badge, starter]) {
        const file = await t.app.inject({
          method: 'GET',
          url: `${base}/record/credentials/${c.id}/file`,
          headers: o.learner.headers,
        });
        const verified = await t.app.inject({ method: 'POST', url: '/api/verify', payload: file.json() });
        assert.equal(verified.statusCode, 200, verified.body);
        assert.equal(verified.json().verified, true, verified.body);
      }

      const exported = await t.app.inject({
        method: 'GET',
        url: '/api/me/export',
        headers: o.learner.headers,
      });
      assert.equal(exported.statusCode, 200, exported.body);
      const issued = exported.json().credentials.issued as { id: string; evidence_facts: unknown }[];
      assert.deepEqual(
        issued.find((c) => c.id === badge.id)?.evidence_facts,
        badge.evidenceFacts,
        'in the export',
      );

      // Renamed since: the record names the part as it names its credential; the signed words stay as signed.
      const renamed = await call(
        t.app,
        o.admin,
        'PUT' as 'PATCH',
        `${base}/achievements/${badge.achievementId}`,
        {
          name: 'Adding integers badge',
          criteria: { skills: [{ skillId: SKILL, threshold: 0.5 }] },
        },
      );
      assert.equal(renamed.status, 200, renamed.raw);
      const again = named(await recordOf(t, o.learner, base), 'Integers starter');
      assert.equal(again.evidenceFacts?.stacked[0]?.name, 'Adding integers badge');
      assert.match(again.document.evidence?.[0]?.narrative ?? '', /“Adding badge”/);
      const back = await call(
        t.app,
        o.admin,
        'PUT' as 'PATCH',
        `${base}/achievements/${badge.achievementId}`,
        {
          name: 'Adding badge',
          criteria: { skills: [{ skillId: SKILL, threshold: 0.5 }] },
        },
      );
      assert.equal(back.status, 200, back.raw);
    });

    test('a skill credited by placement says so, with no item count; erasing the account erases the facts', async () => {
      const learner = await addMember(t.app, o.admin, o.orgId, 'learner');
      const earned = await takePlacement(t, learner, base, new Set([SKILL]));
      assert.ok(
        earned.some((c) => c.achievementName === 'Adding badge'),
        JSON.stringify(earned),
      );
      const badge = named(await recordOf(t, learner, base), 'Adding badge');
      assert.equal(badge.document.evidence?.[0]?.narrative, 'Credited from placement on 20 March 2026.');
      assert.equal(badge.evidenceFacts?.skills[0]?.via, 'placement');
      assert.equal(badge.evidenceFacts?.skills[0]?.items, null);

      const deleted = await t.app.inject({
        method: 'DELETE',
        url: '/api/me',
        headers: learner.headers,
        payload: { password: TEST_PASSWORD },
      });
      assert.equal(deleted.statusCode, 204, deleted.body);
      const kept = await t.db.kysely
        .selectFrom('issued_credentials')
        .select(['user_id', 'evidence_facts'])
        .where('id', '=', badge.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(kept, { user_id: null, evidence_facts: null });
    });

    test("a teacher's award keeps the teacher's words, with no facts", async () => {
      const teacher = await addTeacherOf(t.app, o.admin, o.orgId, o.learner);
      const award = await call(t.app, teacher, 'POST', `${base}/achievements/${project}/awards`, {
        learnerId: o.learner.userId,
        narrative: 'Planned a budget with gains and losses',
      });
      assert.equal(award.status, 201, award.raw);
      const credential = named(await recordOf(t, o.learner, base), 'Adding project');
      assert.deepEqual(credential.evidence, [
        { name: 'Evidence approved by a teacher', narrative: 'Planned a budget with gains and losses' },
      ]);
      assert.equal(credential.evidenceFacts, null);
    });
  });
}
