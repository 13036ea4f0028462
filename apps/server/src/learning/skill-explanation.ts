import type { SkillExplanationAnswer } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { familiesForSkill, skillExplanation } from '@pathwise/core/content';
import { asSkillId, type SkillId } from '@pathwise/core/skills-graph';
import { workedExampleOf } from '@pathwise/core/tutor';
import type { AppContext } from '../runtime/types.ts';
import type { LearningActor } from './learning-actor.ts';
import { DEMO_FRAMEWORK, type LearningCatalog, loadCatalog, skillName } from './learning-catalog.ts';
import { presentWorkedExample } from './present-item.ts';

/** The seed of each skill's explanation example: one fixed, easy item of its first family. */
const EXAMPLE_SEED = 1;

function demoExplanation(catalog: LearningCatalog, skillId: SkillId) {
  return catalog.frameworkOf.get(skillId) === DEMO_FRAMEWORK ? skillExplanation(skillId) : null;
}

/** Whether a skill has something to explain: an explanation of its own, or a description. */
export function hasSkillExplanation(catalog: LearningCatalog, skillId: SkillId): boolean {
  const description = catalog.graph.skills.get(skillId)?.description;
  return demoExplanation(catalog, skillId) !== null || Boolean(description?.en.trim());
}

/**
 * A skill's explanation, shown before its first item and on demand: the idea in words (the demo skill's own
 * explanation, or the skill's description for imported frameworks) and a worked example of an easy item of its
 * first family when it has one.
 */
export async function explainSkill(
  ctx: AppContext,
  who: LearningActor,
  rawSkillId: string,
): Promise<SkillExplanationAnswer> {
  const catalog = await loadCatalog(ctx.db.kysely, who.orgId);
  const skillId = asSkillId(rawSkillId);
  const skill = catalog.graph.skills.get(skillId);
  if (!skill) throw new AppError('not_found', 'No such skill');
  const own = demoExplanation(catalog, skillId);
  const family = own ? familiesForSkill(skillId)[0] : undefined;
  return {
    skill: { id: skillId, name: skillName(catalog, skillId) },
    text: own?.text ?? skill.description,
    example: family ? presentWorkedExample(workedExampleOf(family.generate(EXAMPLE_SEED, 1))) : null,
  };
}
