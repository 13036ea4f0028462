import type { SkillId } from '../skills-graph/skill.ts';
import type { LearnerLog } from './response-log.ts';
import type { SequentialModel } from './sequential-model.ts';

/** The baseline: each row predicted by its skill's success rate on the training rows (overall rate if unseen). */
export function skillMeanPredictor(train: readonly LearnerLog[]): SequentialModel<null> {
  const counts = new Map<SkillId, [number, number]>();
  let right = 0;
  let total = 0;
  for (const log of train) {
    for (const row of log.rows) {
      const c = counts.get(row.skill) ?? [0, 0];
      c[0] += row.correct ? 1 : 0;
      c[1] += 1;
      counts.set(row.skill, c);
      right += row.correct ? 1 : 0;
      total += 1;
    }
  }
  const overall = total === 0 ? 0.5 : right / total;
  const rate = (s: SkillId): number => {
    const c = counts.get(s);
    return c ? c[0] / c[1] : overall;
  };
  return { start: () => null, predict: (_, problem) => problem.skills.map(rate), update: () => null };
}
