import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';

/** A figure of imported content, stored once per organization under the SHA-256 of its bytes. */
export interface ContentFigure {
  sha256: string;
  mediaType: 'image/gif' | 'image/png' | 'image/jpeg' | 'image/webp';
  bytes: Uint8Array;
  /** A text alternative, when the dataset gives one. */
  alt: string | null;
}

/** Stores figures; one already stored (same hash) is left as it is. */
export async function upsertContentFigures(
  db: Kysely<Database>,
  orgId: string,
  figures: readonly ContentFigure[],
): Promise<void> {
  for (let start = 0; start < figures.length; start += 50) {
    const chunk = figures.slice(start, start + 50);
    await db
      .insertInto('content_figures')
      .values(
        chunk.map((f) => ({
          org_id: orgId,
          sha256: f.sha256,
          media_type: f.mediaType,
          bytes: f.bytes,
          alt: f.alt,
        })),
      )
      .onConflict((oc) => oc.columns(['org_id', 'sha256']).doNothing())
      .execute();
  }
}

/** The organization's figure with this hash, or null. */
export async function findContentFigure(
  db: Kysely<Database>,
  orgId: string,
  sha256: string,
): Promise<ContentFigure | null> {
  const row = await db
    .selectFrom('content_figures')
    .select(['sha256', 'media_type', 'bytes', 'alt'])
    .where('org_id', '=', orgId)
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  if (!row) return null;
  return {
    sha256: row.sha256,
    mediaType: row.media_type as ContentFigure['mediaType'],
    bytes: row.bytes,
    alt: row.alt,
  };
}

/** How many figures the organization keeps (for tests and reports). */
export async function countContentFigures(db: Kysely<Database>, orgId: string): Promise<number> {
  const row = await db
    .selectFrom('content_figures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('org_id', '=', orgId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
