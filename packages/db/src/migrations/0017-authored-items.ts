import { type Kysely, sql } from 'kysely';

/**
 * Items teachers write (issue 12): an item of the bank has a status (a `draft` copy is not served, an `archived`
 * item is served no more; every item stored before is `published`), the person who wrote it (`created_by`), its
 * credit line (`attribution`, "Adapted from …" on a copy), the item it was copied from, and when it last changed.
 * Authored items keep `source = 'authored'`; imported and generated items are copied, never changed in place.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table items
      add column status text not null default 'published' check (status in ('draft', 'published', 'archived')),
      add column created_by uuid references users(id) on delete set null,
      add column attribution text check (attribution is null or length(attribution) <= 500),
      add column copied_from text,
      add column updated_at timestamptz not null default now();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table items
      drop column status, drop column created_by, drop column attribution, drop column copied_from,
      drop column updated_at
  `.execute(db);
}
