import { AppError } from '@pathwise/core';
import { stackedPartLost } from '@pathwise/core/achievements';
import {
  type Database,
  findAchievement,
  findIssuedCredential,
  heldAchievementIds,
  type IssuedCredentialRow,
  listAchievements,
  listLearnerCredentials,
  lockIssuer,
  markCredentialRevoked,
  recordAudit,
} from '@pathwise/db';
import { credentialRevokedEvent } from '@pathwise/open-badges';
import type { Kysely } from 'kysely';
import type { AppContext } from '../runtime/types.ts';
import { appendToLog } from './issuance-log.ts';
import { loadIssuer } from './issuer-identity.ts';
import { credentialStateOf } from './present-credential.ts';
import { currentStatusList, publishStatusList } from './status-list-store.ts';

/** A credential revoked because one it stacks on was: the reason names that part. */
export function cascadeReason(partName: string, reason: string): string {
  return `“${partName}” was revoked (${reason}); this credential stacks on it.`;
}

/**
 * Revokes a credential with a reason: sets its status bit, re-signs and publishes the status list, logs the
 * revocation, and records who did it. Revoking twice is a conflict.
 *
 * Stacking rule, "revoked with it": every active credential of the learner whose achievement stacks on one no
 * longer held is revoked in the same transaction, its reason naming that part (a certificate on a revoked badge,
 * then a diploma on that certificate, and so on). Revocation is final: nothing revoked is issued again except by
 * an administrator's re-award (reissueCredential). Returns the ids of the credentials revoked with it.
 */
export async function revokeCredential(
  ctx: AppContext,
  input: {
    orgId: string;
    id: string;
    reason: string;
    actorUserId: string | null;
    actorTokenId: string | null;
  },
): Promise<{ cascaded: string[] }> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await lockIssuer(trx, input.orgId);
    const row = await findIssuedCredential(trx, input.orgId, input.id, { forUpdate: true });
    if (!row) throw new AppError('not_found', 'No such credential');
    if (row.revoked_at) throw new AppError('conflict', 'This credential is already revoked');
    const issuer = await loadIssuer(trx, ctx, input.orgId);
    let list = await currentStatusList(trx, ctx, issuer);
    const now = ctx.now();
    const revoked: { row: IssuedCredentialRow; reason: string; cascadeFrom: string | null }[] = [
      { row, reason: input.reason, cascadeFrom: null },
    ];
    await markCredentialRevoked(trx, input.orgId, row.id, input.reason, now);
    if (row.user_id) revoked.push(...(await cascade(trx, row, row.user_id, input.reason, now)));
    for (const r of revoked) list = list.withStatus(r.row.status_index, true);
    await appendToLog(
      trx,
      ctx,
      issuer,
      revoked.map((r) => credentialRevokedEvent(r.row.credential_id, now)),
    );
    await publishStatusList(trx, ctx, issuer, list);
    for (const r of revoked)
      await recordAudit(trx, {
        orgId: input.orgId,
        actorUserId: input.actorUserId,
        actorTokenId: input.actorTokenId,
        action: 'credential.revoked',
        targetType: 'credential',
        targetId: r.row.id,
        details: { reason: r.reason, ...(r.cascadeFrom ? { cascadeFrom: r.cascadeFrom } : {}) },
      });
    return { cascaded: revoked.slice(1).map((r) => r.row.id) };
  });
}

/** Revokes, until nothing changes, the learner's active credentials whose stacked parts are no longer held. */
async function cascade(
  trx: Kysely<Database>,
  root: IssuedCredentialRow,
  userId: string,
  rootReason: string,
  now: Date,
) {
  const achievements = new Map((await listAchievements(trx, root.org_id)).map((a) => [a.id, a]));
  const nameOf = (id: string) => achievements.get(id)?.name ?? id;
  const done: { row: IssuedCredentialRow; reason: string; cascadeFrom: string }[] = [];
  for (;;) {
    const held = await heldAchievementIds(trx, root.org_id, userId, now);
    const active = (await listLearnerCredentials(trx, root.org_id, userId)).filter(
      (c) => credentialStateOf(c, now) === 'active',
    );
    for (const c of active)
      if (!achievements.has(c.achievement_id)) {
        // An archived achievement still has its credentials, and its stacking still holds them.
        const archived = await findAchievement(trx, root.org_id, c.achievement_id);
        if (archived) achievements.set(archived.id, archived);
      }
    const lost = active.flatMap((c) => {
      const achievement = achievements.get(c.achievement_id);
      const part = achievement ? stackedPartLost(achievement.criteria, held) : null;
      return part ? [{ row: c, part }] : [];
    });
    if (lost.length === 0) return done;
    for (const { row, part } of lost) {
      const reason = cascadeReason(nameOf(part), rootReason);
      await markCredentialRevoked(trx, root.org_id, row.id, reason, now);
      done.push({ row, reason, cascadeFrom: root.id });
    }
  }
}
