import type { Kysely, Selectable } from 'kysely';
import type { Database, OrganizationsTable } from '../schema.ts';

export type Organization = Selectable<OrganizationsTable>;

/** Creates an organization; a taken slug raises the database's unique violation (23505). */
export async function createOrganization(
  db: Kysely<Database>,
  input: { slug: string; name: string },
): Promise<Organization> {
  return db
    .insertInto('organizations')
    .values({ slug: input.slug, name: input.name, settings: '{}' })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findOrganizationById(db: Kysely<Database>, id: string): Promise<Organization | null> {
  return (await db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

export async function findOrganizationBySlug(
  db: Kysely<Database>,
  slug: string,
): Promise<Organization | null> {
  return (
    (await db.selectFrom('organizations').selectAll().where('slug', '=', slug).executeTakeFirst()) ?? null
  );
}
