import type { Kysely, Selectable } from 'kysely';
import type { AchievementImagesTable, Database } from '../../schema.ts';

/** An achievement's image as read (its content a Buffer on both engines). */
export type AchievementImageRow = Selectable<AchievementImagesTable>;

/** What is written for an achievement's image: an upload's bytes, or a generated design's shape and colour. */
export type AchievementImageValues =
  | { source: 'upload'; mediaType: 'image/png' | 'image/svg+xml'; content: Buffer }
  | { source: 'generated'; shape: 'circle' | 'shield' | 'hexagon'; color: string };

// NOTE: PGlite reads bytea as a Uint8Array, node-postgres as a Buffer: callers see a Buffer either way.
const read = (row: AchievementImageRow): AchievementImageRow => ({
  ...row,
  content: row.content === null ? null : Buffer.from(row.content),
});

/** Sets (inserts or replaces) the image of an achievement the caller has found in the organization. */
export async function putAchievementImage(
  db: Kysely<Database>,
  input: { orgId: string; achievementId: string; values: AchievementImageValues; now: Date },
): Promise<AchievementImageRow> {
  const { values } = input;
  const columns =
    values.source === 'upload'
      ? {
          source: values.source,
          media_type: values.mediaType,
          content: values.content,
          design_shape: null,
          design_color: null,
        }
      : {
          source: values.source,
          media_type: 'image/svg+xml' as const,
          content: null,
          design_shape: values.shape,
          design_color: values.color,
        };
  const row = await db
    .insertInto('achievement_images')
    .values({
      achievement_id: input.achievementId,
      org_id: input.orgId,
      ...columns,
      updated_at: input.now,
    })
    .onConflict((oc) => oc.column('achievement_id').doUpdateSet({ ...columns, updated_at: input.now }))
    .returningAll()
    .executeTakeFirstOrThrow();
  return read(row);
}

/** The image of one achievement of the organization, or null. */
export async function findAchievementImage(
  db: Kysely<Database>,
  orgId: string,
  achievementId: string,
): Promise<AchievementImageRow | null> {
  const row = await db
    .selectFrom('achievement_images')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('achievement_id', '=', achievementId)
    .executeTakeFirst();
  return row ? read(row) : null;
}

/** The images of the organization's achievements, by achievement id. */
export async function listAchievementImages(
  db: Kysely<Database>,
  orgId: string,
): Promise<Map<string, AchievementImageRow>> {
  const rows = await db.selectFrom('achievement_images').selectAll().where('org_id', '=', orgId).execute();
  return new Map(rows.map((r) => [r.achievement_id, read(r)]));
}

/** Removes an achievement's image; whether there was one. */
export async function deleteAchievementImage(
  db: Kysely<Database>,
  orgId: string,
  achievementId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('achievement_images')
    .where('org_id', '=', orgId)
    .where('achievement_id', '=', achievementId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
