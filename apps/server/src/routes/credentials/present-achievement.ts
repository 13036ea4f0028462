import type { AchievementRow } from '@pathwise/db';
import { readCriteria } from '../../credentials/achievement-criteria.ts';

/** An achievement as the API shows it. */
export function presentAchievement(a: AchievementRow) {
  return {
    id: a.id,
    name: a.name,
    description: a.description,
    achievementType: a.achievement_type,
    criteria: readCriteria(a.criteria),
    skillIds: a.skill_ids,
    validityDays: a.validity_days,
    createdAt: a.created_at.toISOString(),
  };
}
