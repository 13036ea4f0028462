import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { itemFamilies } from '../catalog/item-families.ts';
import type { AnswerSpec } from './answer-spec.ts';
import { checkAnswer } from './check-answer.ts';

const x = (value: string, form: 'any' | 'combined' = 'any'): AnswerSpec => ({
  kind: 'expression',
  value,
  variables: ['x'],
  form,
});
const solvedX = (value: string): AnswerSpec => ({
  kind: 'relation',
  value,
  variables: ['x'],
  form: 'solved',
  acceptBareValue: true,
});
const median: AnswerSpec = {
  kind: 'choice',
  options: [
    { id: 'a', text: { en: 'Mean', es: 'Media' } },
    { id: 'b', text: { en: 'Median', es: 'Mediana' } },
  ],
  correct: 'b',
};

function statusOf(spec: AnswerSpec, input: string, locale: 'en' | 'es' = 'en'): string {
  const result = checkAnswer(spec, input, locale);
  return result.status === 'invalid'
    ? `invalid:${result.reason}`
    : result.status === 'incorrect' && result.note
      ? `incorrect:${result.note}`
      : result.status;
}

describe('checkAnswer', () => {
  test('numbers: equal values in any literal form, within tolerance', () => {
    assert.equal(statusOf({ kind: 'number', value: 4 }, '4'), 'correct');
    assert.equal(statusOf({ kind: 'number', value: 4 }, ' 4.0 '), 'correct');
    assert.equal(statusOf({ kind: 'number', value: 4 }, '8/2'), 'correct');
    assert.equal(statusOf({ kind: 'number', value: -4 }, '\u22124'), 'correct');
    assert.equal(statusOf({ kind: 'number', value: 3.5 }, '3,5', 'es'), 'correct');
    assert.equal(statusOf({ kind: 'number', value: 1000 }, '1,000'), 'correct');
    assert.equal(statusOf({ kind: 'number', value: 0.5, tolerance: 0.01 }, '0.505'), 'correct');
    assert.equal(statusOf({ kind: 'number', value: 0.5, tolerance: 0.01 }, '0.52'), 'incorrect');
    assert.equal(statusOf({ kind: 'number', value: 25, unit: 'percent' }, '25 %'), 'correct');
    assert.equal(statusOf({ kind: 'number', value: 4 }, '5'), 'incorrect');
  });

  test('a number step wants a result, not a calculation', () => {
    assert.equal(statusOf({ kind: 'number', value: 11 }, '3+4*2'), 'invalid:not-a-number');
  });

  test('fractions: exact rational equality, decimals as configured, lowest terms on request', () => {
    assert.equal(statusOf({ kind: 'fraction', value: '3/4' }, '0.75'), 'correct');
    assert.equal(statusOf({ kind: 'fraction', value: '3/4' }, '6/8'), 'correct');
    assert.equal(statusOf({ kind: 'fraction', value: '3/4' }, '\\frac{3}{4}'), 'correct');
    assert.equal(statusOf({ kind: 'fraction', value: '3/4', acceptDecimal: false }, '0.75'), 'incorrect');
    assert.equal(
      statusOf({ kind: 'fraction', value: '3/4', lowestTerms: true }, '6/8'),
      'incorrect:not-lowest-terms',
    );
    assert.equal(statusOf({ kind: 'fraction', value: '1/3' }, '0.333'), 'incorrect');
    assert.equal(statusOf({ kind: 'fraction', value: '-3/2' }, '-1 1/2'), 'correct');
  });

  test('expressions: equivalence, not string equality', () => {
    assert.equal(statusOf(x('5x + 3'), '3 + 5*x'), 'correct');
    assert.equal(statusOf(x('2x + 6'), '2(x+3)'), 'correct');
    assert.equal(statusOf(x('x^2 + 2x'), 'x(x+2)'), 'correct');
    assert.equal(statusOf(x('2x + 6'), '2x + 5'), 'incorrect');
    assert.equal(statusOf(x('x^2'), '2x'), 'incorrect');
    assert.equal(statusOf(x('3x/4'), '\\frac{3x}{4}'), 'correct');
  });

  test('expressions: combined form rejects unsimplified equivalents', () => {
    assert.equal(statusOf(x('5x + 3', 'combined'), '3x + 2x + 3'), 'incorrect:not-simplified');
    assert.equal(statusOf(x('2x + 6', 'combined'), '2(x + 3)'), 'incorrect:not-simplified');
    assert.equal(statusOf(x('x^2 + 2x', 'combined'), 'x*x + 2x'), 'incorrect:not-simplified');
    assert.equal(statusOf(x('2x + 6', 'combined'), '6 + 2x'), 'correct');
    assert.equal(statusOf(x('-3x + 12', 'combined'), '12 - 3x'), 'correct');
  });

  test('equations and inequalities: solution sets, solved form', () => {
    assert.equal(statusOf(solvedX('x = 4'), 'x=4'), 'correct');
    assert.equal(statusOf(solvedX('x = 4'), '4 = x'), 'correct');
    assert.equal(statusOf(solvedX('x = 4'), '4'), 'correct');
    assert.equal(statusOf(solvedX('x = 4'), '2x = 8'), 'incorrect:not-solved');
    assert.equal(statusOf(solvedX('x > 2'), '2 < x'), 'correct');
    assert.equal(statusOf(solvedX('x > 2'), 'x < 2'), 'incorrect');
    assert.equal(statusOf(solvedX('x > 2'), 'x \\geq 2'), 'incorrect');
    assert.equal(statusOf(solvedX('x <= -3'), 'x \u2264 -3'), 'correct');
    assert.equal(statusOf(solvedX('x > 2'), '2'), 'invalid:missing-relation');
    const line: AnswerSpec = { kind: 'relation', value: 'y = 2x + 3', variables: ['x', 'y'], form: 'solved' };
    assert.equal(statusOf(line, 'y = 3 + 2x'), 'correct');
    assert.equal(statusOf(line, 'x = (y - 3)/2'), 'incorrect:not-solved');
    const model: AnswerSpec = { kind: 'relation', value: '5 + 3t = 20', variables: ['t'] };
    assert.equal(statusOf(model, '20 = 3t + 5'), 'correct');
  });

  test('multiple choice and short text', () => {
    assert.equal(statusOf(median, '(B)'), 'correct');
    assert.equal(statusOf(median, 'mediana'), 'correct');
    assert.equal(statusOf(median, 'a'), 'incorrect');
    assert.equal(statusOf(median, 'z'), 'invalid:unknown-option');
    const text: AnswerSpec = { kind: 'text', accepted: { en: ['median'], es: ['mediana'] } };
    assert.equal(statusOf(text, '  Médiana. '), 'correct');
    assert.equal(statusOf(text, 'mean'), 'incorrect');
  });

  test('a math option is told from one that differs only by a sign or an operator', () => {
    const story: AnswerSpec = {
      kind: 'choice',
      options: [
        { id: 'o1', text: { en: '$x + 22 = 16$', es: '$x + 22 = 16$' } },
        { id: 'o2', text: { en: '$x + 16 = 22$', es: '$x + 16 = 22$' } },
        { id: 'o3', text: { en: '$22 - x = 16$', es: '$22 - x = 16$' } },
        { id: 'o4', text: { en: '$x - 22 = 16$', es: '$x - 22 = 16$' } },
      ],
      correct: 'o4',
    };
    assert.equal(statusOf(story, '$x - 22 = 16$'), 'correct');
    assert.equal(statusOf(story, 'x-22=16'), 'correct');
    assert.equal(statusOf(story, '$x + 22 = 16$'), 'incorrect');
    // "x 22 16" names two options once signs are dropped: not a choice.
    assert.equal(statusOf(story, 'x 22 16'), 'invalid:unknown-option');
  });

  test('every option of every family, sent as the page sends it (its English text), selects that option', () => {
    for (const family of itemFamilies) {
      for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
        for (const difficulty of [1, 2, 3] as const) {
          const item = family.generate(seed, difficulty);
          for (const step of item.steps) {
            const spec = step.answer;
            if (spec.kind !== 'choice') continue;
            for (const option of spec.options) {
              const expected: string = option.id === spec.correct ? 'correct' : 'incorrect';
              assert.equal(
                statusOf(spec, option.text.en),
                expected,
                `${item.id} ${step.id} ${option.text.en}`,
              );
              assert.equal(statusOf(spec, option.text.es), expected, `${item.id} ${step.id} (es)`);
            }
          }
        }
      }
    }
  });

  test('malformed input is invalid with a reason, never incorrect, and never throws', () => {
    const cases: [AnswerSpec, string, string][] = [
      [x('2x'), '2x+', 'invalid:syntax'],
      [{ kind: 'number', value: 4 }, '2x+', 'invalid:syntax'],
      [{ kind: 'number', value: 4 }, '1/0', 'invalid:division-by-zero'],
      [x('2x'), '1/0', 'invalid:division-by-zero'],
      [solvedX('x = 4'), 'x = 1/0', 'invalid:division-by-zero'],
      [{ kind: 'fraction', value: '1/2' }, '3/0', 'invalid:division-by-zero'],
      [{ kind: 'number', value: 4 }, '4'.repeat(10_000), 'invalid:too-long'],
      [x('2x'), '', 'invalid:empty'],
      [solvedX('x = 4'), '   ', 'invalid:empty'],
      [x('2x'), '2y', 'invalid:unknown-variable'],
      [x('2x'), 'x = 3', 'invalid:unexpected-relation'],
      [x('2x'), 'sin(x)', 'invalid:unsupported'],
      [x('2x'), '[1, 2]', 'invalid:unsupported'],
      [x('2x'), 'x = 1 = 2', 'invalid:unexpected-relation'],
      [solvedX('x = 4'), 'x = 1 = 2', 'invalid:unsupported'],
      [x('2x'), '1/(x - x)', 'invalid:undefined-value'],
    ];
    for (const [spec, input, expected] of cases)
      assert.equal(statusOf(spec, input), expected, `${input.slice(0, 20)}`);
  });
});
