import type { Kysely, Selectable } from 'kysely';
import type { Database, SessionsTable } from '../schema.ts';

export type Session = Selectable<SessionsTable>;

export async function createSession(
  db: Kysely<Database>,
  input: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date },
): Promise<Session> {
  return db
    .insertInto('sessions')
    .values({
      token_hash: input.tokenHash,
      user_id: input.userId,
      csrf_token: input.csrfToken,
      expires_at: input.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The unexpired session with that token hash, whose user still exists. */
export async function findLiveSession(
  db: Kysely<Database>,
  tokenHash: string,
  now: Date,
): Promise<Session | null> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .selectAll('s')
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', now)
    .where('u.deleted_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}
