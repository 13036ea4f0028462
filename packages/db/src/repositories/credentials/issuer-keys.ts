import type { Kysely, Selectable } from 'kysely';
import type { Database, IssuerKeysTable } from '../../schema.ts';

export type IssuerKeyRow = Selectable<IssuerKeysTable>;

/** The organization's key history, oldest first (sealed secrets included: for the server's own use only). */
export async function listIssuerKeys(db: Kysely<Database>, orgId: string): Promise<IssuerKeyRow[]> {
  return db
    .selectFrom('issuer_keys')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Adds a key to the history. */
export async function insertIssuerKey(
  db: Kysely<Database>,
  input: {
    orgId: string;
    verificationMethod: string;
    publicKeyMultibase: string;
    sealedSecret: string;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('issuer_keys')
    .values({
      org_id: input.orgId,
      verification_method: input.verificationMethod,
      public_key_multibase: input.publicKeyMultibase,
      sealed_secret: input.sealedSecret,
      status: 'active',
      created_at: input.now,
    })
    .execute();
}

/** Marks the active key retired (it stays in the DID document); returns its public key, if there was one. */
export async function retireActiveIssuerKey(
  db: Kysely<Database>,
  orgId: string,
  now: Date,
): Promise<string | null> {
  const row = await db
    .updateTable('issuer_keys')
    .set({ status: 'retired', retired_at: now })
    .where('org_id', '=', orgId)
    .where('status', '=', 'active')
    .returning('public_key_multibase')
    .executeTakeFirst();
  return row?.public_key_multibase ?? null;
}

/**
 * Locks the organization row for the rest of the transaction: issuance, revocation and rotation of one
 * organization take turns, so log appends and status-list updates never race. NOTE: FOR NO KEY UPDATE, not FOR
 * UPDATE: every insert into a table with a foreign key to `organizations` takes a KEY SHARE lock on the row, which
 * FOR UPDATE would block for as long as a credential is being signed (issuer-lock.test.ts).
 */
export async function lockIssuer(db: Kysely<Database>, orgId: string): Promise<void> {
  await db.selectFrom('organizations').select('id').where('id', '=', orgId).forNoKeyUpdate().execute();
}
