import type { ProjectSpec } from '@pathwise/contracts';
import type { Locale } from '@pathwise/core/identity';
import type { RubricCriterion } from '@pathwise/core/lessons';
import {
  PROJECT_LEVELS,
  type ProjectCriterion,
  type ProjectLevel,
  type ProjectPassRule,
  type ProjectTarget,
} from '@pathwise/db';

/** A level's score for a `minimum_total` pass rule: beginning 1 … advanced 4. */
export function levelScore(level: ProjectLevel): number {
  return PROJECT_LEVELS.indexOf(level) + 1;
}

/** Whether an assessment's levels (one per criterion, in order) pass the rule. */
export function passes(rule: ProjectPassRule, levels: readonly ProjectLevel[]): boolean {
  if (rule.kind === 'every_criterion_at_least') {
    return levels.every((l) => levelScore(l) >= levelScore(rule.level));
  }
  return levels.reduce((sum, l) => sum + levelScore(l), 0) >= rule.total;
}

/** A saved lesson's analytic rubric as a project rubric, in the lesson's language: one criterion per skill. */
export function rubricFromLesson(rubric: readonly RubricCriterion[], locale: Locale): ProjectCriterion[] {
  return rubric.map((c) => ({
    name: c.skill[locale],
    levels: {
      beginning: c.levels.beginning[locale],
      developing: c.levels.developing[locale],
      proficient: c.levels.proficient[locale],
      advanced: c.levels.advanced[locale],
    },
  }));
}

/** A project's spec for the API. */
export function presentProjectSpec(target: ProjectTarget): ProjectSpec {
  return {
    accepts: [...target.accepts],
    achievementId: target.achievementId,
    criteria: target.rubric.criteria,
    passRule: target.rubric.passRule,
  };
}
