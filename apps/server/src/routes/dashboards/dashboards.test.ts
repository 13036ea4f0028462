import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Item } from '@pathwise/core/content';
import {
  DEFAULT_LEARNER_MODEL_PARAMS,
  newLearnerModelState,
  recordResponse,
  type SkillState,
} from '@pathwise/core/learner-model';
import { asSkillId } from '@pathwise/core/skills-graph';
import { createEnrollment, insertServedItem, saveSkillStates, updateServedItem } from '@pathwise/db';
import { testBackends } from '@pathwise/db/testing';
import type { PathwiseEvent } from '@pathwise/xapi';
import { recordActivities } from '../../activity/record-activity.ts';
import { ANALYTICS_JOBS, analyticsJobs } from '../../analytics/analytics-jobs.ts';
import { refreshOrgAnalytics } from '../../analytics/refresh-org-analytics.ts';
import { scoreOrgRisk } from '../../analytics/score-org-risk.ts';
import { startJobQueue } from '../../jobs/job-queue.ts';
import { installDemoContent } from '../../learning/install-demo-content.ts';
import type { App } from '../../runtime/types.ts';
import { buildOrg } from '../../test/factories.ts';
import { addMember, buildTestApp, type Session, type TestApp } from '../../test/test-app.ts';

const NOW = new Date('2026-03-20T12:00:00Z');
const DAY = 86_400_000;
/** A skill's model state after these answers (the learner-wide part stays new). */
function stateAfter(skillId: string, outcomes: boolean[]): SkillState {
  const skill = asSkillId(skillId);
  let state = newLearnerModelState(DEFAULT_LEARNER_MODEL_PARAMS);
  for (const correct of outcomes) {
    state = recordResponse(state, { skills: [skill], correct }, DEFAULT_LEARNER_MODEL_PARAMS);
  }
  return state.skills[skill]!;
}
const PATHWAY = 'algebra-foundations';

// biome-ignore lint/suspicious/noExplicitAny: responses are checked field by field
type Body = any;

async function call(
  app: App,
  s: Session,
  method: string,
  url: string,
  payload?: object,
): Promise<{ status: number; body: Body; raw: string }> {
  const res = await app.inject({
    method: method as 'GET',
    url,
    headers: s.headers,
    ...(payload ? { payload } : {}),
  });
  const json = res.headers['content-type']?.toString().includes('json');
  return { status: res.statusCode, body: json ? res.json() : null, raw: res.body };
}

/** Answers by a learner at given instants (right or wrong), as the learning loop would record them. */
function answers(orgId: string, userId: string, at: [Date, boolean][]): PathwiseEvent[] {
  return at.map(([when, correct]) => ({
    type: 'attempt',
    organizationId: orgId,
    learner: { id: userId },
    at: when,
    pathwayId: PATHWAY,
    item: { id: 'demo-item', skillIds: ['alg.like-terms'] },
    correct,
  }));
}

for (const backend of await testBackends()) {
  describe(`class dashboards on ${backend.kind}`, () => {
    let t: TestApp;
    let orgId: string;
    let admin: Session;
    let teacher: Session;
    let steady: Session;
    let drifting: Session;
    let classId: string;
    const source = { publicUrl: 'http://127.0.0.1:3000', now: () => NOW };

    before(async () => {
      t = await buildTestApp(backend, { PUBLIC_URL: source.publicUrl }, { now: () => NOW });
      ({ orgId, admin } = await buildOrg(t.db.kysely, {
        name: 'Dashboard School',
        admin: { verified: false },
      }));
      await installDemoContent(t.db.kysely, orgId);
      teacher = await addMember(t.app, admin, orgId, 'teacher');
      steady = await addMember(t.app, admin, orgId, 'learner');
      drifting = await addMember(t.app, admin, orgId, 'learner');
      const created = await call(t.app, teacher, 'POST', `/api/orgs/${orgId}/classes`, {
        name: '7B Algebra',
        pathwayIds: [PATHWAY],
      });
      assert.equal(created.status, 201, created.raw);
      classId = created.body.id;
      // Learners come into a class by its class code or an administrator (a teacher adds only their own learners).
      const added = await call(t.app, admin, 'POST', `/api/orgs/${orgId}/classes/${classId}/members`, {
        userIds: [steady.userId, drifting.userId],
        role: 'learner',
      });
      assert.equal(added.status, 204, added.raw);
      // Both are enrolled in the class pathway with work left (a learner who finished is never scored).
      for (const userId of [steady.userId, drifting.userId]) {
        await createEnrollment(t.db.kysely, {
          orgId,
          userId,
          pathwayId: PATHWAY,
          status: 'active',
          placement: { belief: {}, asked: [], answered: 0, max: 0, known: [] },
          now: new Date(NOW.getTime() - 30 * DAY),
        });
      }
      // Steady: 3 answers a day, 2 minutes apart, every day of the last two weeks. Drifting: active three weeks
      // ago, then nothing for 9 days.
      const events: PathwiseEvent[] = [];
      for (let d = 13; d >= 0; d--) {
        const start = NOW.getTime() - d * DAY - 3 * 3_600_000;
        events.push(
          ...answers(orgId, steady.userId, [
            [new Date(start), true],
            [new Date(start + 120_000), true],
            [new Date(start + 240_000), false],
          ]),
        );
      }
      for (let d = 20; d >= 9; d--) {
        const start = NOW.getTime() - d * DAY - 3 * 3_600_000;
        events.push(...answers(orgId, drifting.userId, [[new Date(start), d > 12]]));
      }
      await recordActivities(t.db.kysely, source, events);
      // Drifting's two skills fall between 20 and 10 days ago; steady masters one today.
      // The standings count answered served items: each row's answers are served items too.
      const states = async (userId: string, at: Date, rows: [string, number, boolean, boolean[]][]) => {
        for (const [skillId, , , outcomes] of rows) {
          for (const outcome of outcomes) {
            const servedId = await insertServedItem(t.db.kysely, orgId, {
              userId,
              pathwayId: PATHWAY,
              itemId: 'demo-item',
              skillId,
              source: 'test',
              mode: 'practice',
              item: {} as Item, // never read back by these tests
              predicted: null,
              createdAt: at,
            });
            await updateServedItem(t.db.kysely, orgId, servedId, { stepIndex: 1, outcome, completedAt: at });
          }
        }
        await saveSkillStates(t.db.kysely, {
          orgId,
          userId,
          now: at,
          rows: rows.map(([skillId, estimate, mastered, outcomes]) => ({
            skillId,
            state: stateAfter(skillId, outcomes),
            estimate,
            mastered,
            masteredVia: mastered ? ('practice' as const) : null,
            masteredAt: mastered ? at : null,
          })),
        });
      };
      await states(drifting.userId, new Date(NOW.getTime() - 20 * DAY), [
        ['alg.like-terms', 0.7, false, [true]],
        ['alg.integers-add', 0.8, false, [true]],
      ]);
      await states(drifting.userId, new Date(NOW.getTime() - 10 * DAY), [
        ['alg.like-terms', 0.4, false, [false, false]],
        ['alg.integers-add', 0.6, false, [false]],
      ]);
      await states(steady.userId, NOW, [
        ['alg.like-terms', 0.92, true, [true, true, true, true, true, true]],
      ]);
    });
    after(() => t.close());

    test('the daily aggregate counts answers, right answers and time on task from the statements', async () => {
      assert.equal(await refreshOrgAnalytics(t.db.kysely, orgId, NOW), 14 * 3 + 12);
      assert.equal(await refreshOrgAnalytics(t.db.kysely, orgId, NOW), 0, 'a second run reads nothing new');
      const d = await call(t.app, teacher, 'GET', `/api/orgs/${orgId}/classes/${classId}/dashboard?weeks=4`);
      assert.equal(d.status, 200, d.raw);
      const total = d.body.engagement.reduce(
        (
          s: { attempts: number; correct: number; minutes: number },
          w: { attempts: number; correct: number; minutes: number },
        ) => ({
          attempts: s.attempts + w.attempts,
          correct: s.correct + w.correct,
          minutes: s.minutes + w.minutes,
        }),
        { attempts: 0, correct: 0, minutes: 0 },
      );
      // Steady's 14 days × 4 minutes (two 2-minute gaps); drifting's answers are a day apart: no time on task.
      assert.deepEqual(total, { attempts: 54, correct: 28 + 8, minutes: 56 });
      assert.deepEqual(
        d.body.skills.slice(0, 2).map((s: { id: string }) => s.id),
        ['alg.integers-add', 'alg.integers-multiply'],
      );
      const row = d.body.heatmap.learners.find((l: { userId: string }) => l.userId === steady.userId);
      assert.equal(row.cells['alg.like-terms'].mastered, true);
      assert.match(row.cells['alg.like-terms'].status, /^mastered/);
      assert.equal(typeof row.cells['alg.like-terms'].estimate, 'number');
      assert.deepEqual(
        row.cells['alg.integers-add'],
        { status: 'not-started', estimate: null, mastered: false },
        'a skill never answered is not started, with no estimate (not the prior)',
      );
      assert.equal(d.body.heatmap.total, 2);
      const struggling = d.body.struggling as { skillId: string; meanEstimate: number; practised: number }[];
      assert.deepEqual(struggling.map((s) => s.skillId).sort(), ['alg.integers-add', 'alg.like-terms']);
      assert.deepEqual(
        struggling.map((s) => s.meanEstimate),
        struggling.map((s) => s.meanEstimate).sort((a, b) => a - b),
        'weakest first',
      );
      assert.equal(struggling.find((s) => s.skillId === 'alg.like-terms')?.practised, 2);
      assert.equal(d.body.risk.enabled, false);
    });

    test('risk is shown only where the organization enabled it and the learner consented, with reasons', async () => {
      const url = `/api/orgs/${orgId}/classes/${classId}/dashboard`;
      assert.equal(
        (await call(t.app, drifting, 'PATCH', `/api/orgs/${orgId}/analytics-consent`, { riskScoring: true }))
          .status,
        200,
      );
      await scoreOrgRisk(t.db.kysely, orgId, NOW);
      assert.equal(
        (await call(t.app, teacher, 'GET', url)).body.risk.enabled,
        false,
        'org has not enabled it',
      );
      const on = await call(t.app, admin, 'PATCH', `/api/orgs/${orgId}/early-warning/settings`, {
        enabled: true,
      });
      assert.equal(on.status, 200);
      assert.equal(await scoreOrgRisk(t.db.kysely, orgId, NOW), 1, 'only the consenting learner is scored');
      const d = (await call(t.app, teacher, 'GET', url)).body;
      assert.equal(d.risk.scored, 1);
      const flagged = d.risk.learners[0];
      assert.equal(flagged.userId, drifting.userId);
      const words = flagged.reasons.map((r: { text: { en: string } }) => r.text.en);
      assert.equal(words[0], 'no activity for 9 days');
      assert.ok(words.includes('mastery falling in 2 skills'), words.join('; '));
      assert.match(flagged.suggestedAction.en, /Check in/);
      const csv = await call(t.app, teacher, 'GET', `${url}.csv?table=risk`);
      assert.equal(csv.status, 200);
      assert.match(csv.raw, /^learner,probability,reasons,suggested_action\r\n/);
      assert.match(csv.raw, /no activity for 9 days; mastery falling in 2 skills/);
      const out = await call(t.app, drifting, 'PATCH', `/api/orgs/${orgId}/analytics-consent`, {
        riskScoring: false,
      });
      assert.equal(out.status, 200);
      const after = (await call(t.app, teacher, 'GET', url)).body;
      assert.equal(after.risk.learners.length, 0, 'withdrawing consent removes the flag at once');
      assert.equal((await call(t.app, drifting, 'GET', url)).status, 403, 'learners do not see dashboards');
    });

    test('teachers see only their classes; other organizations see nothing', async () => {
      const other = await addMember(t.app, admin, orgId, 'teacher');
      assert.equal((await call(t.app, other, 'GET', `/api/orgs/${orgId}/classes`)).body.classes.length, 0);
      const hidden = await call(t.app, other, 'GET', `/api/orgs/${orgId}/classes/${classId}/dashboard`);
      assert.equal(hidden.status, 404);
      assert.equal(hidden.body.detail, 'No such class');
      assert.equal(
        (await call(t.app, admin, 'GET', `/api/orgs/${orgId}/classes`)).body.classes[0].learnerCount,
        2,
      );
      const { orgId: otherOrg, admin: stranger } = await buildOrg(t.db.kysely, { name: 'Elsewhere' });
      for (const url of [
        `/api/orgs/${orgId}/classes/${classId}/dashboard`,
        `/api/orgs/${otherOrg}/classes/${classId}/dashboard`,
        `/api/orgs/${otherOrg}/classes/${classId}/learners/${steady.userId}/timeline`,
      ]) {
        assert.equal((await call(t.app, stranger, 'GET', url)).status, 404, url);
      }
      const notMember = await call(t.app, teacher, 'POST', `/api/orgs/${orgId}/classes/${classId}/members`, {
        userIds: [stranger.userId],
        role: 'learner',
      });
      assert.equal(notMember.status, 400);
    });

    test('interventions are logged and appear on the learner timeline', async () => {
      const base = `/api/orgs/${orgId}/classes/${classId}`;
      const logged = await call(t.app, teacher, 'POST', `${base}/interventions`, {
        learnerId: drifting.userId,
        action: 'message',
        note: '=HYPERLINK("x") check-in sent',
      });
      assert.equal(logged.status, 201, logged.raw);
      const timeline = await call(t.app, teacher, 'GET', `${base}/learners/${drifting.userId}/timeline`);
      assert.equal(timeline.status, 200, timeline.raw);
      assert.equal(timeline.body.statements.length, 12);
      assert.equal(timeline.body.interventions[0].action, 'message');
      assert.equal(timeline.body.mastery.length, 4);
      const csv = await call(t.app, teacher, 'GET', `${base}/dashboard.csv?table=interventions`);
      assert.match(csv.raw, /,"'=HYPERLINK\(""x""\) check-in sent"\r\n$/, 'formulas are neutralised');
    });

    test('program figures and CSV for administrators; teachers may not read them', async () => {
      const p = await call(t.app, admin, 'GET', `/api/orgs/${orgId}/analytics/program`);
      assert.equal(p.status, 200, p.raw);
      assert.equal(p.body.totals.learners, 2);
      assert.equal(p.body.totals.activeLearners7d, 1);
      assert.equal(p.body.totals.credentials, 0);
      assert.equal(p.body.classes[0].learners, 2);
      assert.equal((await call(t.app, teacher, 'GET', `/api/orgs/${orgId}/analytics/program`)).status, 403);
      const csv = await call(t.app, admin, 'GET', `/api/orgs/${orgId}/analytics/program.csv?table=classes`);
      assert.equal(csv.raw, 'class,learners,active_7d,at_risk,scored\r\n7B Algebra,2,1,0,0\r\n');
    });

    // NOTE: the test waits for the refresh job itself, not for time to pass; the timeout only keeps a job that is
    // never queued from hanging the run.
    test('the background queue refreshes the aggregate when a dashboard is opened', {
      timeout: 60_000,
    }, async () => {
      // The refresh job waits until the dashboard has answered with the aggregate as it was, then says when it ran.
      let letRun!: () => void;
      const mayRun = new Promise<void>((resolve) => {
        letRun = resolve;
      });
      let refreshed!: () => void;
      const ran = new Promise<void>((resolve) => {
        refreshed = resolve;
      });
      const jobs = analyticsJobs(t.db, () => NOW).map((job) =>
        job.name === ANALYTICS_JOBS.refresh
          ? {
              ...job,
              async handle(...args: Parameters<typeof job.handle>) {
                await mayRun;
                try {
                  await job.handle(...args);
                } finally {
                  refreshed();
                }
              },
            }
          : job,
      );
      const queue = await startJobQueue(t.db, jobs, { schedule: false, pollingIntervalSeconds: 0.5 });
      try {
        await recordActivities(t.db.kysely, source, answers(orgId, steady.userId, [[NOW, true]]));
        const url = `/api/orgs/${orgId}/classes/${classId}/dashboard?weeks=1`;
        const sum = async () =>
          (await call(t.app, teacher, 'GET', url)).body.engagement.reduce(
            (s: number, w: { attempts: number }) => s + w.attempts,
            0,
          );
        const before = await sum();
        letRun();
        await ran;
        assert.equal(await sum(), before + 1);
      } finally {
        await queue.stop();
      }
    });
  });
}
