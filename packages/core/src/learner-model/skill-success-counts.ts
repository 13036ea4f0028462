import type { SkillId } from '../skills-graph/skill.ts';
import type { LearnerLog } from './response-log.ts';

/** Right and total rows per skill over some logs, and the overall success rate (0.5 when there are no rows). */
export interface SkillSuccessCounts {
  /** Per skill: [right rows, all rows]. */
  readonly counts: ReadonlyMap<SkillId, readonly [number, number]>;
  readonly overall: number;
}

/**
 * Counts the right and all rows of each skill in `logs`.
 *
 * @example
 * const { counts, overall } = skillSuccessCounts(train);
 * const [right, total] = counts.get(skill) ?? [0, 0];
 */
export function skillSuccessCounts(logs: readonly LearnerLog[]): SkillSuccessCounts {
  const counts = new Map<SkillId, [number, number]>();
  let right = 0;
  let total = 0;
  for (const log of logs) {
    for (const row of log.rows) {
      const c = counts.get(row.skill) ?? [0, 0];
      c[0] += row.correct ? 1 : 0;
      c[1] += 1;
      counts.set(row.skill, c);
      right += row.correct ? 1 : 0;
      total += 1;
    }
  }
  return { counts, overall: total === 0 ? 0.5 : right / total };
}
