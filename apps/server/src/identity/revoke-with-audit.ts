import { AppError } from '@pathwise/core';
import { type Database, recordAudit } from '@pathwise/db';
import type { Kysely } from 'kysely';
import type { Principal } from '../types.ts';
import { actorToken, actorUser } from './actor.ts';

interface Revocation {
  orgId: string;
  /** The kind of thing, as the audit trail names it: the entry's action is `<targetType>.revoked`. */
  targetType: string;
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
 * await revokeWithAudit(ctx.db.kysely, request.principal, {
 *   orgId, targetType: 'api_token', targetId: id, notFound: 'No such token',
 *   revoke: (trx) => revokeApiToken(trx, orgId, id),
 * });
 */
export async function revokeWithAudit(
  db: Kysely<Database>,
  principal: Principal | null,
  { orgId, targetType, targetId, notFound, revoke }: Revocation,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!(await revoke(trx))) throw new AppError('not_found', notFound);
    await recordAudit(trx, {
      orgId,
      actorUserId: actorUser(principal),
      actorTokenId: actorToken(principal),
      action: `${targetType}.revoked`,
      targetType,
      targetId,
    });
  });
}
