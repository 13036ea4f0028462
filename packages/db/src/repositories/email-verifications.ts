import type { Kysely, Selectable } from 'kysely';
import type { Database, EmailVerificationTokensTable } from '../schema.ts';

export type EmailVerificationToken = Selectable<EmailVerificationTokensTable>;

/** Stores a verification link's token (its hash only) for one account and the address it was sent to. */
export async function createEmailVerificationToken(
  db: Kysely<Database>,
  input: { tokenHash: string; userId: string; email: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('email_verification_tokens')
    .values({
      token_hash: input.tokenHash,
      user_id: input.userId,
      email: input.email,
      expires_at: input.expiresAt,
    })
    .execute();
}

/** The token with this hash, used or not, or null. */
export async function findEmailVerificationToken(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<EmailVerificationToken | null> {
  const row = await db
    .selectFrom('email_verification_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row ?? null;
}

/**
 * Marks the token used if it is still unused and unexpired; true when this call used it. The condition is in
 * the update itself, so two requests racing with the same link cannot both use it.
 */
export async function useEmailVerificationToken(
  db: Kysely<Database>,
  tokenHash: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('email_verification_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Records that the person proved they hold `email`, if the account (live) still has that address; true when it
 * has. An address verified earlier keeps its first date.
 */
export async function markEmailVerified(
  db: Kysely<Database>,
  userId: string,
  email: string,
  now: Date,
): Promise<boolean> {
  const row = await db
    .updateTable('users')
    .set((eb) => ({ email_verified_at: eb.fn.coalesce('email_verified_at', eb.val(now)) }))
    .where('id', '=', userId)
    .where('email', '=', email)
    .where('deleted_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
