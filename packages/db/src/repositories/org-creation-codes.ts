import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** Stores a new organization-creation code by its hash (the code itself is never kept). */
export async function createOrgCreationCode(
  db: Kysely<Database>,
  input: { codeHash: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('org_creation_codes')
    .values({ code_hash: input.codeHash, created_at: input.createdAt, expires_at: input.expiresAt })
    .execute();
}

/**
 * Uses an organization-creation code once: marks it used when it is unused and not expired, and returns true;
 * false otherwise. One statement, so two requests cannot both use it; call in the transaction that creates the
 * organization, so that a refused creation leaves the code unused.
 */
export async function consumeOrgCreationCode(
  db: Kysely<Database>,
  codeHash: string,
  now: Date,
): Promise<boolean> {
  const row = await db
    .updateTable('org_creation_codes')
    .set({ used_at: now })
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('code_hash')
    .executeTakeFirst();
  return row !== undefined;
}

/** Records the organization a used code created. */
export async function markOrgCreationCodeOrg(
  db: Kysely<Database>,
  codeHash: string,
  orgId: string,
): Promise<void> {
  await db
    .updateTable('org_creation_codes')
    .set({ created_org_id: orgId })
    .where('code_hash', '=', codeHash)
    .execute();
}
