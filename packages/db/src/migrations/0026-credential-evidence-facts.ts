import { type Kysely, sql } from 'kysely';

/**
 * Evidence that says what happened (issue 14): a credential issued automatically keeps the facts its signed
 * evidence was worded from (each skill mastered: when, how, on how many items; the credentials it stacks on), so
 * that pages word them in their reader's language. Null for a teacher's award, an administrator's re-award (their
 * own words are the evidence) and every credential issued before this migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table issued_credentials add column evidence_facts jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table issued_credentials drop column evidence_facts`.execute(db);
}
