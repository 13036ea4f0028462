import type { ProjectLevel, ProjectPassRule } from './projects-api.ts';

/** The levels, lowest first (scored 1 to 4 by a `minimum_total` rule); the same order as the server's. */
export const LEVELS: readonly ProjectLevel[] = ['beginning', 'developing', 'proficient', 'advanced'];

/**
 * Whether levels (one per criterion) pass the project's rule, shown before the teacher saves; the server decides
 * again when it stores the assessment. Null while a criterion has no level.
 */
export function passesRule(rule: ProjectPassRule, levels: readonly (ProjectLevel | null)[]): boolean | null {
  if (levels.some((l) => l === null)) return null;
  const scores = levels.map((l) => LEVELS.indexOf(l as ProjectLevel) + 1);
  if (rule.kind === 'every_criterion_at_least') {
    const min = LEVELS.indexOf(rule.level ?? 'proficient') + 1;
    return scores.every((s) => s >= min);
  }
  return scores.reduce((a, b) => a + b, 0) >= (rule.total ?? 0);
}
