import { AppError } from '@pathwise/core';
import { eraseAccountData, findUserById, listMembershipsOfUser, recordAudit } from '@pathwise/db';
import { verifyPassword } from '../identity/password.ts';
import { assertNotLastAdmin } from '../orgs/assert-not-last-admin.ts';
import type { AppContext } from '../runtime/types.ts';
import { accountOwner } from './account-owner.ts';

/**
 * Deletes the signed-in person's account, confirmed by their current password, in one transaction: their
 * personal data is erased (see `eraseAccountData`), and each of their organizations gets an `account.deleted`
 * audit entry naming only the account's id. Credentials already issued stay verifiable.
 *
 * Refused, changing nothing: a wrong password (400 on `body/password`), and being the only administrator of an
 * organization (409 `last_admin`, naming the organizations), since nobody could administer them afterwards.
 */
export async function deleteAccount(ctx: AppContext, input: { userId: string; password: string }) {
  const user = await findUserById(ctx.db.kysely, input.userId);
  if (!user) throw new AppError('unauthenticated', 'Sign in first');
  if (!(await verifyPassword(input.password, user.password_hash))) {
    throw new AppError('validation_failed', 'The password is not your current password', [
      { field: 'body/password', message: 'is not your current password' },
    ]);
  }
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const memberships = await listMembershipsOfUser(trx, user.id);
    // NOTE: the admin rows are locked, so a demotion racing this deletion cannot leave an organization without one.
    await assertNotLastAdmin(
      trx,
      memberships.filter((m) => m.role === 'admin').map((m) => ({ orgId: m.orgId, orgName: m.orgName })),
    );
    const now = ctx.now();
    const orgIds = memberships.map((m) => m.orgId);
    const counts = await eraseAccountData(trx, accountOwner(ctx.config.publicUrl, user, orgIds), now);
    // NOTE: the entries name the account by its id only: once the profile is erased it is a pseudonym.
    for (const m of memberships) {
      await recordAudit(trx, {
        orgId: m.orgId,
        actorUserId: user.id,
        action: 'account.deleted',
        targetType: 'user',
        targetId: user.id,
        details: { role: m.role },
      });
    }
    await recordAudit(trx, {
      orgId: null,
      actorUserId: user.id,
      action: 'account.deleted',
      targetType: 'user',
      targetId: user.id,
      details: { erased: counts },
    });
    return counts;
  });
}
