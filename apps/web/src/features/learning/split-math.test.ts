import { describe, expect, it } from 'vitest';
import { plainMathText, splitMath } from './split-math.ts';

describe('plainMathText', () => {
  it('writes math as plain characters for an accessible name', () => {
    expect(plainMathText('$\\frac{x}{3} = 18$')).toBe('x/3 = 18');
    expect(plainMathText('Pick $3x \\le 15$ or $y = -2x + 1$')).toBe('Pick 3x ≤ 15 or y = -2x + 1');
    expect(plainMathText('$\\dfrac{x + 1}{2} \\ge 4$')).toBe('(x + 1)/2 ≥ 4');
    expect(plainMathText('$50\\%$ of $3 \\cdot 4$')).toBe('50% of 3 × 4');
    expect(plainMathText('No math, \\$5 only')).toBe('No math, $5 only');
  });
});

describe('splitMath', () => {
  it('separates $…$ math from the text around it', () => {
    expect(splitMath('Solve $2x + 3 = 7$ for $x$.')).toEqual([
      { kind: 'text', value: 'Solve ' },
      { kind: 'math', value: '2x + 3 = 7' },
      { kind: 'text', value: ' for ' },
      { kind: 'math', value: 'x' },
      { kind: 'text', value: '.' },
    ]);
  });

  it('keeps an unpaired or escaped dollar sign as text', () => {
    expect(splitMath('It costs \\$5 and $3 more')).toEqual([
      { kind: 'text', value: 'It costs $5 and $3 more' },
    ]);
    expect(splitMath('$$')).toEqual([{ kind: 'text', value: '$$' }]);
  });

  it('keeps an escaped dollar inside math as part of the math', () => {
    expect(splitMath('$\\$4 \\times 3$')).toEqual([{ kind: 'math', value: '\\$4 \\times 3' }]);
  });
});
