import { describe, expect, it } from 'vitest';
import { splitMath } from './split-math.ts';

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
