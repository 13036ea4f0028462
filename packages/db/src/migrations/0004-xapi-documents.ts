import { type Kysely, sql } from 'kysely';

/**
 * The rest of the Learning Record Store: documents of the State, Activity Profile and Agent Profile resources,
 * attachment data (by SHA-2, shared by the statements of an organization that carry it), and the Basic-auth
 * credentials activity providers use, each scoped to one organization.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table xapi_documents (
      org_id uuid not null references organizations(id) on delete cascade,
      kind text not null check (kind in ('state', 'activity_profile', 'agent_profile')),
      activity_id text not null default '',
      agent_key text not null default '',
      registration text not null default '',
      document_id text not null,
      content_type text not null,
      contents bytea not null,
      etag text not null,
      updated timestamptz not null,
      primary key (org_id, kind, activity_id, agent_key, registration, document_id)
    );

    create table xapi_attachments (
      org_id uuid not null references organizations(id) on delete cascade,
      sha2 text not null,
      content_type text,
      data bytea not null,
      primary key (org_id, sha2)
    );

    create table xapi_credentials (
      id uuid primary key default gen_random_uuid(),
      org_id uuid not null references organizations(id) on delete cascade,
      name text not null,
      key text not null unique,
      secret_hash text not null,
      scopes text[] not null,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      revoked_at timestamptz
    );
    create index xapi_credentials_org_idx on xapi_credentials (org_id) where revoked_at is null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table xapi_credentials; drop table xapi_attachments; drop table xapi_documents;`.execute(db);
}
