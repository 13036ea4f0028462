import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEFAULT_LEARNER_MODEL_PARAMS, initialSkillState } from '@pathwise/core/learner-model';
import { createEnrollment, type EnrollmentStatus, saveSkillStates } from '@pathwise/db';
import { testBackends } from '@pathwise/db/testing';
import type { PathwiseEvent } from '@pathwise/xapi';
import { recordActivities } from '../../activity/record-activity.ts';
import { refreshOrgAnalytics } from '../../analytics/refresh-org-analytics.ts';
import { scoreOrgRisk } from '../../analytics/score-org-risk.ts';
import { installDemoContent } from '../../learning/install-demo-content.ts';
import { loadCatalog } from '../../learning/learning-catalog.ts';
import { buildOrg } from '../../test/factories.ts';
import { addMember, buildTestApp, type Session, type TestApp } from '../../test/test-app.ts';

const NOW = new Date('2026-03-20T12:00:00Z');
const DAY = 86_400_000;
const PATHWAY = 'algebra-foundations';
const PUBLIC_URL = 'http://127.0.0.1:3000';

for (const backend of await testBackends()) {
  describe(`risk flags on ${backend.kind}`, () => {
    let t: TestApp;
    let orgId: string;
    let classId: string;
    let teacher: Session;
    const learners: Record<'drifting' | 'completed' | 'allMastered', Session> = {} as never;

    const call = async (s: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => {
      const res = await t.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });
      const json = res.headers['content-type']?.toString().includes('json');
      return { status: res.statusCode, body: json ? res.json() : null, raw: res.body };
    };
    /** One answer a day on `days` days ago, the last of them `lastDaysAgo` days ago. */
    const answersUntil = (userId: string, lastDaysAgo: number, days: number): PathwiseEvent[] =>
      Array.from({ length: days }, (_, k) => ({
        type: 'attempt' as const,
        organizationId: orgId,
        learner: { id: userId },
        at: new Date(NOW.getTime() - (lastDaysAgo + k) * DAY),
        pathwayId: PATHWAY,
        item: { id: 'demo-item', skillIds: ['alg.like-terms'] },
        correct: k % 2 === 0,
      }));
    const enrol = (userId: string, status: EnrollmentStatus) =>
      createEnrollment(t.db.kysely, {
        orgId,
        userId,
        pathwayId: PATHWAY,
        status,
        placement: { belief: {}, asked: [], answered: 0, max: 0, known: [] },
        now: new Date(NOW.getTime() - 40 * DAY),
      });

    before(async () => {
      t = await buildTestApp(backend, { PUBLIC_URL }, { now: () => NOW });
      const built = await buildOrg(t.db.kysely, { name: 'Risk School', admin: { verified: false } });
      orgId = built.orgId;
      const admin = built.admin;
      await installDemoContent(t.db.kysely, orgId);
      teacher = await addMember(t.app, admin, orgId, 'teacher');
      for (const name of ['drifting', 'completed', 'allMastered'] as const) {
        learners[name] = await addMember(t.app, admin, orgId, 'learner');
        const consent = await call(learners[name], 'PATCH', `/api/orgs/${orgId}/analytics-consent`, {
          riskScoring: true,
        });
        assert.equal(consent.status, 200, consent.raw);
      }
      const created = await call(teacher, 'POST', `/api/orgs/${orgId}/classes`, {
        name: '8C',
        pathwayIds: [PATHWAY],
      });
      classId = created.body.id;
      const added = await call(admin, 'POST', `/api/orgs/${orgId}/classes/${classId}/members`, {
        userIds: Object.values(learners).map((l) => l.userId),
        role: 'learner',
      });
      assert.equal(added.status, 204, added.raw);
      assert.equal(
        (await call(admin, 'PATCH', `/api/orgs/${orgId}/early-warning/settings`, { enabled: true })).status,
        200,
      );
      // All three stopped weeks ago. One still has work left; one's enrolment is completed; one mastered every
      // skill of the pathway (an enrolment the loop did not mark completed, as in the demo cohort).
      await enrol(learners.drifting.userId, 'active');
      await enrol(learners.completed.userId, 'completed');
      await enrol(learners.allMastered.userId, 'active');
      const skills = (await loadCatalog(t.db.kysely, orgId)).pathwaySkills.get(PATHWAY) ?? [];
      assert.ok(skills.length > 3);
      await saveSkillStates(t.db.kysely, {
        orgId,
        userId: learners.allMastered.userId,
        now: new Date(NOW.getTime() - 25 * DAY),
        rows: skills.map((skillId) => ({
          skillId,
          state: initialSkillState(DEFAULT_LEARNER_MODEL_PARAMS.settings),
          estimate: 0.95,
          mastered: true,
          masteredVia: 'practice' as const,
          masteredAt: new Date(NOW.getTime() - 25 * DAY),
        })),
      });
      const source = { publicUrl: PUBLIC_URL, now: () => NOW };
      await recordActivities(t.db.kysely, source, [
        ...answersUntil(learners.drifting.userId, 20, 10),
        ...answersUntil(learners.completed.userId, 20, 10),
        ...answersUntil(learners.allMastered.userId, 20, 10),
      ]);
      await refreshOrgAnalytics(t.db.kysely, orgId, NOW);
    });
    after(() => t.close());

    test('a learner who finished their pathway is never scored nor flagged; the page data says what risk means', async () => {
      assert.equal(
        await scoreOrgRisk(t.db.kysely, orgId, NOW),
        1,
        'only the learner with work left is scored',
      );
      const d = await call(teacher, 'GET', `/api/orgs/${orgId}/classes/${classId}/dashboard`);
      assert.equal(d.status, 200, d.raw);
      const risk = d.body.risk;
      assert.deepEqual(
        risk.learners.map((l: { userId: string }) => l.userId),
        [learners.drifting.userId],
      );
      assert.equal(risk.horizonDays, 14);
      assert.deepEqual([risk.consenting, risk.scored, risk.atRiskCount], [3, 1, 1]);
      assert.ok(Math.abs(risk.flaggedShare - 1 / 3) < 1e-9);
      assert.ok(risk.threshold > 0 && risk.threshold < 1);
      assert.match(risk.learners[0].reasons[0].text.en, /^no activity for 20 days$/);
    });

    test('the timeline names skills and gives each event a typed shape', async () => {
      const url = `/api/orgs/${orgId}/classes/${classId}/learners/${learners.drifting.userId}/timeline`;
      const tl = await call(teacher, 'GET', url);
      assert.equal(tl.status, 200, tl.raw);
      assert.equal(tl.body.statements.length, 10);
      const event = tl.body.statements[0];
      assert.equal(event.verbId, 'http://adlnet.gov/expapi/verbs/answered');
      assert.equal(event.verb.en, 'answered');
      assert.equal(typeof event.success, 'boolean');
      assert.equal(event.skills[0].id, 'alg.like-terms');
      assert.notEqual(event.skills[0].name.en, 'alg.like-terms', 'a name, not the code');
      const none = await call(teacher, 'GET', url.replace(learners.drifting.userId, 'not-a-uuid'));
      assert.equal(none.status, 404);
    });
  });
}
