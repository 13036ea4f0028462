import { type Kysely, sql } from 'kysely';

/**
 * Organization-creation codes (issue 9, ORG_SIGNUP=invite): made by the operator with `pathwise org invite`,
 * stored as the SHA-256 of the code only, used once (`used_at`, the organization made with it), expiring.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table org_creation_codes (
      code_hash text primary key,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz,
      created_org_id uuid references organizations (id) on delete set null
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table org_creation_codes`.execute(db);
}
