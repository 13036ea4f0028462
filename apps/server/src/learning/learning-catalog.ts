import { AppError } from '@pathwise/core';
import type { Localized } from '@pathwise/core/content';
import {
  asSkillId,
  getSkillGraph,
  type Pathway,
  pathwaySkills,
  type SkillGraph,
  type SkillId,
} from '@pathwise/core/skills-graph';
import {
  type Database,
  findContentVersion,
  listPathways,
  listSkills,
  type PathwayAttribution,
} from '@pathwise/db';
import type { Kysely } from 'kysely';

/** The framework id of the original demo content, whose skills are practised with the seeded item families. */
export const DEMO_FRAMEWORK = 'pathwise-demo';

/** An organization's skills framework and pathways, validated and indexed. */
export interface LearningCatalog {
  readonly version: number;
  readonly graph: SkillGraph;
  readonly frameworkOf: ReadonlyMap<SkillId, string>;
  readonly pathways: ReadonlyMap<string, Pathway>;
  /** The credit of each imported pathway's content (null for the organization's own). */
  readonly attributionOf: ReadonlyMap<string, PathwayAttribution | null>;
  /** Each pathway's skills (goals closed over prerequisites), in topological order. */
  readonly pathwaySkills: ReadonlyMap<string, readonly SkillId[]>;
}

const cache = new Map<string, LearningCatalog>();

/**
 * The catalog of an organization. Built from the database once per content version: one primary-key lookup
 * per request tells whether the cached graph is still current (several app servers stay correct).
 */
export async function loadCatalog(db: Kysely<Database>, orgId: string): Promise<LearningCatalog> {
  const version = await findContentVersion(db, orgId);
  const cached = cache.get(orgId);
  if (cached && cached.version === version) return cached;
  // NOTE: drafts (imports not yet published) stay out of every learner's catalog.
  const [skillRows, pathwayRows] = await Promise.all([
    listSkills(db, orgId),
    listPathways(db, orgId, { published: true }),
  ]);
  const graph = getSkillGraph(
    skillRows.map((s) => ({
      id: asSkillId(s.id),
      name: s.name,
      description: s.description,
      parentId: s.parentId === null ? null : asSkillId(s.parentId),
      prerequisites: s.prerequisites.map(asSkillId),
    })),
  );
  const pathways = new Map<string, Pathway>(
    pathwayRows.map((p) => [
      p.id,
      { id: p.id, name: p.name, description: p.description, goalSkillIds: p.goalSkillIds.map(asSkillId) },
    ]),
  );
  const catalog: LearningCatalog = {
    version,
    graph,
    frameworkOf: new Map(skillRows.map((s) => [asSkillId(s.id), s.framework])),
    pathways,
    attributionOf: new Map(pathwayRows.map((p) => [p.id, p.attribution ?? null])),
    pathwaySkills: new Map([...pathways.values()].map((p) => [p.id, pathwaySkills(graph, p)])),
  };
  cache.set(orgId, catalog);
  return catalog;
}

/** A pathway of the catalog, or a 404. */
export function getPathway(
  catalog: LearningCatalog,
  pathwayId: string,
): { pathway: Pathway; skills: readonly SkillId[] } {
  const pathway = catalog.pathways.get(pathwayId);
  const skills = catalog.pathwaySkills.get(pathwayId);
  if (!pathway || !skills) throw new AppError('not_found', 'No such pathway');
  return { pathway, skills };
}

/** The display name of a skill. */
export function skillName(catalog: LearningCatalog, skillId: string): Localized {
  return catalog.graph.skills.get(asSkillId(skillId))?.name ?? { en: skillId, es: skillId };
}

/** `{id, name}` of skills, for responses. */
export function skillRefs(catalog: LearningCatalog, ids: readonly string[]) {
  return ids.map((id) => ({ id, name: skillName(catalog, id) }));
}
