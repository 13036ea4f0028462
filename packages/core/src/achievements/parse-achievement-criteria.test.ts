import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readCriteria } from './achievement-criteria.ts';
import { parseAchievementCriteria } from './parse-achievement-criteria.ts';

test('stored criteria read back as they were saved, through JSON', () => {
  const saved = readCriteria({
    skills: [{ skillId: 'a', threshold: 0.6 }],
    achievements: ['b'],
    evidence: { required: true, narrative: 'a project' },
  });
  assert.deepEqual(parseAchievementCriteria(JSON.parse(JSON.stringify(saved))), saved);
});

test('a part left out of stored criteria gets its default, as when it is submitted', () => {
  assert.deepEqual(
    parseAchievementCriteria({ skills: [{ skillId: 'a' }] }),
    readCriteria({ skills: [{ skillId: 'a' }] }),
  );
  assert.deepEqual(parseAchievementCriteria({}), readCriteria({}));
});

test('bad stored criteria throw naming the column and each bad part', () => {
  assert.throws(
    () =>
      parseAchievementCriteria({
        skills: [{ skillId: 7, threshold: 1.5 }],
        achievements: 'b',
        evidence: { required: 'yes' },
      }),
    {
      message:
        'achievements.criteria: skills[0].skillId must be a string; skills[0].threshold must be a finite number in [0, 1]; ' +
        'achievements must be an array; evidence.required must be true or false',
    },
  );
  assert.throws(
    () => parseAchievementCriteria(null),
    /^StoredJsonError: achievements\.criteria: must be an object/,
  );
});
