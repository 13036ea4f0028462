import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { plainMathText, splitMath } from './math-text.ts';

describe('plainMathText', () => {
  test('writes math as plain characters (an accessible name, a document)', () => {
    assert.equal(plainMathText('$\\frac{x}{3} = 18$'), 'x/3 = 18');
    assert.equal(plainMathText('Pick $3x \\le 15$ or $y = -2x + 1$'), 'Pick 3x ≤ 15 or y = -2x + 1');
    assert.equal(plainMathText('$\\dfrac{x + 1}{2} \\ge 4$'), '(x + 1)/2 ≥ 4');
    assert.equal(plainMathText('$50\\%$ of $3 \\cdot 4$'), '50% of 3 × 4');
    assert.equal(
      plainMathText('Fill $\\square + 2 = 5$, then $1, 2, \\dots$'),
      'Fill □ + 2 = 5, then 1, 2, …',
    );
  });

  test('keeps prices: an escaped or unpaired dollar sign is text', () => {
    assert.equal(plainMathText('No math, \\$5 only'), 'No math, $5 only');
    assert.equal(plainMathText('Solve $\\frac{x}{3} \\le 5$ for \\$4.'), 'Solve x/3 ≤ 5 for $4.');
    assert.equal(plainMathText('Costs $x \\times 2$ or $5'), 'Costs x × 2 or $5');
  });

  test('runs of spaces become one; line breaks stay', () => {
    assert.equal(plainMathText('  Step 1:\t $x  = 2$\nStep 2  '), 'Step 1: x = 2\nStep 2');
  });
});

describe('splitMath', () => {
  test('separates $…$ math from the text around it', () => {
    assert.deepEqual(splitMath('Solve $2x + 3 = 7$ for $x$.'), [
      { kind: 'text', value: 'Solve ' },
      { kind: 'math', value: '2x + 3 = 7' },
      { kind: 'text', value: ' for ' },
      { kind: 'math', value: 'x' },
      { kind: 'text', value: '.' },
    ]);
  });

  test('keeps an unpaired or escaped dollar sign as text', () => {
    assert.deepEqual(splitMath('It costs \\$5 and $3 more'), [
      { kind: 'text', value: 'It costs $5 and $3 more' },
    ]);
    assert.deepEqual(splitMath('$$'), [{ kind: 'text', value: '$$' }]);
  });

  test('keeps an escaped dollar inside math as part of the math', () => {
    assert.deepEqual(splitMath('$\\$4 \\times 3$'), [{ kind: 'math', value: '\\$4 \\times 3' }]);
  });
});
