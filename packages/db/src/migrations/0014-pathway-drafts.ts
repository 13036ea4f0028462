import { type Kysely, sql } from 'kysely';

/**
 * Draft pathways and their attribution (issue 10): an imported pathway starts as a draft that learners do not
 * see until an administrator publishes it; the dataset's attribution is kept apart from the description. Every
 * pathway stored before is published.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table pathways
      add column status text not null default 'published' check (status in ('draft', 'published')),
      add column attribution jsonb;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table pathways drop column status, drop column attribution`.execute(db);
}
