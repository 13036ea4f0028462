import { parseAchievementCriteria, parseAchievementTranslations } from '@pathwise/core/achievements';
import type { Kysely, Selectable } from 'kysely';
import { type CamelKeys, snakeKeys } from '../../column-names.ts';
import type { AchievementsTable, Database } from '../../schema.ts';

/** An achievement as read, its criteria checked (`parseAchievementCriteria`). */
export type AchievementRow = Selectable<AchievementsTable>;

const parsed = (row: AchievementRow): AchievementRow => ({
  ...row,
  criteria: parseAchievementCriteria(row.criteria),
  translations: parseAchievementTranslations(row.translations),
});

/**
 * What an achievement is made of: every column but its identity and lifecycle, in camelCase. NOTE: derived from the
 * table type, so a new column is a new value here and is written by the insert and update below as it is.
 */
export type AchievementValues = Omit<CamelKeys<AchievementRow>, 'id' | 'orgId' | 'createdAt' | 'archivedAt'>;

/** The columns written for an achievement's values (jsonb as its JSON text). */
function columns(values: AchievementValues) {
  return {
    ...snakeKeys(values),
    criteria: JSON.stringify(values.criteria),
    translations: JSON.stringify(values.translations),
  };
}

/** Creates an achievement and returns its row. */
export async function insertAchievement(
  db: Kysely<Database>,
  orgId: string,
  values: AchievementValues,
): Promise<AchievementRow> {
  return parsed(
    await db
      .insertInto('achievements')
      .values({ org_id: orgId, ...columns(values) })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
}

/** Replaces an achievement's definition; null when it is not in the organization. */
export async function updateAchievement(
  db: Kysely<Database>,
  orgId: string,
  id: string,
  values: AchievementValues,
): Promise<AchievementRow | null> {
  const row = await db
    .updateTable('achievements')
    .set(columns(values))
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row ? parsed(row) : null;
}

/** The organization's live achievements, oldest first. */
export async function listAchievements(db: Kysely<Database>, orgId: string): Promise<AchievementRow[]> {
  const rows = await db
    .selectFrom('achievements')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('archived_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(parsed);
}

/** One achievement of the organization, or null. */
export async function findAchievement(
  db: Kysely<Database>,
  orgId: string,
  id: string,
): Promise<AchievementRow | null> {
  const row = await db
    .selectFrom('achievements')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? parsed(row) : null;
}
