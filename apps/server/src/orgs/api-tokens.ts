import type { Role } from '@pathwise/core/identity';
import { type ApiToken, createApiToken, listApiTokens, recordAudit, revokeApiToken } from '@pathwise/db';
import type { OrgActor } from '../identity/actor.ts';
import { revokeWithAudit } from '../identity/revoke-with-audit.ts';
import { hashToken, newSecretToken } from '../identity/secret-token.ts';
import type { AppContext } from '../runtime/types.ts';

/** Creates an API token (audited): stored hashed, the secret returned here only. */
export async function createOrgApiToken(
  ctx: AppContext,
  actor: OrgActor,
  input: { name: string; role: Role },
): Promise<{ apiToken: ApiToken; token: string }> {
  const token = newSecretToken('pw_');
  const apiToken = await ctx.db.kysely.transaction().execute(async (trx) => {
    const row = await createApiToken(trx, {
      orgId: actor.orgId,
      name: input.name,
      role: input.role,
      tokenHash: hashToken(token),
      prefix: token.slice(0, 10),
      createdBy: actor.userId,
    });
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'api_token.created',
      targetType: 'api_token',
      targetId: row.id,
      details: { role: row.role, name: row.name },
    });
    return row;
  });
  return { apiToken, token };
}

/** The live API tokens of the organization (never their secrets). */
export function listOrgApiTokens(ctx: AppContext, actor: OrgActor): Promise<ApiToken[]> {
  return listApiTokens(ctx.db.kysely, actor.orgId);
}

/** Revokes an API token (audited; 404 when there is no such live one). */
export function revokeOrgApiToken(ctx: AppContext, actor: OrgActor, tokenId: string): Promise<void> {
  return revokeWithAudit(ctx, actor, {
    targetType: 'api_token',
    targetId: tokenId,
    notFound: 'No such token',
    revoke: (trx) => revokeApiToken(trx, actor.orgId, tokenId),
  });
}
