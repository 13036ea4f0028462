import type { MyAssignments } from '@pathwise/contracts';
import { listAssignmentOverrides, listAssignments } from '@pathwise/db';
import type { LearningActor } from '../learning/learning-actor.ts';
import { loadCatalog } from '../learning/learning-catalog.ts';
import type { AppContext } from '../runtime/types.ts';
import { assignmentProgress } from './assignment-progress.ts';
import { presentAssignment, progressInputOf } from './assignment-target.ts';

/**
 * A learner's assignments across the classes they are a learner of, with their own progress: work not done
 * first, soonest due first.
 */
export async function myAssignments(ctx: AppContext, actor: LearningActor): Promise<MyAssignments> {
  const db = ctx.db.kysely;
  const { orgId, userId } = actor;
  const [catalog, rows, overrides] = await Promise.all([
    loadCatalog(db, orgId),
    listAssignments(db, { orgId, learnerId: userId }),
    listAssignmentOverrides(db, { orgId, userId }),
  ]);
  const progress = await assignmentProgress(db, {
    orgId,
    userIds: [userId],
    assignments: rows.map((r) => progressInputOf(catalog, r)),
    overrides,
    now: ctx.now(),
  });
  const mine = progress.get(userId) ?? [];
  const items = rows.map((r, i) => ({ assignment: presentAssignment(catalog, r), progress: mine[i]! }));
  // Stable: rows came soonest due first.
  return {
    assignments: [
      ...items.filter((x) => x.progress.status !== 'done'),
      ...items.filter((x) => x.progress.status === 'done'),
    ],
  };
}
