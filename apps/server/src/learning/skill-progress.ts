import type { SkillProgress } from '@pathwise/contracts';
import { masteryProgress, type SkillState } from '@pathwise/core/learner-model';

/**
 * A skill's progress toward mastery for the practice page: full once mastered (mastery is kept; a slip in review
 * lowers the estimate, not the status), otherwise the right answers in a row on standard problems still needed.
 */
export function skillProgress(state: SkillState | undefined, mastered: boolean): SkillProgress {
  if (mastered) return { mastered: true, rightToGo: 0, share: 1 };
  const { rightToGo, share } = masteryProgress(state);
  return { mastered: false, rightToGo, share };
}
