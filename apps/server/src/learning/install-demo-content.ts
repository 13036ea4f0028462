import { demoContent } from '@pathwise/core/content';
import { getSkillGraph } from '@pathwise/core/skills-graph';
import { type Database, replaceSkillCrosswalks, upsertPathways, upsertSkills } from '@pathwise/db';
import type { Kysely } from 'kysely';
import { DEMO_FRAMEWORK } from './learning-catalog.ts';

/**
 * Gives an organization the original demo framework (algebra foundations and data literacy) and its two
 * pathways, with the framework's crosswalks to O*NET and ESCO. Demo items need no rows: the seeded families
 * generate them from (family, seed, difficulty).
 */
export async function installDemoContent(db: Kysely<Database>, orgId: string): Promise<void> {
  const graph = getSkillGraph(demoContent.skills);
  await upsertSkills(
    db,
    orgId,
    graph.order.map((id) => {
      const s = graph.skills.get(id)!;
      return {
        id: s.id,
        framework: DEMO_FRAMEWORK,
        parentId: s.parentId,
        name: s.name,
        description: s.description,
        prerequisites: [...s.prerequisites],
      };
    }),
  );
  await replaceSkillCrosswalks(db, orgId, graph.order, demoContent.crosswalks);
  await upsertPathways(
    db,
    orgId,
    demoContent.pathways.map((p) => ({
      id: p.id,
      framework: DEMO_FRAMEWORK,
      name: p.name,
      description: p.description,
      goalSkillIds: [...p.goalSkillIds],
    })),
  );
}
