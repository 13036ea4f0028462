import type { AchievementCriteria } from '@pathwise/contracts';
import type { TFunction } from 'i18next';

/** How a summary names things: skills and achievements by id, in the reader's language. */
export interface CriteriaNames {
  locale: string;
  skill(id: string): string;
  achievement(id: string): string;
}

/**
 * An achievement's criteria in one line of words, e.g. "Master Adding integers and Order of operations at
 * 60 %" or "Hold: Adding integers, Multiplying integers + evidence a teacher approves: a budgeting project".
 * Skills that share a threshold are named together.
 */
export function criteriaSummary(t: TFunction, criteria: AchievementCriteria, names: CriteriaNames): string {
  const list = new Intl.ListFormat(names.locale, { style: 'long', type: 'conjunction' });
  const percent = new Intl.NumberFormat(names.locale, { style: 'percent', maximumFractionDigits: 0 });
  const byThreshold = new Map<number, string[]>();
  for (const s of criteria.skills)
    byThreshold.set(s.threshold, [...(byThreshold.get(s.threshold) ?? []), names.skill(s.skillId)]);
  const parts = [...byThreshold].map(([threshold, skills]) =>
    t('credentials.admin.summary.master', {
      skills: list.format(skills),
      threshold: percent.format(threshold),
    }),
  );
  if (criteria.achievements.length > 0)
    parts.push(
      t('credentials.admin.summary.hold', {
        achievements: criteria.achievements.map((id) => names.achievement(id)).join(', '),
      }),
    );
  if (criteria.evidence.required)
    parts.push(
      criteria.evidence.narrative.trim()
        ? t('credentials.admin.summary.evidenceOf', { narrative: criteria.evidence.narrative.trim() })
        : t('credentials.admin.summary.evidence'),
    );
  if (parts.length === 0) return t('credentials.admin.summary.teacherOnly');
  const line = parts.join(' + ');
  return line.charAt(0).toLocaleUpperCase(names.locale) + line.slice(1);
}
