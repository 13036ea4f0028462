import { AppError } from '@pathwise/core/errors';
import type { RevocableKind } from '@pathwise/core/identity';
import { type Database, recordAudit } from '@pathwise/db';
import type { Kysely } from 'kysely';
import type { AppContext } from '../runtime/types.ts';
import type { OrgActor } from './actor.ts';

interface Revocation {
  /** The kind of thing, as the audit trail names it: the entry's action is `<targetType>.revoked`. */
  targetType: RevocableKind;
  targetId: string;
  /** The message of the 404 when there is no such live thing. */
  notFound: string;
  /** Revokes it in the transaction; false when there is no such live thing. */
  revoke(trx: Kysely<Database>): Promise<boolean>;
}

/**
 * Revokes something an organization handed out (an invitation, a join code, an API token, an LRS credential) and
 * records who did it, in one transaction: a 404 `AppError` and nothing written when there is no such live thing.
 *
 * @example
 * await revokeWithAudit(ctx, actor, {
 *   targetType: 'api_token', targetId: id, notFound: 'No such token',
 *   revoke: (trx) => revokeApiToken(trx, actor.orgId, id),
 * });
 */
export async function revokeWithAudit(
  ctx: AppContext,
  actor: OrgActor,
  { targetType, targetId, notFound, revoke }: Revocation,
): Promise<void> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    if (!(await revoke(trx))) throw new AppError('not_found', notFound);
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      actorTokenId: actor.tokenId,
      action: `${targetType}.revoked`,
      targetType,
      targetId,
    });
  });
}
