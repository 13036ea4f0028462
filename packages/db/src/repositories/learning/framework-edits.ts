import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import type { PathwayRow, SkillRow } from './content.ts';

/**
 * Creates or updates one skill. An update keeps the skill's framework and place in the list; a new skill goes
 * last. Validate the whole graph with the change first, and call {@link bumpContentVersion} in the same
 * transaction.
 *
 * @example
 * await saveSkill(trx, orgId, { id: 'alg.slope', framework: 'pathwise-demo', parentId: 'alg.linear', … });
 */
export async function saveSkill(db: Kysely<Database>, orgId: string, skill: SkillRow): Promise<void> {
  await db
    .insertInto('skills')
    .values({
      org_id: orgId,
      id: skill.id,
      framework: skill.framework,
      parent_id: skill.parentId,
      name: JSON.stringify(skill.name),
      description: JSON.stringify(skill.description),
      prerequisites: skill.prerequisites,
      position: sql<number>`(select coalesce(max(position) + 1, 0) from skills where org_id = ${orgId})`,
    })
    .onConflict((oc) =>
      oc.columns(['org_id', 'id']).doUpdateSet((eb) => ({
        parent_id: eb.ref('excluded.parent_id'),
        name: eb.ref('excluded.name'),
        description: eb.ref('excluded.description'),
        prerequisites: eb.ref('excluded.prerequisites'),
      })),
    )
    .execute();
}

/** Creates or updates one pathway; an update keeps its framework and place, a new pathway goes last. */
export async function savePathway(db: Kysely<Database>, orgId: string, pathway: PathwayRow): Promise<void> {
  await db
    .insertInto('pathways')
    .values({
      org_id: orgId,
      id: pathway.id,
      framework: pathway.framework,
      name: JSON.stringify(pathway.name),
      description: JSON.stringify(pathway.description),
      goal_skill_ids: pathway.goalSkillIds,
      position: sql<number>`(select coalesce(max(position) + 1, 0) from pathways where org_id = ${orgId})`,
    })
    .onConflict((oc) =>
      oc.columns(['org_id', 'id']).doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        description: eb.ref('excluded.description'),
        goal_skill_ids: eb.ref('excluded.goal_skill_ids'),
      })),
    )
    .execute();
}
