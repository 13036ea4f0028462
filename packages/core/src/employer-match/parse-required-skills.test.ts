import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequiredSkill } from './match-profile.ts';
import { parseRequiredSkills } from './parse-required-skills.ts';

test('stored job profile skills read back as they were saved, through JSON', () => {
  const skills: RequiredSkill[] = [
    { name: 'Mathematics', code: '2.A.1.e', skillIds: [], importance: 3.38 },
    { name: 'Adding integers', skillIds: ['alg.integers-add'], required: false },
  ];
  assert.deepEqual(parseRequiredSkills(JSON.parse(JSON.stringify(skills))), skills);
});

test('bad stored job profile skills throw naming the column and each bad part', () => {
  assert.throws(
    () => parseRequiredSkills([{ name: 'Mathematics', skillIds: 'alg' }, { importance: 'high' }]),
    {
      message:
        'job_profiles.skills: [0].skillIds must be an array; [1].name must be a string; [1].skillIds must be an array; ' +
        '[1].importance must be a finite number',
    },
  );
});
