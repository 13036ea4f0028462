import { type Kysely, sql } from 'kysely';

/** Organizations, people, roles, sessions, invitations, join codes, API tokens and the audit trail. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table organizations (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
      name text not null,
      settings jsonb not null default '{}',
      created_at timestamptz not null default now()
    );
    create table users (
      id uuid primary key default gen_random_uuid(),
      email text not null,
      name text not null,
      password_hash text not null,
      locale text not null default 'en',
      kind text not null default 'learner' check (kind in ('learner','employer')),
      created_at timestamptz not null default now(),
      deleted_at timestamptz
    );
    create unique index users_email_key on users (email) where deleted_at is null;
    create table memberships (
      org_id uuid not null references organizations(id) on delete cascade,
      user_id uuid not null references users(id) on delete cascade,
      role text not null check (role in ('learner','teacher','admin','employer')),
      created_at timestamptz not null default now(),
      primary key (org_id, user_id)
    );
    create index memberships_user_idx on memberships (user_id);
    create table sessions (
      token_hash text primary key,
      user_id uuid not null references users(id) on delete cascade,
      csrf_token text not null,
      active_org_id uuid references organizations(id) on delete set null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    );
    create index sessions_user_idx on sessions (user_id);
    create table invitations (
      id uuid primary key default gen_random_uuid(),
      org_id uuid not null references organizations(id) on delete cascade,
      email text not null,
      role text not null check (role in ('learner','teacher','admin','employer')),
      token_hash text not null unique,
      invited_by uuid references users(id) on delete set null,
      expires_at timestamptz not null,
      accepted_at timestamptz,
      accepted_by uuid references users(id) on delete set null,
      revoked_at timestamptz,
      created_at timestamptz not null default now()
    );
    create index invitations_org_idx on invitations (org_id, created_at desc);
    create table join_codes (
      id uuid primary key default gen_random_uuid(),
      org_id uuid not null references organizations(id) on delete cascade,
      code text not null unique,
      role text not null check (role in ('learner','teacher')),
      max_uses integer check (max_uses is null or max_uses > 0),
      uses integer not null default 0,
      expires_at timestamptz,
      revoked_at timestamptz,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now()
    );
    create index join_codes_org_idx on join_codes (org_id);
    create table api_tokens (
      id uuid primary key default gen_random_uuid(),
      org_id uuid not null references organizations(id) on delete cascade,
      name text not null,
      role text not null check (role in ('learner','teacher','admin','employer')),
      token_hash text not null unique,
      prefix text not null,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    );
    create index api_tokens_org_idx on api_tokens (org_id);
    create table audit_events (
      id bigserial primary key,
      org_id uuid references organizations(id) on delete cascade,
      actor_user_id uuid,
      actor_token_id uuid,
      action text not null,
      target_type text,
      target_id text,
      details jsonb not null default '{}',
      created_at timestamptz not null default now()
    );
    create index audit_events_org_idx on audit_events (org_id, created_at desc);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table audit_events; drop table api_tokens; drop table join_codes; drop table invitations;
    drop table sessions; drop table memberships; drop table users; drop table organizations;
  `.execute(db);
}
