import { type Kysely, sql } from 'kysely';

/**
 * A share link's owner can copy it again (issue 14): besides the hash that finds the link, the token is kept
 * sealed under the server's sealing key (AES-256-GCM, bound to the row's token hash). Links made before this
 * migration have no sealed token (null): they still open, but their owner cannot copy them again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table share_links add column sealed_token text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table share_links drop column sealed_token`.execute(db);
}
