import type { ClassDashboard } from '@pathwise/contracts';
import { findJobQueue } from '../jobs/job-queue.ts';
import type { AppContext } from '../runtime/types.ts';
import { ANALYTICS_JOBS } from './analytics-jobs.ts';
import { buildClassDashboard } from './build-class-dashboard.ts';

/** Opens a class dashboard: asks for fresh aggregates (one queued job per organization), answers the current ones. */
export async function openClassDashboard(
  ctx: AppContext,
  input: { orgId: string; classId: string; offset: number; limit: number; weeks: number },
): Promise<ClassDashboard> {
  await findJobQueue(ctx.db)?.enqueue(
    ctx.db.kysely,
    ANALYTICS_JOBS.refresh,
    { orgId: input.orgId },
    { singletonKey: input.orgId },
  );
  return buildClassDashboard(ctx.db.kysely, { ...input, now: ctx.now() });
}
