import type { GradebookOverrideInput } from '@pathwise/contracts';
import { AppError } from '@pathwise/core/errors';
import { deleteAssignmentOverride, findClassRole, recordAudit, upsertAssignmentOverride } from '@pathwise/db';
import type { OrgActor } from '../identity/actor.ts';
import type { AppContext } from '../runtime/types.ts';
import { getVisibleAssignment } from './manage-assignments.ts';

/** Sets a gradebook cell's status (and a grade) with the teacher's reason, audited with the old and new values. */
export async function setGradebookOverride(
  ctx: AppContext,
  actor: OrgActor,
  classId: string,
  input: GradebookOverrideInput,
): Promise<void> {
  const db = ctx.db.kysely;
  const assignment = await getVisibleAssignment(db, actor, classId, input.assignmentId);
  if ((await findClassRole(db, actor.orgId, assignment.classId, input.userId)) !== 'learner') {
    throw new AppError('not_found', 'No such learner in this class', [
      { field: 'body/userId', message: 'is not a learner of this class' },
    ]);
  }
  const reason = input.reason.trim();
  await db.transaction().execute(async (trx) => {
    await upsertAssignmentOverride(trx, {
      orgId: actor.orgId,
      classId: assignment.classId,
      assignmentId: assignment.id,
      userId: input.userId,
      status: input.status,
      grade: input.grade ?? null,
      reason,
      setBy: actor.userId,
      now: ctx.now(),
    });
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      actorTokenId: actor.tokenId,
      action: 'gradebook.override.set',
      targetType: 'assignment',
      targetId: assignment.id,
      details: { learnerId: input.userId, status: input.status, grade: input.grade ?? null, reason },
    });
  });
}

/** Clears a gradebook cell's override (audited); "No such override" when there was none. */
export async function clearGradebookOverride(
  ctx: AppContext,
  actor: OrgActor,
  classId: string,
  input: { assignmentId: string; userId: string },
): Promise<void> {
  const db = ctx.db.kysely;
  const assignment = await getVisibleAssignment(db, actor, classId, input.assignmentId);
  await db.transaction().execute(async (trx) => {
    const had = await deleteAssignmentOverride(trx, {
      orgId: actor.orgId,
      assignmentId: assignment.id,
      userId: input.userId,
    });
    if (!had) throw new AppError('not_found', 'No such override');
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      actorTokenId: actor.tokenId,
      action: 'gradebook.override.cleared',
      targetType: 'assignment',
      targetId: assignment.id,
      details: { learnerId: input.userId },
    });
  });
}
