import { type Kysely, sql } from 'kysely';

/**
 * A learner's public profile (issue 14): one per learner and organization, off until the learner turns it on.
 * `handle` is the random, unguessable part of its address (`/profile/<handle>`): a new one is drawn when the
 * learner asks for a new address or turns the profile on again, so an address that stopped working never comes
 * back. `display_name` null shows the account's name; `credential_ids` are the learner's credentials chosen to
 * appear (only those still active when the page is opened are shown). The row hangs off the membership: a
 * learner who leaves the organization loses their profile with it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table public_profiles (
      org_id uuid not null references organizations(id) on delete cascade,
      user_id uuid not null references users(id) on delete cascade,
      handle text not null unique check (handle ~ '^[A-Za-z0-9_-]{22,64}$'),
      enabled boolean not null default false,
      display_name text check (display_name is null or length(display_name) between 1 and 80),
      headline text check (headline is null or length(headline) between 1 and 140),
      credential_ids uuid[] not null default '{}',
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (org_id, user_id),
      foreign key (org_id, user_id) references memberships(org_id, user_id) on delete cascade
    )
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table public_profiles`.execute(db);
}
