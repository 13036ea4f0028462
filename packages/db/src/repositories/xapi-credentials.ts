import type { Kysely, Selectable } from 'kysely';
import type { Database, XapiCredentialsTable } from '../schema.ts';
import { listLiveRows, revokeLiveRow } from './revocable-rows.ts';

export type XapiCredential = Selectable<XapiCredentialsTable>;

/** Creates an LRS credential; the secret is given already hashed. */
export async function createXapiCredential(
  db: Kysely<Database>,
  input: {
    orgId: string;
    name: string;
    key: string;
    secretHash: string;
    scopes: string[];
    createdBy: string | null;
  },
): Promise<XapiCredential> {
  return db
    .insertInto('xapi_credentials')
    .values({
      org_id: input.orgId,
      name: input.name,
      key: input.key,
      secret_hash: input.secretHash,
      scopes: input.scopes,
      created_by: input.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The live (unrevoked) LRS credentials of an organization, newest first. */
export function listXapiCredentials(db: Kysely<Database>, orgId: string): Promise<XapiCredential[]> {
  return listLiveRows(db, 'xapi_credentials', orgId);
}

/** The live credential with this key, whatever its organization (the key decides the organization). */
export async function findXapiCredentialByKey(
  db: Kysely<Database>,
  key: string,
): Promise<XapiCredential | null> {
  const row = await db
    .selectFrom('xapi_credentials')
    .selectAll()
    .where('key', '=', key)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}

/** Revokes a credential of the organization; false when there is no such live credential. */
export function revokeXapiCredential(db: Kysely<Database>, orgId: string, id: string): Promise<boolean> {
  return revokeLiveRow(db, 'xapi_credentials', orgId, id);
}

/**
 * Deletes the organization's system credentials (made by no person) with this name: the demo seed replaces its
 * credential at every start.
 */
export async function deleteSystemXapiCredentials(
  db: Kysely<Database>,
  orgId: string,
  name: string,
): Promise<void> {
  await db
    .deleteFrom('xapi_credentials')
    .where('org_id', '=', orgId)
    .where('name', '=', name)
    .where('created_by', 'is', null)
    .execute();
}
