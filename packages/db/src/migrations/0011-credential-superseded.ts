import { type Kysely, sql } from 'kysely';

/**
 * An expired credential may be earned again (issue 9): the new copy supersedes it (`superseded_at`), and the one
 * live credential per learner and achievement is the one neither revoked nor superseded. A revoked credential is
 * never superseded automatically: only an administrator's re-award issues the achievement again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table issued_credentials add column superseded_at timestamptz;
    drop index issued_credentials_one_live;
    create unique index issued_credentials_one_live on issued_credentials (org_id, user_id, achievement_id)
      where revoked_at is null and superseded_at is null;
    create index issued_credentials_latest_idx on issued_credentials (org_id, user_id, achievement_id, log_index desc);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index issued_credentials_latest_idx;
    drop index issued_credentials_one_live;
    alter table issued_credentials drop column superseded_at;
    create unique index issued_credentials_one_live on issued_credentials (org_id, user_id, achievement_id)
      where revoked_at is null;
  `.execute(db);
}
