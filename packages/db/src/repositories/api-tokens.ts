import type { Kysely, Selectable } from 'kysely';
import type { ApiTokensTable, Database } from '../schema.ts';
import { listLiveRows, revokeLiveRow } from './revocable-rows.ts';

export type ApiToken = Selectable<ApiTokensTable>;

export async function createApiToken(
  db: Kysely<Database>,
  input: {
    orgId: string;
    name: string;
    role: string;
    tokenHash: string;
    prefix: string;
    createdBy: string | null;
  },
): Promise<ApiToken> {
  return db
    .insertInto('api_tokens')
    .values({
      org_id: input.orgId,
      name: input.name,
      role: input.role,
      token_hash: input.tokenHash,
      prefix: input.prefix,
      created_by: input.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The live (unrevoked) API tokens of an organization, newest first. */
export function listApiTokens(db: Kysely<Database>, orgId: string): Promise<ApiToken[]> {
  return listLiveRows(db, 'api_tokens', orgId);
}

/**
 * The live (unrevoked) token with that hash; records when it was last used. A token acts for the administrator
 * who made it: it is live only while that person is still an admin member of its organization (demoted, removed
 * or deleted, and the token stops; promoted back, and it works again). Tokens with no creator were made by the
 * operator with the CLI and answer to nobody in the organization.
 */
export async function useApiToken(
  db: Kysely<Database>,
  tokenHash: string,
  now: Date,
): Promise<ApiToken | null> {
  const row = await db
    .updateTable('api_tokens')
    .set({ last_used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('api_tokens.created_by', 'is', null),
        eb.exists(
          eb
            .selectFrom('memberships')
            .select('memberships.user_id')
            .whereRef('memberships.org_id', '=', 'api_tokens.org_id')
            .whereRef('memberships.user_id', '=', 'api_tokens.created_by')
            .where('memberships.role', '=', 'admin'),
        ),
      ]),
    )
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

/** Revokes a live API token of the organization; false when there is none. */
export function revokeApiToken(db: Kysely<Database>, orgId: string, id: string): Promise<boolean> {
  return revokeLiveRow(db, 'api_tokens', orgId, id);
}
