import { lockIssuer, recordAudit, retireActiveIssuerKey } from '@pathwise/db';
import { keyRotatedEvent } from '@pathwise/open-badges';
import type { AppContext } from '../runtime/types.ts';
import { appendToLog } from './issuance-log.ts';
import { addIssuerKey, loadIssuer } from './issuer-identity.ts';

/**
 * Rotates the organization's signing key: the active key is retired (it stays in the DID document, so what it
 * signed still verifies), a new key is generated, sealed and made active, and the rotation is logged with the
 * new key. Returns the new public key.
 */
export async function rotateIssuerKey(
  ctx: AppContext,
  input: { orgId: string; actorUserId: string | null; actorTokenId: string | null },
): Promise<string> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await lockIssuer(trx, input.orgId);
    const before = await loadIssuer(trx, ctx, input.orgId);
    const now = ctx.now();
    const retired = await retireActiveIssuerKey(trx, input.orgId, now);
    const added = await addIssuerKey(trx, ctx, input.orgId, before.did);
    const issuer = await loadIssuer(trx, ctx, input.orgId);
    await appendToLog(trx, ctx, issuer, [keyRotatedEvent(before.did, added, retired ?? undefined, now)]);
    await recordAudit(trx, {
      orgId: input.orgId,
      actorUserId: input.actorUserId,
      actorTokenId: input.actorTokenId,
      action: 'issuer.key_rotated',
      targetType: 'organization',
      targetId: input.orgId,
      details: { newKey: added, retiredKey: retired },
    });
    return added;
  });
}
