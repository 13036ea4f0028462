import type { Kysely, Selectable } from 'kysely';
import type { AchievementsTable, Database } from '../../schema.ts';

export type AchievementRow = Selectable<AchievementsTable>;

/** What an achievement is made of. */
export interface AchievementValues {
  name: string;
  description: string;
  achievementType: string;
  criteria: Record<string, unknown>;
  skillIds: string[];
  validityDays: number | null;
}

/** Creates an achievement and returns its row. */
export async function insertAchievement(
  db: Kysely<Database>,
  orgId: string,
  values: AchievementValues,
): Promise<AchievementRow> {
  return db
    .insertInto('achievements')
    .values({
      org_id: orgId,
      name: values.name,
      description: values.description,
      achievement_type: values.achievementType,
      criteria: JSON.stringify(values.criteria),
      skill_ids: values.skillIds,
      validity_days: values.validityDays,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
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
    .set({
      name: values.name,
      description: values.description,
      achievement_type: values.achievementType,
      criteria: JSON.stringify(values.criteria),
      skill_ids: values.skillIds,
      validity_days: values.validityDays,
    })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

/** The organization's live achievements, oldest first. */
export async function listAchievements(db: Kysely<Database>, orgId: string): Promise<AchievementRow[]> {
  return db
    .selectFrom('achievements')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('archived_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
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
  return row ?? null;
}
