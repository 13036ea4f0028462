import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AnswerSpec } from '../content/answer/answer-spec.ts';
import { findItem } from '../content/catalog/item-families.ts';
import { findAnswerLeak, guardFallback, guardReply } from './answer-guard.ts';
import type { GuardTarget } from './guard-target.ts';
import { guardTargetFor } from './guard-target.ts';

const solvedX = (value: string): AnswerSpec => ({
  kind: 'relation',
  value,
  variables: ['x'],
  form: 'solved',
  acceptBareValue: true,
});
const equation: GuardTarget = { answers: [solvedX('x = 4')], context: 'Solve $2x + 3 = 11$. What is $x$?' };

function blocked(target: GuardTarget, reply: string): boolean {
  return !findAnswerLeak(reply, target).allowed;
}

describe('answer guard', () => {
  test('blocks the answer of an equation in every phrasing', () => {
    const leaks = [
      'x = 4',
      'x=4',
      '4',
      'x = 4.0',
      '4,0',
      'four',
      'Four!',
      'cuatro',
      'The answer is 4.',
      'La respuesta es cuatro.',
      'x equals four',
      'x is 4',
      'x es igual a 4',
      'x vale 4',
      '8/2',
      '$\\frac{8}{2}$',
      '\\dfrac{16}{4}',
      '$x = \\frac{12}{3}$',
      'x\\,=\\,4',
      '2 + 2',
      'two plus two',
      'x = 2^2',
      '4 = x',
      'x= +4',
      'so x would be 4',
      '(4)',
      'It is 4.',
      'It\u2019s four',
    ];
    for (const reply of leaks) assert.ok(blocked(equation, reply), reply);
  });

  test('lets through replies that quote the problem or give no result', () => {
    const safe = [
      'Subtract 3 from both sides of $2x + 3 = 11$.',
      'What do you get when you divide both sides by 2?',
      'Te doy una pista: resta 3 en ambos lados.',
      'Check your value by substituting it back.',
      'What is $11 - 3$?',
      guardFallback.en,
      guardFallback.es,
    ];
    for (const reply of safe) assert.ok(!blocked(equation, reply), reply);
  });

  test('a number from the problem is blocked when a cue presents it as the result', () => {
    const target: GuardTarget = { answers: [solvedX('x = 4')], context: 'Solve $4x = 16$.' };
    assert.ok(!blocked(target, 'Look at the 4 next to x.'));
    assert.ok(blocked(target, 'The answer is 4.'));
    assert.ok(blocked(target, '4 is the answer.'));
    assert.ok(blocked(target, 'x = 4'));
  });

  test('reads full-width digits, vulgar fractions and "would equal"', () => {
    assert.ok(blocked(equation, 'x = \uFF14'));
    assert.ok(blocked(equation, 'x would equal 4'));
    const half: GuardTarget = {
      answers: [{ kind: 'fraction', value: '1/2' }],
      context: 'Slope through (0, 0) and (2, 1).',
    };
    assert.ok(blocked(half, 'It is \u00BD.'));
  });

  test('inequalities: equivalent solution sets are blocked, other relations are not', () => {
    const target: GuardTarget = {
      answers: [{ kind: 'relation', value: 'x > 2', variables: ['x'], form: 'solved' }],
      context: 'Solve $-3x < -6$.',
    };
    for (const reply of ['x > 2', '2 < x', 'x is greater than 2', 'x es mayor que dos', 'x \\gt 2'])
      assert.ok(blocked(target, reply), reply);
    for (const reply of ['x < 2', 'x \\ge 2', 'Divide both sides by -3.'])
      assert.ok(!blocked(target, reply), reply);
  });

  test('expressions: equivalent combined forms are blocked, the unsimplified problem is not', () => {
    const target: GuardTarget = {
      answers: [{ kind: 'expression', value: '5x + 3', variables: ['x'], form: 'combined' }],
      context: 'Simplify $3x + 2x + 3$.',
    };
    for (const reply of ['5x + 3', '3 + 5x', 'It simplifies to $5x+3$', 'x(5) + 3'])
      assert.ok(blocked(target, reply), reply);
    for (const reply of ['Simplify $3x + 2x + 3$ by combining like terms.', 'Combine 3x and 2x.'])
      assert.ok(!blocked(target, reply), reply);
  });

  test('lines, fractions and percents', () => {
    const line: GuardTarget = {
      answers: [{ kind: 'relation', value: 'y = 2x + 3', variables: ['x', 'y'], form: 'solved' }],
      context: 'Slope 2 through (1, 5).',
    };
    assert.ok(blocked(line, 'So y = 3 + 2x.'));
    assert.ok(!blocked(line, 'Start from y = mx + b.'));
    const fraction: GuardTarget = {
      answers: [{ kind: 'fraction', value: '3/4' }],
      context: 'Through (0, 0) and (4, 3).',
    };
    for (const reply of ['3/4', '0.75', 'three quarters', 'tres cuartos', '\\frac{6}{8}', '0,75'])
      assert.ok(blocked(fraction, reply), reply);
    const percent: GuardTarget = {
      answers: [{ kind: 'number', value: 25, unit: 'percent' }],
      context: 'Write 1/4 as a percent.',
    };
    for (const reply of ['25%', '25 percent', 'veinticinco por ciento', 'It is 25.'])
      assert.ok(blocked(percent, reply), reply);
  });

  test('multiple choice: the right option is blocked unless every option is named', () => {
    const spec: AnswerSpec = {
      kind: 'choice',
      options: [
        { id: 'a', text: { en: 'The mean', es: 'La media' } },
        { id: 'b', text: { en: 'The median', es: 'La mediana' } },
      ],
      correct: 'b',
    };
    const target: GuardTarget = { answers: [spec], context: '' };
    for (const reply of [
      'The median.',
      'Use the median',
      'la mediana',
      'Option B',
      'It is (b)',
      'La respuesta es b',
      'B is correct',
    ])
      assert.ok(blocked(target, reply), reply);
    for (const reply of ['Compare the mean and the median.', '¿Qué pasa con la media?'])
      assert.ok(!blocked(target, reply), reply);
  });

  test('option "a" is a word too: "here is a hint" passes, "the answer is a." and "It is A" do not', () => {
    const spec: AnswerSpec = {
      kind: 'choice',
      options: [
        { id: 'a', text: { en: 'The first line', es: 'La primera línea' } },
        { id: 'b', text: { en: 'The second line', es: 'La segunda línea' } },
      ],
      correct: 'a',
    };
    const target: GuardTarget = { answers: [spec], context: '' };
    for (const reply of [
      'The answer is a.',
      'It is A because of the sign',
      'La respuesta es a',
      'Option a',
      '(a)',
    ])
      assert.ok(blocked(target, reply), reply);
    for (const reply of ['Here is a hint. Check each line.', 'Es a ti a quien toca decidir.'])
      assert.ok(!blocked(target, reply), reply);
  });

  test('math options are compared as math: a sign changes the option', () => {
    const spec: AnswerSpec = {
      kind: 'choice',
      options: [
        { id: 'a', text: { en: '$y = 3x - 4$', es: '$y = 3x - 4$' } },
        { id: 'b', text: { en: '$y = -3x + 4$', es: '$y = -3x + 4$' } },
        { id: 'c', text: { en: '$y = 3x + 4$', es: '$y = 3x + 4$' } },
      ],
      correct: 'c',
    };
    const target: GuardTarget = { answers: [spec], context: '' };
    assert.ok(blocked(target, 'It is $y=3x+4$.'));
    assert.ok(blocked(target, 'Try y = 3x + 4'));
    // The wrong options alone, even if they differ from the answer only in signs, reveal nothing.
    assert.ok(!blocked(target, 'Is it $y = 3x - 4$ or $y = -3x + 4$? Look at the sign of the slope.'));
    assert.ok(!blocked(target, 'Compare $y = 3x - 4$, $y = -3x + 4$ and $y = 3x + 4$.'));
  });

  test('a reply that is nothing but a number from the problem presents it as the answer', () => {
    const target: GuardTarget = {
      answers: [{ kind: 'number', value: 4 }],
      context: 'After 4 h they had walked 16 km.',
    };
    assert.ok(blocked(target, '4'));
    assert.ok(blocked(target, '4!'));
    assert.ok(!blocked(target, 'Look at the point at 4 h.'));
  });

  test('a reply too long to read is replaced', () => {
    const verdict = findAnswerLeak('Think about it. '.repeat(200), equation);
    assert.equal(verdict.allowed ? null : verdict.kind, 'too-long');
  });

  test('guards later steps too, and replaces a blocked reply with a safe one', () => {
    const item = findItem('alg.two-step-equations.basic/7/2')!;
    const target = guardTargetFor(item, 0);
    assert.equal(target.answers.length, 2);
    const final = item.steps[1]!.answer;
    assert.equal(final.kind, 'relation');
    const reply = `Then ${final.kind === 'relation' ? final.value : ''}.`;
    const guarded = guardReply(reply, target, 'es');
    assert.equal(guarded.blocked, true);
    assert.equal(guarded.text, guardFallback.es);
    assert.deepEqual(guardReply('Undo the addition first.', target, 'en'), {
      text: 'Undo the addition first.',
      blocked: false,
      verdict: { allowed: true },
    });
  });
});
