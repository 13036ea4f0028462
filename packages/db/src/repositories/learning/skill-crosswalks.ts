import type { Kysely } from 'kysely';
import type { Database, SkillCrosswalksTable } from '../../schema.ts';

/** A crosswalk row as the domain reads it. */
export interface SkillCrosswalkRow {
  skillId: string;
  targetFramework: string;
  targetCode: string;
  targetName: string;
  relation: SkillCrosswalksTable['relation'];
}

/**
 * Replaces the organization's crosswalks of the given skills with `crosswalks` (so a re-import drops mappings
 * that were removed). Run it in the caller's transaction with the skills it maps.
 *
 * @example
 * await replaceSkillCrosswalks(trx, orgId, ['alg.slope'], [{ skillId: 'alg.slope', targetFramework: 'onet', … }]);
 */
export async function replaceSkillCrosswalks(
  db: Kysely<Database>,
  orgId: string,
  skillIds: readonly string[],
  crosswalks: readonly SkillCrosswalkRow[],
): Promise<void> {
  if (skillIds.length > 0)
    await db
      .deleteFrom('skill_crosswalks')
      .where('org_id', '=', orgId)
      .where('skill_id', 'in', [...skillIds])
      .execute();
  if (crosswalks.length === 0) return;
  await db
    .insertInto('skill_crosswalks')
    .values(
      crosswalks.map((c) => ({
        org_id: orgId,
        skill_id: c.skillId,
        target_framework: c.targetFramework,
        target_code: c.targetCode,
        target_name: c.targetName,
        relation: c.relation,
      })),
    )
    .execute();
}

/** Every crosswalk of the organization, by skill then target. */
export async function listSkillCrosswalks(db: Kysely<Database>, orgId: string): Promise<SkillCrosswalkRow[]> {
  const rows = await db
    .selectFrom('skill_crosswalks')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('skill_id')
    .orderBy('target_framework')
    .orderBy('target_code')
    .execute();
  return rows.map((r) => ({
    skillId: r.skill_id,
    targetFramework: r.target_framework,
    targetCode: r.target_code,
    targetName: r.target_name,
    relation: r.relation,
  }));
}
