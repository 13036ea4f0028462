import { AppError } from '@pathwise/core/errors';
import { createJoinCode, type JoinCode, listJoinCodes, recordAudit, revokeJoinCode } from '@pathwise/db';
import type { OrgActor } from '../identity/actor.ts';
import { type Joined, joinWithCode } from '../identity/join.ts';
import { revokeWithAudit } from '../identity/revoke-with-audit.ts';
import { newJoinCode } from '../identity/secret-token.ts';
import type { AppContext } from '../runtime/types.ts';

/** Teachers see and revoke learner codes only: a teacher code hands out teacher access, an administrator's call. */
function learnerCodesOnly(actor: OrgActor): string | undefined {
  return actor.role === 'teacher' ? 'learner' : undefined;
}

/** Creates a join code of the organization (audited); teachers may create learner codes only (403). */
export async function createOrgJoinCode(
  ctx: AppContext,
  actor: OrgActor,
  input: { role: 'learner' | 'teacher'; maxUses?: number | undefined; expiresInDays?: number | undefined },
): Promise<JoinCode> {
  if (actor.role === 'teacher' && input.role !== 'learner') {
    throw new AppError('forbidden', 'Teachers can create join codes for learners only');
  }
  const { expiresInDays, maxUses } = input;
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const created = await createJoinCode(trx, {
      orgId: actor.orgId,
      code: newJoinCode(),
      role: input.role,
      maxUses: maxUses ?? null,
      expiresAt: expiresInDays ? new Date(ctx.now().getTime() + expiresInDays * 86_400_000) : null,
      createdBy: actor.userId,
    });
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      actorTokenId: actor.tokenId,
      action: 'join_code.created',
      targetType: 'join_code',
      targetId: created.id,
      details: { role: created.role },
    });
    return created;
  });
}

/** The live join codes the caller may see (teachers: learner codes). */
export function listOrgJoinCodes(ctx: AppContext, actor: OrgActor): Promise<JoinCode[]> {
  return listJoinCodes(ctx.db.kysely, actor.orgId, learnerCodesOnly(actor));
}

/** Revokes a join code (audited; 404 when there is none the caller may revoke). */
export function revokeOrgJoinCode(ctx: AppContext, actor: OrgActor, joinCodeId: string): Promise<void> {
  return revokeWithAudit(ctx, actor, {
    targetType: 'join_code',
    targetId: joinCodeId,
    notFound: 'No such join code',
    revoke: (trx) => revokeJoinCode(trx, actor.orgId, joinCodeId, learnerCodesOnly(actor)),
  });
}

/** Joins the signed-in person to an organization with a join code, in one transaction. */
export function joinOrganization(ctx: AppContext, userId: string, code: string): Promise<Joined> {
  return ctx.db.kysely.transaction().execute((trx) => joinWithCode(trx, userId, code, ctx.now()));
}
