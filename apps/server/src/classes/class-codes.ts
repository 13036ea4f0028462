import type { ClassCodeInput } from '@pathwise/contracts';
import {
  createClassJoinCode,
  type JoinCode,
  listClassJoinCodes,
  recordAudit,
  revokeClassJoinCode,
} from '@pathwise/db';
import type { OrgActor } from '../identity/actor.ts';
import { revokeWithAudit } from '../identity/revoke-with-audit.ts';
import { newJoinCode } from '../identity/secret-token.ts';
import type { AppContext } from '../runtime/types.ts';
import { getVisibleClass } from './class-access.ts';

/**
 * Creates a class code (audited): a learner of the organization who enters it, or a new person who signs up with
 * it, joins the organization as a learner (if new) and the class (identity/join.ts).
 */
export async function createClassCode(
  ctx: AppContext,
  actor: OrgActor,
  classId: string,
  input: ClassCodeInput,
): Promise<JoinCode> {
  const found = await getVisibleClass(ctx.db.kysely, actor, classId);
  const { maxUses, expiresInDays } = input;
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const row = await createClassJoinCode(trx, {
      orgId: actor.orgId,
      classId: found.id,
      code: newJoinCode(),
      maxUses: maxUses ?? null,
      expiresAt: expiresInDays ? new Date(ctx.now().getTime() + expiresInDays * 86_400_000) : null,
      createdBy: actor.userId,
    });
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'join_code.created',
      targetType: 'join_code',
      targetId: row.id,
      details: { role: 'learner', classId: found.id },
    });
    return row;
  });
}

/** The live codes of a class the actor sees. */
export async function listClassCodes(ctx: AppContext, actor: OrgActor, classId: string): Promise<JoinCode[]> {
  const found = await getVisibleClass(ctx.db.kysely, actor, classId);
  return listClassJoinCodes(ctx.db.kysely, actor.orgId, found.id);
}

/** Revokes a code of a class the actor sees (audited; 404 when there is no such live code of that class). */
export async function revokeClassCode(ctx: AppContext, actor: OrgActor, classId: string, id: string) {
  const found = await getVisibleClass(ctx.db.kysely, actor, classId);
  await revokeWithAudit(ctx, actor, {
    targetType: 'join_code',
    targetId: id,
    notFound: 'No such class code',
    revoke: (trx) => revokeClassJoinCode(trx, { orgId: actor.orgId, classId: found.id, id }),
  });
}
