import { AppError } from '@pathwise/core';
import { findIssuedCredential, lockIssuer, markCredentialRevoked, recordAudit } from '@pathwise/db';
import { credentialRevokedEvent } from '@pathwise/open-badges';
import type { AppContext } from '../types.ts';
import { appendToLog } from './issuance-log.ts';
import { loadIssuer } from './issuer-identity.ts';
import { currentStatusList, publishStatusList } from './status-list-store.ts';

/**
 * Revokes a credential with a reason: sets its status bit, re-signs and publishes the status list, logs the
 * revocation, and records who did it. Revoking twice is a conflict.
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
): Promise<void> {
  await ctx.db.db.transaction().execute(async (trx) => {
    await lockIssuer(trx, input.orgId);
    const row = await findIssuedCredential(trx, input.orgId, input.id, { forUpdate: true });
    if (!row) throw new AppError('not_found', 'No such credential');
    if (row.revoked_at) throw new AppError('conflict', 'This credential is already revoked');
    const issuer = await loadIssuer(trx, ctx, input.orgId);
    const list = (await currentStatusList(trx, ctx, issuer)).withStatus(row.status_index, true);
    const now = ctx.now();
    await markCredentialRevoked(trx, input.orgId, row.id, input.reason, now);
    await appendToLog(trx, ctx, issuer, [credentialRevokedEvent(row.credential_id, now)]);
    await publishStatusList(trx, ctx, issuer, list);
    await recordAudit(trx, {
      orgId: input.orgId,
      actorUserId: input.actorUserId,
      actorTokenId: input.actorTokenId,
      action: 'credential.revoked',
      targetType: 'credential',
      targetId: row.id,
      details: { reason: input.reason },
    });
  });
}
