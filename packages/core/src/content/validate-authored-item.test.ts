import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkAnswer } from './answer/check-answer.ts';
import { itemFamilies } from './catalog/item-families.ts';
import { diagnoseAnswer } from './diagnose-answer.ts';
import { type AuthoredItemInput, type AuthoredStep, validateAuthoredItem } from './validate-authored-item.ts';
import { authoredFormOf } from './validate-authored-item-form.ts';

const step = (answer: AuthoredStep['answer'], more: Partial<AuthoredStep> = {}): AuthoredStep => ({
  prompt: { en: 'Solve it.', es: 'Resuélvelo.' },
  answer,
  hints: [{ en: 'Undo the addition first.', es: 'Deshaz primero la suma.' }],
  misconceptions: [],
  ...more,
});

const item = (...steps: AuthoredStep[]): AuthoredItemInput => ({
  skillId: 'alg.one-step',
  difficulty: 2,
  stem: { en: 'Solve $x + 3 = 10$.', es: 'Resuelve $x + 3 = 10$.' },
  steps,
});

const fields = (input: AuthoredItemInput) => {
  const check = validateAuthoredItem(input);
  assert.equal(check.ok, false, 'the item is refused');
  return check.ok ? [] : check.errors.map((e) => e.field);
};

test('a valid item of every kind becomes steps the ordinary checker judges', () => {
  const check = validateAuthoredItem(
    item(
      step(
        { kind: 'number', key: '7' },
        { misconceptions: [{ answer: '13', feedback: { en: 'You added 3.' } }] },
      ),
      step({ kind: 'fraction', key: '3/4', lowestTerms: true }),
      step({ kind: 'expression', key: '2x + 2', variables: ['x'], form: 'combined' }),
      step({ kind: 'relation', key: 'x = 7', variables: ['x'], form: 'solved', acceptBareValue: true }),
      step({
        kind: 'choice',
        key: 'b',
        options: [
          { id: 'a', text: { en: '13', es: '13' } },
          { id: 'b', text: { en: '7', es: '7' } },
        ],
      }),
      step({ kind: 'text', key: 'inverse operation', accepted: { es: ['operación inversa'] } }),
    ),
  );
  assert.ok(check.ok, JSON.stringify(check));
  const [number, fraction, expression, relation, choice, text] = check.content.steps;
  assert.deepEqual(number!.answer, { kind: 'number', value: 7 });
  assert.equal(checkAnswer(fraction!.answer, '6/8').status, 'incorrect', 'lowest terms asked');
  assert.equal(checkAnswer(expression!.answer, '2(x+1)').status, 'incorrect', 'combined form asked');
  assert.equal(checkAnswer(relation!.answer, '7').status, 'correct', 'a bare value is accepted');
  assert.equal(checkAnswer(choice!.answer, 'b').status, 'correct');
  assert.equal(checkAnswer(text!.answer, 'Operación inversa').status, 'correct');
  const diagnosis = diagnoseAnswer(number!.answer, number!.misconceptions, '13');
  assert.equal(diagnosis.misconception?.feedback.en, 'You added 3.');
  assert.deepEqual(
    check.content.steps.map((s) => s.id),
    ['s1', 's2', 's3', 's4', 's5', 's6'],
  );
  assert.deepEqual(check.content.languages, ['en'], 'a feedback without Spanish makes the item English-only');
  assert.equal(number!.misconceptions[0]!.feedback.es, 'You added 3.', 'Spanish shows the English text');
});

test('a fully translated item says so', () => {
  const check = validateAuthoredItem(item(step({ kind: 'number', key: '7' })));
  assert.ok(check.ok);
  assert.deepEqual(check.content.languages, ['en', 'es']);
});

test('answer keys the checker would not accept are refused, naming the step and field', () => {
  assert.deepEqual(fields(item(step({ kind: 'number', key: '7' }), step({ kind: 'number', key: 'x = 7' }))), [
    'steps/1/answer/key',
  ]);
  assert.deepEqual(fields(item(step({ kind: 'number', key: '3+4' }))), ['steps/0/answer/key']);
  assert.deepEqual(fields(item(step({ kind: 'expression', key: '2x +', variables: ['x'] }))), [
    'steps/0/answer/key',
  ]);
  assert.deepEqual(fields(item(step({ kind: 'expression', key: '2y', variables: ['x'] }))), [
    'steps/0/answer/key',
  ]);
  assert.deepEqual(
    fields(item(step({ kind: 'expression', key: '2(x + 1)', variables: ['x'], form: 'combined' }))),
    ['steps/0/answer/key'],
    'a key that is not in the form the step asks',
  );
  assert.deepEqual(
    fields(item(step({ kind: 'relation', key: '2x = 14', variables: ['x'], form: 'solved' }))),
    ['steps/0/answer/key'],
  );
  assert.deepEqual(fields(item(step({ kind: 'relation', key: 'x + 1', variables: ['x'] }))), [
    'steps/0/answer/key',
  ]);
  assert.deepEqual(fields(item(step({ kind: 'fraction', key: '6/8', lowestTerms: true }))), [
    'steps/0/answer/key',
  ]);
  assert.deepEqual(
    fields(
      item(
        step({
          kind: 'choice',
          key: 'c',
          options: [
            { id: 'a', text: { en: '1' } },
            { id: 'b', text: { en: '2' } },
          ],
        }),
      ),
    ),
    ['steps/0/answer/key'],
  );
  assert.deepEqual(
    fields(item(step({ kind: 'choice', key: 'a', options: [{ id: 'a', text: { en: '1' } }] }))),
    ['steps/0/answer/options'],
  );
  assert.deepEqual(fields(item(step({ kind: 'expression', key: 'x', variables: ['xy'] }))), [
    'steps/0/answer/variables',
  ]);
});

test('a known wrong answer must be judged wrong by the step and readable', () => {
  const right = step(
    { kind: 'number', key: '7' },
    { misconceptions: [{ answer: '7.0', feedback: { en: 'No.' } }] },
  );
  assert.deepEqual(fields(item(right)), ['steps/0/misconceptions/0/answer']);
  const unreadable = step(
    { kind: 'number', key: '7' },
    { misconceptions: [{ answer: 'seven', feedback: { en: 'x' } }] },
  );
  assert.deepEqual(fields(item(unreadable)), ['steps/0/misconceptions/0/answer']);
  const noFeedback = step(
    { kind: 'number', key: '7' },
    { misconceptions: [{ answer: '13', feedback: { en: ' ' } }] },
  );
  assert.deepEqual(fields(item(noFeedback)), ['steps/0/misconceptions/0/feedback/en']);
});

test('every problem is reported at once: empty texts, difficulty, duplicate step ids', () => {
  const input: AuthoredItemInput = {
    skillId: 'alg.one-step',
    difficulty: 5 as 1,
    stem: { en: '' },
    steps: [
      step({ kind: 'number', key: '1' }, { id: 'same', prompt: { en: '' } }),
      step({ kind: 'number', key: '' }, { id: 'same' }),
    ],
  };
  assert.deepEqual(fields(input).sort(), [
    'difficulty',
    'stem/en',
    'steps/0/prompt/en',
    'steps/1/answer/key',
    'steps/1/id',
  ]);
  assert.deepEqual(fields({ ...item(), steps: [] }), ['steps']);
});

test('the editor form of a generated item checks back to the same answers', () => {
  for (const family of itemFamilies.slice(0, 40)) {
    const generated = family.generate(5, 2);
    const check = validateAuthoredItem(authoredFormOf(generated));
    assert.ok(check.ok, `${generated.id}: ${JSON.stringify(!check.ok && check.errors)}`);
    generated.steps.forEach((s, i) => {
      const key = s.answer.kind === 'choice' ? s.answer.correct : undefined;
      if (key) assert.equal(checkAnswer(check.content.steps[i]!.answer, key).status, 'correct', generated.id);
    });
  }
});
