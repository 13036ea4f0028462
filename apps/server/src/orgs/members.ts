import { AppError } from '@pathwise/core/errors';
import type { Role } from '@pathwise/core/identity';
import { findRole, listAudit, listMembers, recordAudit, removeMembership, setRole } from '@pathwise/db';
import type { OrgActor } from '../identity/actor.ts';
import type { AppContext } from '../runtime/types.ts';
import { assertNotLastAdmin } from './assert-not-last-admin.ts';

/** Everyone in the organization and their role. */
export function listOrgMembers(ctx: AppContext, actor: OrgActor) {
  return listMembers(ctx.db.kysely, actor.orgId);
}

/** The page size of the audit trail as the admin console shows it. */
export const AUDIT_PAGE_SIZE = 50;

/** One page of the audit trail, newest first, and the cursor of the next older page (null at the oldest). */
export async function listAuditTrail(ctx: AppContext, actor: OrgActor, before?: number) {
  const rows = await listAudit(ctx.db.kysely, actor.orgId, { limit: AUDIT_PAGE_SIZE + 1, before });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = page.at(-1);
  return { rows: page, nextBefore: rows.length > AUDIT_PAGE_SIZE && last ? Number(last.id) : null };
}

/** Changes a member's role, audited; the last administrator cannot be demoted (409 `last_admin`). */
export async function changeMemberRole(
  ctx: AppContext,
  actor: OrgActor,
  input: { userId: string; role: Role },
): Promise<{ userId: string; role: Role }> {
  const { orgId } = actor;
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await findRole(trx, orgId, input.userId);
    if (!current) throw new AppError('not_found', 'That person is not a member of this organization');
    if (current === 'admin' && input.role !== 'admin') await assertNotLastAdmin(trx, [{ orgId }]);
    await setRole(trx, orgId, input.userId, input.role);
    await recordAudit(trx, {
      orgId,
      actorUserId: actor.userId,
      actorTokenId: actor.tokenId,
      action: 'membership.role_changed',
      targetType: 'user',
      targetId: input.userId,
      details: { from: current, to: input.role },
    });
  });
  return input;
}

/** Removes a member from the organization, audited; the last administrator cannot be removed. */
export async function removeMember(ctx: AppContext, actor: OrgActor, userId: string): Promise<void> {
  const { orgId } = actor;
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await findRole(trx, orgId, userId);
    if (!current) throw new AppError('not_found', 'That person is not a member of this organization');
    if (current === 'admin') await assertNotLastAdmin(trx, [{ orgId }]);
    await removeMembership(trx, orgId, userId);
    await recordAudit(trx, {
      orgId,
      actorUserId: actor.userId,
      actorTokenId: actor.tokenId,
      action: 'membership.removed',
      targetType: 'user',
      targetId: userId,
    });
  });
}
