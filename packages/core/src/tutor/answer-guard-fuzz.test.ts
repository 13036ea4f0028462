import assert from 'node:assert/strict';
import { test } from 'node:test';
import { itemFamilies } from '../content/catalog/item-families.ts';
import { seededRandom } from '../content/seeded-random.ts';
import { guardFallback, guardReply } from './answer-guard.ts';
import { guardTargetFor } from './guard-target.ts';

const pieces = [
  'x',
  ' = ',
  'is',
  ' four',
  ' cuatro',
  '8/2',
  '\\frac{',
  '}{',
  '}',
  '$',
  ' (',
  ')',
  '-',
  'y',
  ' greater than ',
  '%',
  ' una ',
  ' once',
  '.',
  ',',
  '3',
  '0',
  '\u2212',
  ' the answer ',
  'b)',
  ' median',
  ' ^ ',
];

test('the guard never throws on random replies and only ever answers with the reply or a safe fallback', () => {
  const rng = seededRandom(7);
  for (let i = 0; i < 3000; i++) {
    const item = rng.pick(itemFamilies).generate(rng.int(0, 999), rng.pick([1, 2, 3] as const));
    const stepIndex = rng.int(0, item.steps.length - 1);
    const reply = Array.from({ length: rng.int(0, 16) }, () => rng.pick(pieces)).join('');
    const locale = rng.pick(['en', 'es'] as const);
    const guarded = guardReply(reply, guardTargetFor(item, stepIndex), locale);
    assert.equal(guarded.text, guarded.blocked ? guardFallback[locale] : reply);
  }
});
