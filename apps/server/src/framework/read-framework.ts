import { type Database, listPathways, listSkills, type PathwayRow, type SkillRow } from '@pathwise/db';
import type { Kysely } from 'kysely';

/** An organization's skills framework as administrators and teachers read it. */
export interface FrameworkView {
  /** In stored order; the hierarchy is `parentId`, the graph is `prerequisites` (skills required first). */
  skills: SkillRow[];
  pathways: PathwayRow[];
}

/** The skills (with parent, prerequisites, names and descriptions in en and es) and pathways of an organization. */
export async function readFramework(db: Kysely<Database>, orgId: string): Promise<FrameworkView> {
  const [skills, pathways] = await Promise.all([listSkills(db, orgId), listPathways(db, orgId)]);
  return { skills, pathways };
}
