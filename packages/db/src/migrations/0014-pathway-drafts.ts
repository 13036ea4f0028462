import { type Kysely, sql } from 'kysely';

/**
 * Draft pathways and their attribution (issue 10): an imported pathway starts as a draft that learners do not
 * see until an administrator publishes it; the dataset's attribution is kept apart from the description. Every
 * pathway stored before is published. The import runs' list of formats goes: the formats are the registry's
 * (`IMPORT_FORMATS` in core), checked by the routes and the CLI, so a new format needs no migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table pathways
      add column status text not null default 'published' check (status in ('draft', 'published')),
      add column attribution jsonb;
  `.execute(db);
  await sql`alter table import_runs drop constraint if exists import_runs_format_check`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table import_runs add constraint import_runs_format_check check (format in ('oatutor','mathcamps','gsm8k'))
  `.execute(db);
  await sql`alter table pathways drop column status, drop column attribution`.execute(db);
}
