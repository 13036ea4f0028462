import type { Db } from '@pathwise/db';
import { listOrgsBehind, listOrgsWithEarlyWarning } from '@pathwise/db';
import type { JobDefinition } from '../jobs/job-queue.ts';
import { refreshOrgAnalytics } from './refresh-org-analytics.ts';
import { scoreOrgRisk } from './score-org-risk.ts';
import { trainOrgRiskModel } from './train-org-risk-model.ts';

/** Queue names of the analytics jobs. */
export const ANALYTICS_JOBS = {
  refreshAll: 'analytics-refresh-all',
  refresh: 'analytics-refresh',
  score: 'risk-score',
  train: 'risk-train',
  trainAll: 'risk-train-all',
} as const;

const orgIdOf = (data: Record<string, unknown>) => {
  if (typeof data.orgId !== 'string') throw new Error('job data needs orgId');
  return data.orgId;
};

/**
 * The analytics jobs: every minute, organizations with new statements get their daily aggregate refreshed and
 * (when anything was new) their learners rescored; every night, each organization that enabled early warning
 * retrains its model on its own history.
 */
export function analyticsJobs(db: Db, now: () => Date): JobDefinition[] {
  return [
    {
      name: ANALYTICS_JOBS.refreshAll,
      cron: '* * * * *',
      async handle(_data, queue) {
        for (const orgId of await listOrgsBehind(db.kysely)) {
          await queue.enqueue(db.kysely, ANALYTICS_JOBS.refresh, { orgId }, { singletonKey: orgId });
        }
      },
    },
    {
      name: ANALYTICS_JOBS.refresh,
      async handle(data, queue) {
        const orgId = orgIdOf(data);
        const read = await refreshOrgAnalytics(db.kysely, orgId, now());
        if (read > 0)
          await queue.enqueue(db.kysely, ANALYTICS_JOBS.score, { orgId }, { singletonKey: orgId });
      },
    },
    {
      name: ANALYTICS_JOBS.score,
      async handle(data) {
        await scoreOrgRisk(db.kysely, orgIdOf(data), now());
      },
    },
    {
      name: ANALYTICS_JOBS.train,
      expireInMinutes: 120,
      async handle(data) {
        const orgId = orgIdOf(data);
        await refreshOrgAnalytics(db.kysely, orgId, now());
        await trainOrgRiskModel(db.kysely, orgId, now());
        await scoreOrgRisk(db.kysely, orgId, now());
      },
    },
    {
      name: ANALYTICS_JOBS.trainAll,
      cron: '30 2 * * *',
      async handle(_data, queue) {
        for (const id of await listOrgsWithEarlyWarning(db.kysely)) {
          await queue.enqueue(db.kysely, ANALYTICS_JOBS.train, { orgId: id }, { singletonKey: id });
        }
      },
    },
  ];
}
