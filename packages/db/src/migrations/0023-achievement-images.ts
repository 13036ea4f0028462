import { type Kysely, sql } from 'kysely';

/**
 * An achievement's image (issue 14), at most one per achievement: a PNG or sanitized SVG an administrator uploaded
 * (its bytes, at most 40 KB), or a generated design (its shape and colour: the SVG is drawn from the achievement's
 * current name whenever it is needed). Credentials carry the image as a data: URI inside what is signed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table achievement_images (
      achievement_id uuid primary key references achievements(id) on delete cascade,
      org_id uuid not null references organizations(id) on delete cascade,
      source text not null check (source in ('upload', 'generated')),
      media_type text not null check (media_type in ('image/png', 'image/svg+xml')),
      content bytea check (content is null or octet_length(content) between 1 and 40960),
      design_shape text check (design_shape is null or design_shape in ('circle', 'shield', 'hexagon')),
      design_color text check (design_color is null or design_color ~ '^#[0-9a-f]{6}$'),
      updated_at timestamptz not null,
      check (source = 'upload' or media_type = 'image/svg+xml'),
      check ((source = 'upload') = (content is not null)),
      check ((source = 'generated') = (design_shape is not null and design_color is not null))
    )
  `.execute(db);
  await sql`create index achievement_images_org_idx on achievement_images (org_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table achievement_images`.execute(db);
}
