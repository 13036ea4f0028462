import type { AddClassMembers, Candidates } from '@pathwise/contracts';
import { AppError } from '@pathwise/core/errors';
import { addClassMembers, listClassMembers, listMembers, recordAudit, removeClassMember } from '@pathwise/db';
import type { OrgActor } from '../identity/actor.ts';
import type { AppContext } from '../runtime/types.ts';
import { getVisibleClass, pickableLearners } from './class-access.ts';

/** The people the actor may add to a class they see: pickable learners and the organization's teachers. */
export async function listCandidates(ctx: AppContext, actor: OrgActor, classId: string): Promise<Candidates> {
  const db = ctx.db.kysely;
  const found = await getVisibleClass(db, actor, classId);
  const inClass = new Set((await listClassMembers(db, actor.orgId, found.id)).map((m) => m.userId));
  const { scope, learners } = await pickableLearners(db, actor);
  const staff = (await listMembers(db, actor.orgId))
    .filter((m) => m.role === 'teacher')
    .map((m) => ({ userId: m.userId, name: m.name, email: m.email, role: 'teacher' as const }));
  const people = [...learners.map((l) => ({ ...l, role: 'learner' as const })), ...staff].filter(
    (p) => !inClass.has(p.userId),
  );
  return { scope, people };
}

/**
 * Adds people to a class (audited). Every id must hold the role in the organization (400 naming them);
 * a teacher adds only learners they may pick (403 naming the others). Nothing is written on a refusal.
 */
export async function addMembersToClass(
  ctx: AppContext,
  actor: OrgActor,
  classId: string,
  input: AddClassMembers,
): Promise<void> {
  const db = ctx.db.kysely;
  const found = await getVisibleClass(db, actor, classId);
  const { userIds, role } = input;
  const roles = new Map((await listMembers(db, actor.orgId)).map((m) => [m.userId, m.role]));
  const allowed = role === 'learner' ? ['learner'] : ['teacher', 'admin'];
  const wrong = userIds.filter((id) => !allowed.includes(roles.get(id) ?? ''));
  if (wrong.length > 0) {
    throw new AppError('validation_failed', `Not a ${role} of this organization: ${wrong.join(', ')}`, [
      { field: 'body/userIds', message: `not ${role}s of this organization: ${wrong.join(', ')}` },
    ]);
  }
  if (role === 'learner' && actor.role !== 'admin') {
    const pickable = new Set((await pickableLearners(db, actor)).learners.map((l) => l.userId));
    const outside = userIds.filter((id) => !pickable.has(id));
    if (outside.length > 0) {
      throw new AppError(
        'forbidden',
        'Teachers add learners of their own classes only; others join with the class code or an administrator adds them',
        [{ field: 'body/userIds', message: `not learners of a class you teach: ${outside.join(', ')}` }],
      );
    }
  }
  await db.transaction().execute(async (trx) => {
    await addClassMembers(trx, { orgId: actor.orgId, classId: found.id, userIds, role });
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'class.members_added',
      targetType: 'class',
      targetId: found.id,
      details: { userIds, role },
    });
  });
}

/** Removes someone from a class the actor sees (404 when they are not in it). */
export async function removeFromClass(ctx: AppContext, actor: OrgActor, classId: string, userId: string) {
  const found = await getVisibleClass(ctx.db.kysely, actor, classId);
  if (!(await removeClassMember(ctx.db.kysely, actor.orgId, found.id, userId))) {
    throw new AppError('not_found', 'That person is not in this class');
  }
}
