import assert from 'node:assert/strict';
import { test } from 'node:test';
import { itemFamilies } from '../catalog/item-families.ts';
import { seededRandom } from '../seeded-random.ts';
import { checkAnswer } from './check-answer.ts';

const pieces = [
  'x',
  'y',
  'n',
  '2',
  '0',
  '1/0',
  '.',
  ',',
  '-',
  '+',
  '*',
  '/',
  '^',
  '(',
  ')',
  '=',
  '<',
  '>',
  ' ',
  '\\frac{',
  '}',
  '{',
  '%',
  'sin',
  '[',
  'e',
  '\u2212',
  '9^9^9',
  'a',
  '√',
  '$',
  '\\',
  '"',
  '?',
];

test('checkAnswer never throws and always returns a known verdict on random input', () => {
  const rng = seededRandom(2026);
  const specs = itemFamilies.flatMap((f) => f.generate(1, 2).steps.map((s) => s.answer));
  for (let i = 0; i < 3000; i++) {
    const input = Array.from({ length: rng.int(0, 14) }, () => rng.pick(pieces)).join('');
    const spec = rng.pick(specs);
    const result = checkAnswer(spec, input, rng.pick(['en', 'es'] as const));
    assert.ok(
      ['correct', 'incorrect', 'invalid'].includes(result.status),
      `${input} → ${JSON.stringify(result)}`,
    );
  }
});
