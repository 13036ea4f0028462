import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import { type PathwayRow, type SkillRow, skillsTableRow } from './content.ts';

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
      ...skillsTableRow(orgId, skill, 0),
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

/**
 * Inserts or replaces skills of one framework (an import), keeping the place of skills already stored and
 * putting new ones after every other skill of the organization, in the given order. With `keepEdges` (a dataset
 * of items, which carries no edges) a stored skill keeps its parent and prerequisites, which an administrator may
 * have edited, and takes only the new name and description; a CASE package replaces them.
 */
export async function appendSkills(
  db: Kysely<Database>,
  orgId: string,
  skills: readonly SkillRow[],
  options: { keepEdges?: boolean } = {},
) {
  if (skills.length === 0) return;
  const last = await db
    .selectFrom('skills')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  const base = last?.max === null || last?.max === undefined ? 0 : Number(last.max) + 1;
  for (let start = 0; start < skills.length; start += 1000) {
    const rows = skills.slice(start, start + 1000).map((s, i) => skillsTableRow(orgId, s, base + start + i));
    await db
      .insertInto('skills')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['org_id', 'id']).doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          description: eb.ref('excluded.description'),
          ...(options.keepEdges
            ? {}
            : {
                framework: eb.ref('excluded.framework'),
                parent_id: eb.ref('excluded.parent_id'),
                prerequisites: eb.ref('excluded.prerequisites'),
              }),
        })),
      )
      .execute();
  }
}
