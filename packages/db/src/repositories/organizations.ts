import { parseOrganizationSettings } from '@pathwise/core/identity';
import type { Kysely, Selectable } from 'kysely';
import type { Database, OrganizationsTable } from '../schema.ts';

/** An organization as read, its settings checked (`parseOrganizationSettings`). */
export type Organization = Selectable<OrganizationsTable>;

const parsed = (row: Organization): Organization => ({
  ...row,
  settings: parseOrganizationSettings(row.settings),
});

/** Creates an organization; a taken slug raises the database's unique violation (23505). */
export async function createOrganization(
  db: Kysely<Database>,
  input: { slug: string; name: string },
): Promise<Organization> {
  return parsed(
    await db
      .insertInto('organizations')
      .values({ slug: input.slug, name: input.name, settings: '{}' })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
}

export async function findOrganizationById(db: Kysely<Database>, id: string): Promise<Organization | null> {
  const row = await db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? parsed(row) : null;
}

export async function findOrganizationBySlug(
  db: Kysely<Database>,
  slug: string,
): Promise<Organization | null> {
  const row = await db.selectFrom('organizations').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? parsed(row) : null;
}
