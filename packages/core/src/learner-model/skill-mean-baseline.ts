import type { SkillId } from '../skills-graph/skill.ts';
import type { LearnerLog } from './response-log.ts';
import type { SequentialModel } from './sequential-model.ts';
import { skillSuccessCounts } from './skill-success-counts.ts';

/** The baseline: each row predicted by its skill's success rate on the training rows (overall rate if unseen). */
export function skillMeanPredictor(train: readonly LearnerLog[]): SequentialModel<null> {
  const { counts, overall } = skillSuccessCounts(train);
  const rate = (s: SkillId): number => {
    const c = counts.get(s);
    return c ? c[0] / c[1] : overall;
  };
  return { start: () => null, predict: (_, problem) => problem.skills.map(rate), update: () => null };
}
