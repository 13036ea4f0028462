import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../errors/app-error.ts';
import {
  assertNoStackingCycle,
  criteriaMetAutomatically,
  criteriaNarrative,
  readCriteria,
  stackedPartLost,
} from './achievement-criteria.ts';

const standing = (mastered: Record<string, number>, held: string[] = []) => ({
  skills: new Map(Object.entries(mastered).map(([id, estimate]) => [id, { mastered: true, estimate }])),
  held: new Set(held),
});

test('readCriteria fills every missing part: threshold 0.95, no parts, no evidence', () => {
  assert.deepEqual(readCriteria({ skills: [{ skillId: 'a' }] }), {
    skills: [{ skillId: 'a', threshold: 0.95 }],
    achievements: [],
    evidence: { required: false, narrative: '' },
  });
  assert.deepEqual(readCriteria(null).skills, []);
});

test('criteria hold automatically only when every skill reaches its threshold and no evidence is required', () => {
  const criteria = readCriteria({ skills: [{ skillId: 'a', threshold: 0.8 }], achievements: ['b'] });
  assert.equal(criteriaMetAutomatically(criteria, standing({ a: 0.8 }, ['b'])), true);
  assert.equal(criteriaMetAutomatically(criteria, standing({ a: 0.79 }, ['b'])), false);
  assert.equal(criteriaMetAutomatically(criteria, standing({ a: 0.9 })), false);
  const withEvidence = readCriteria({ skills: [{ skillId: 'a' }], evidence: { required: true } });
  assert.equal(criteriaMetAutomatically(withEvidence, standing({ a: 1 })), false);
  assert.equal(
    criteriaMetAutomatically(readCriteria({}), standing({})),
    false,
    'empty criteria: a teacher awards',
  );
});

test('a stacked credential loses the first part no longer held', () => {
  const criteria = readCriteria({ achievements: ['b', 'c'] });
  assert.equal(stackedPartLost(criteria, new Set(['b', 'c'])), null);
  assert.equal(stackedPartLost(criteria, new Set(['b'])), 'c');
});

test('a stacking cycle is refused, naming every achievement on it and the field', () => {
  const parts = new Map([
    ['b', ['c']],
    ['c', ['a']],
  ]);
  const names = new Map([
    ['a', 'Alpha'],
    ['b', 'Beta'],
    ['c', 'Gamma'],
  ]);
  assertNoStackingCycle('a', new Map([...parts, ['a', []]]), names);
  assert.throws(
    () => assertNoStackingCycle('a', new Map([...parts, ['a', ['b']]]), names),
    (error: unknown) =>
      error instanceof AppError &&
      error.message === 'Stacking would make a cycle: "Alpha" → "Beta" → "Gamma" → "Alpha"' &&
      error.errors?.[0]?.field === 'body/criteria/achievements',
  );
});

test('the criteria narrative says what was required, in words', () => {
  const criteria = readCriteria({ skills: [{ skillId: 's', threshold: 0.6 }], achievements: ['p'] });
  assert.equal(
    criteriaNarrative(
      criteria,
      () => 'Adding integers',
      () => 'Project',
    ),
    'Mastered "Adding integers" (estimate at least 60%). Holds "Project".',
  );
  assert.equal(criteriaNarrative(readCriteria({}), String, String), 'Awarded by a teacher.');
});
