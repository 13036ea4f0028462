import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type MatchableCredential,
  type MatchableProfile,
  type MatchCrosswalk,
  matchProfile,
  type RequiredSkill,
} from './match-profile.ts';

function profile(skills: RequiredSkill[]): MatchableProfile {
  return { skills };
}

function credential(id: string, skillIds: string[], state = 'active'): MatchableCredential {
  return { id, achievementName: `Badge ${id}`, state, skillIds, skillNames: [], evidence: [] };
}

const broad = (skillId: string, code = '2.A.1.e', name = 'Mathematics'): MatchCrosswalk => ({
  skillId,
  targetFramework: 'onet',
  targetCode: code,
  targetName: name,
  relation: 'broadMatch',
});

const mathsFromFour = ['a', 'b', 'c', 'd'].map((s) => broad(s));
const job = profile([{ name: 'Mathematics', code: '2.A.1.e', skillIds: [] }]);

test('a broader O*NET skill is partly met by fewer than half of the mapped skills, with the path shown', () => {
  const result = matchProfile(job, [credential('1', ['a'])], mathsFromFour);
  const [maths] = result.skills;
  assert.equal(maths!.status, 'partial');
  assert.equal(maths!.met, false);
  assert.equal(maths!.via, 'crosswalk');
  assert.deepEqual(maths!.crosswalk, {
    framework: 'onet',
    code: '2.A.1.e',
    name: 'Mathematics',
    relation: 'broadMatch',
    mappedSkills: 4,
    heldSkills: ['a'],
  });
  assert.deepEqual(
    maths!.credentials.map((c) => c.id),
    ['1'],
  );
  assert.equal(result.score, 0.5);
  assert.match(result.explanation, /0 of 1 .*1 in part/);
});

test('half of the mapped skills meet a broader skill; a revoked credential does not count', () => {
  const met = matchProfile(job, [credential('1', ['a']), credential('2', ['b'])], mathsFromFour);
  assert.equal(met.skills[0]!.status, 'met');
  assert.equal(met.score, 1);
  const revoked = matchProfile(
    job,
    [credential('1', ['a']), credential('2', ['b'], 'revoked')],
    mathsFromFour,
  );
  assert.equal(revoked.skills[0]!.status, 'partial');
});

test('an exact crosswalk meets the skill with one held skill; a name match works without a code', () => {
  const exact: MatchCrosswalk = {
    ...broad('z', 'algebra', 'algebra'),
    targetFramework: 'esco',
    relation: 'exactMatch',
  };
  const esco = profile([{ name: 'Algebra', code: 'algebra', skillIds: [] }]);
  assert.equal(matchProfile(esco, [credential('1', ['z'])], [exact]).skills[0]!.status, 'met');
  const byName = profile([{ name: 'ALGEBRA ', skillIds: [] }]);
  assert.equal(matchProfile(byName, [credential('1', ['z'])], [exact]).skills[0]!.status, 'met');
});

test('a skill with no crosswalk and no aligned credential is unmet; a direct alignment wins over crosswalks', () => {
  const two = profile([
    { name: 'Reading Comprehension', code: '2.A.1.a', skillIds: [] },
    { name: 'Slope', skillIds: ['a'] },
  ]);
  const result = matchProfile(two, [credential('1', ['a'])], mathsFromFour);
  assert.deepEqual(
    result.skills.map((s) => [s.status, s.via]),
    [
      ['unmet', null],
      ['met', 'direct'],
    ],
  );
  assert.equal(result.skills[0]!.crosswalk, null);
});

test('importance weights the score', () => {
  const weighted = profile([
    { name: 'Mathematics', code: '2.A.1.e', skillIds: [], importance: 3 },
    { name: 'Reading Comprehension', code: '2.A.1.a', skillIds: [], importance: 1 },
  ]);
  const result = matchProfile(weighted, [credential('1', ['a', 'b'])], mathsFromFour);
  assert.equal(result.score, 0.75);
  assert.match(result.explanation, /weighted by O\*NET importance/);
});

test('a nice-to-have skill weighs half a required one and is counted apart in the explanation', () => {
  const mixed = profile([
    { name: 'Adding integers', skillIds: ['a'] },
    { name: 'Slope', skillIds: ['s'], required: false },
    { name: 'Mean', skillIds: ['m'], required: false },
  ]);
  const result = matchProfile(mixed, [credential('1', ['a', 's'])]);
  assert.deepEqual(
    result.skills.map((s) => [s.name, s.required, s.weight, s.status]),
    [
      ['Adding integers', true, 1, 'met'],
      ['Slope', false, 0.5, 'met'],
      ['Mean', false, 0.5, 'unmet'],
    ],
  );
  // (1 + 0.5) / (1 + 0.5 + 0.5)
  assert.equal(result.score, 0.75);
  assert.equal(
    result.explanation,
    '1 of 1 required skills are backed by a shared, active credential; 1 of 2 nice-to-have skills, which count half',
  );
  const onlyNice = matchProfile(profile([{ name: 'Mean', skillIds: ['m'], required: false }]), []);
  assert.equal(onlyNice.score, 0);
});

test('a nice-to-have O*NET skill weighs half its importance', () => {
  const weighted = profile([
    { name: 'Mathematics', code: '2.A.1.e', skillIds: [], importance: 3 },
    { name: 'Reading Comprehension', code: '2.A.1.a', skillIds: [], importance: 2, required: false },
  ]);
  const result = matchProfile(weighted, [credential('1', ['a', 'b'])], mathsFromFour);
  assert.deepEqual(
    result.skills.map((s) => s.weight),
    [3, 1],
  );
  assert.equal(result.score, 0.75);
  assert.match(result.explanation, /0 of 1 nice-to-have .*\(weighted by O\*NET importance\)$/);
});
