import type { SkillStanding } from '@pathwise/core/pathways';
import { type SkillId, skillMap } from '@pathwise/core/skills-graph';
import { loadStandings } from '../learner-model/learner-model-store.ts';
import type { AppContext } from '../runtime/types.ts';
import type { LearningActor } from './learning-actor.ts';
import { getPathway, type LearningCatalog, loadCatalog, skillRefs } from './learning-catalog.ts';

/**
 * The pathway as a map: each skill mastered, ready or locked (with the reason), in topological order, with its
 * standing (the same as on every other page: the estimate only when measured).
 */
export async function pathwayMap(ctx: AppContext, who: LearningActor, pathwayId: string) {
  const catalog = await loadCatalog(ctx.db.kysely, who.orgId);
  const { model, of } = await loadStandings(ctx.db.kysely, { ...who, now: ctx.now() });
  return presentPathwayMap(catalog, pathwayId, model.mastered, of);
}

/**
 * The map of a pathway of the catalog (404 when it has none) for a learner who has mastered `mastered` and
 * stands as `of` says on each skill: the learner's own map, and the staff's preview as a new learner.
 */
export function presentPathwayMap(
  catalog: LearningCatalog,
  pathwayId: string,
  mastered: ReadonlySet<SkillId>,
  of: (skillId: SkillId) => SkillStanding,
) {
  const { pathway, skills } = getPathway(catalog, pathwayId);
  const entries = skillMap(catalog.graph, mastered, skills).map(({ skillId, status }) => {
    const skill = catalog.graph.skills.get(skillId)!;
    const standing = of(skillId);
    return {
      id: skillId,
      name: skill.name,
      description: skill.description,
      parentId: skill.parentId,
      prerequisites: [...skill.prerequisites],
      status: status.status,
      standing: standing.status,
      estimate: standing.estimate,
      missing: status.status === 'locked' ? skillRefs(catalog, status.missing) : [],
      startWith: status.status === 'locked' ? skillRefs(catalog, status.startWith) : [],
    };
  });
  return {
    pathway: { id: pathway.id, name: pathway.name, description: pathway.description },
    summary: { mastered: entries.filter((e) => e.status === 'mastered').length, total: entries.length },
    skills: entries,
  };
}
