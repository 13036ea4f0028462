import { type Kysely, sql } from 'kysely';

/**
 * Verifiable credentials, per organization: issuer keys (secret sealed at rest), achievements with criteria and
 * stacking, issued credentials, Bitstring Status Lists, the issuance log (RFC 9162 leaves and node hashes, signed
 * checkpoints), learner notifications, share links with their view log, and employers' job profiles.
 * Issued credentials keep no foreign key to the learner: deleting an account clears `user_id`, the credential
 * stays verifiable.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table issuer_keys (
      id uuid primary key default gen_random_uuid(),
      org_id uuid not null references organizations(id) on delete cascade,
      verification_method text not null unique,
      public_key_multibase text not null,
      sealed_secret text not null,
      status text not null check (status in ('active','retired','revoked')),
      created_at timestamptz not null default now(),
      retired_at timestamptz
    );
    create unique index issuer_keys_one_active on issuer_keys (org_id) where status = 'active';
    create table achievements (
      id uuid primary key default gen_random_uuid(),
      org_id uuid not null references organizations(id) on delete cascade,
      name text not null check (length(name) between 1 and 200),
      description text not null default '',
      achievement_type text not null default 'Badge',
      criteria jsonb not null,
      skill_ids text[] not null default '{}',
      validity_days integer check (validity_days is null or validity_days > 0),
      created_at timestamptz not null default now(),
      archived_at timestamptz
    );
    create index achievements_org_idx on achievements (org_id, created_at);
    create table issued_credentials (
      id uuid primary key default gen_random_uuid(),
      org_id uuid not null references organizations(id) on delete cascade,
      user_id uuid references users(id) on delete set null,
      achievement_id uuid not null references achievements(id) on delete restrict,
      credential_id text not null unique,
      status_list integer not null,
      status_index integer not null,
      log_index bigint not null,
      document jsonb not null,
      evidence jsonb not null default '[]',
      awarded_by uuid references users(id) on delete set null,
      issued_at timestamptz not null,
      valid_until timestamptz,
      revoked_at timestamptz,
      revocation_reason text,
      unique (org_id, status_list, status_index)
    );
    create unique index issued_credentials_one_live on issued_credentials (org_id, user_id, achievement_id)
      where revoked_at is null;
    create index issued_credentials_user_idx on issued_credentials (org_id, user_id);
    create table status_lists (
      org_id uuid not null references organizations(id) on delete cascade,
      list_no integer not null,
      encoded_list text not null,
      credential jsonb not null,
      updated_at timestamptz not null,
      primary key (org_id, list_no)
    );
    create table issuance_log_entries (
      org_id uuid not null references organizations(id) on delete cascade,
      idx bigint not null,
      entry bytea not null,
      primary key (org_id, idx)
    );
    create table issuance_log_nodes (
      org_id uuid not null references organizations(id) on delete cascade,
      level smallint not null,
      idx bigint not null,
      hash bytea not null,
      primary key (org_id, level, idx)
    );
    create table issuance_log_checkpoints (
      org_id uuid not null references organizations(id) on delete cascade,
      tree_size bigint not null,
      checkpoint jsonb not null,
      created_at timestamptz not null default now(),
      primary key (org_id, tree_size)
    );
    create table credential_notifications (
      id uuid primary key default gen_random_uuid(),
      org_id uuid not null references organizations(id) on delete cascade,
      user_id uuid not null references users(id) on delete cascade,
      credential_id uuid not null references issued_credentials(id) on delete cascade,
      created_at timestamptz not null,
      read_at timestamptz
    );
    create index credential_notifications_user_idx on credential_notifications (org_id, user_id, created_at);
    create table share_links (
      id uuid primary key default gen_random_uuid(),
      org_id uuid not null references organizations(id) on delete cascade,
      user_id uuid not null references users(id) on delete cascade,
      token_hash text not null unique,
      label text not null default '',
      credential_ids uuid[] not null,
      expires_at timestamptz not null,
      revoked_at timestamptz,
      created_at timestamptz not null
    );
    create index share_links_user_idx on share_links (org_id, user_id);
    create table share_link_views (
      id bigserial primary key,
      share_link_id uuid not null references share_links(id) on delete cascade,
      viewed_at timestamptz not null,
      viewer text not null
    );
    create table job_profiles (
      id uuid primary key default gen_random_uuid(),
      org_id uuid not null references organizations(id) on delete cascade,
      name text not null check (length(name) between 1 and 200),
      source text not null check (source in ('manual','onet','esco')),
      source_code text,
      skills jsonb not null,
      created_at timestamptz not null
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table job_profiles; drop table share_link_views; drop table share_links;
    drop table credential_notifications; drop table issuance_log_checkpoints; drop table issuance_log_nodes;
    drop table issuance_log_entries; drop table status_lists; drop table issued_credentials;
    drop table achievements; drop table issuer_keys;
  `.execute(db);
}
