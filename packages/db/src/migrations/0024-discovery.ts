import { type Kysely, sql } from 'kysely';

/**
 * Finding candidates, with consent (issue 14). `discovery_settings`: a learner's choice to be discoverable by the
 * employers of their organization, and which credentials they may see (off, none chosen, until the learner says
 * otherwise); `handle` is a random secret from which each employer's pseudonym of the learner is derived, renewed
 * every time discovery is turned on, so a pseudonym from before turning it off never leads to them again.
 * `contact_requests`: an employer's request to a candidate, with a short message, which the learner accepts
 * (a share link of theirs is made) or declines; at most one pending request per employer and pseudonym (a
 * learner who turned discovery off and on again is a new pseudonym, which no earlier request links to them).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table discovery_settings (
      org_id uuid not null references organizations(id) on delete cascade,
      user_id uuid not null references users(id) on delete cascade,
      enabled boolean not null default false,
      credential_ids uuid[] not null default '{}',
      handle text not null,
      updated_at timestamptz not null,
      primary key (org_id, user_id)
    );
    create index discovery_settings_enabled_idx on discovery_settings (org_id) where enabled;
    create table contact_requests (
      id uuid primary key default gen_random_uuid(),
      org_id uuid not null references organizations(id) on delete cascade,
      learner_id uuid not null references users(id) on delete cascade,
      employer_id uuid not null references users(id) on delete cascade,
      candidate text not null,
      job_name text not null default '' check (length(job_name) <= 200),
      message text not null check (length(message) between 1 and 500),
      status text not null default 'pending' check (status in ('pending', 'accepted', 'declined')),
      share_link_id uuid references share_links(id) on delete set null,
      created_at timestamptz not null,
      answered_at timestamptz
    );
    create unique index contact_requests_one_pending on contact_requests (org_id, employer_id, candidate)
      where status = 'pending';
    create index contact_requests_learner_idx on contact_requests (org_id, learner_id, created_at desc);
    create index contact_requests_employer_idx on contact_requests (org_id, employer_id, created_at desc);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table contact_requests;
    drop table discovery_settings;
  `.execute(db);
}
