import { type Kysely, sql } from 'kysely';

/**
 * Verified email addresses: `users.email_verified_at` (null until the person follows a link sent to the address,
 * or accepts an invitation link sent there), and the single-use, expiring verification tokens, stored hashed.
 * NOTE: accounts that exist before this migration stay unverified: nobody proved their mailbox yet.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users add column email_verified_at timestamptz;
    create table email_verification_tokens (
      token_hash text primary key,
      user_id uuid not null references users(id) on delete cascade,
      email text not null,
      expires_at timestamptz not null,
      used_at timestamptz,
      created_at timestamptz not null default now()
    );
    create index email_verification_tokens_user_idx on email_verification_tokens (user_id, created_at desc);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table email_verification_tokens;
    alter table users drop column email_verified_at;
  `.execute(db);
}
