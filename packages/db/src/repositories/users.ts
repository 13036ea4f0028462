import type { Kysely, Selectable } from 'kysely';
import type { Database, UsersTable } from '../schema.ts';

export type User = Selectable<UsersTable>;

/** Creates a user; the email must already be normalized. A taken email raises a unique violation (23505). */
export async function createUser(
  db: Kysely<Database>,
  input: {
    email: string;
    name: string;
    passwordHash: string;
    locale?: string;
    kind?: string;
    /** Set when the address is known to be the person's (demo and command-line accounts); else unverified. */
    emailVerifiedAt?: Date | null;
  },
): Promise<User> {
  return db
    .insertInto('users')
    .values({
      email: input.email,
      name: input.name,
      password_hash: input.passwordHash,
      locale: input.locale ?? 'en',
      kind: input.kind ?? 'learner',
      email_verified_at: input.emailVerifiedAt ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<User | null> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<User | null> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}

export async function updateUser(
  db: Kysely<Database>,
  id: string,
  patch: { name?: string | undefined; locale?: string | undefined },
): Promise<User> {
  const values: { name?: string; locale?: string } = {};
  if (patch.name !== undefined) values.name = patch.name;
  if (patch.locale !== undefined) values.locale = patch.locale;
  if (Object.keys(values).length === 0) {
    return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  }
  return db.updateTable('users').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}
