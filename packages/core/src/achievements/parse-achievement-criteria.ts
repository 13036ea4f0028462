import { fieldPath, parseStoredJson } from '../stored-json/parse-stored-json.ts';
import { type AchievementCriteria, DEFAULT_CRITERIA_THRESHOLD } from './achievement-criteria.ts';

/**
 * Reads stored criteria (the `achievements.criteria` JSONB column) back. A part left out gets its default, as
 * {@link readCriteria} gives it; a part of the wrong type (a threshold outside [0, 1], an id that is not a string)
 * throws a `StoredJsonError` naming the column and each bad part.
 *
 * @example
 * parseAchievementCriteria(row.criteria).skills; // [{ skillId: 'alg.integers-add', threshold: 0.6 }]
 */
export function parseAchievementCriteria(json: unknown): AchievementCriteria {
  return parseStoredJson('achievements.criteria', json, (value, r) => {
    const criteria = r.object(value, '');
    const evidence = criteria.evidence === undefined ? {} : r.object(criteria.evidence, 'evidence');
    return {
      skills:
        criteria.skills === undefined
          ? []
          : r.array(criteria.skills, 'skills', (s, path) => {
              const skill = r.object(s, path);
              return {
                skillId: r.string(skill.skillId, fieldPath(path, 'skillId')),
                threshold:
                  skill.threshold === undefined
                    ? DEFAULT_CRITERIA_THRESHOLD
                    : r.number(skill.threshold, fieldPath(path, 'threshold'), { min: 0, max: 1 }),
              };
            }),
      achievements:
        criteria.achievements === undefined
          ? []
          : r.array(criteria.achievements, 'achievements', (a, path) => r.string(a, path)),
      evidence: {
        required: evidence.required === undefined ? false : r.boolean(evidence.required, 'evidence.required'),
        narrative: evidence.narrative === undefined ? '' : r.string(evidence.narrative, 'evidence.narrative'),
      },
    };
  });
}
