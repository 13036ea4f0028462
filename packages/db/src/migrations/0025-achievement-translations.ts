import { type Kysely, sql } from 'kysely';

/**
 * An achievement's name and description in the languages other than English (issue 14): `{ "es": { "name",
 * "description" } }`, read through `parseAchievementTranslations`. Credentials carry them as alternate language
 * editions of the achievement (OB 3.0 `related`, with VC 2.0 language values); pages show the reader's language.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table achievements add column translations jsonb not null default '{}'::jsonb`.execute(db);
  await sql`
    alter table achievements add constraint achievements_translations_object
      check (jsonb_typeof(translations) = 'object')
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table achievements drop column translations`.execute(db);
}
