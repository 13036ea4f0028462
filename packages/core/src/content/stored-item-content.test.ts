import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseGsm8k } from '../importers/parse-gsm8k.ts';
import { itemFamilies } from './catalog/item-families.ts';
import { parseStoredItemContent } from './stored-item-content.ts';
import { validateAuthoredItem } from './validate-authored-item.ts';

/** What the JSONB column gives back for a value written to it. */
const stored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const prompt = { en: 'How many are left?', es: '¿Cuántas quedan?' };
const minimal = {
  stem: { en: 'Ann has 9 apples and eats 4.', es: 'Ana tiene 9 manzanas y se come 4.' },
  steps: [{ id: 's1', prompt, answer: { kind: 'number', value: 5 } }],
};

test('an imported item reads back exactly as the importer wrote it, credit included', () => {
  const line = JSON.stringify({
    id: 'p1',
    question: 'Ann has 9 apples and eats 4. How many are left?',
    steps: [{ question: 'How many did she eat?', explanation: 'She ate 4 apples. 4' }],
    final_answer: '5',
  });
  const [imported] = parseGsm8k(line).items;
  assert.ok(imported, 'the line is imported');
  const { line: _line, ...content } = imported;
  const parsed = parseStoredItemContent(stored(content));
  assert.deepEqual(parsed, stored(content));
  assert.equal(parsed?.attribution?.dataset, imported.attribution.dataset);
  assert.equal(parsed?.steps[0]?.scaffolds.length, 1);
});

test('an authored item reads back with its languages', () => {
  const check = validateAuthoredItem({
    skillId: 'alg.one-step',
    difficulty: 2,
    stem: { en: 'Solve $x + 3 = 10$.' },
    steps: [
      { prompt: { en: 'Solve it.' }, answer: { kind: 'number', key: '7' }, hints: [], misconceptions: [] },
    ],
  });
  assert.ok(check.ok);
  const parsed = parseStoredItemContent(stored(check.content));
  assert.deepEqual(parsed, stored(check.content));
  assert.deepEqual(parsed?.languages, ['en']);
});

test("a generated item's content with a figure and worked lines reads back whole", () => {
  const family = itemFamilies.find((f) => {
    const item = f.generate(3, 2);
    return item.figure !== undefined && item.steps.some((s) => s.worked !== undefined);
  });
  assert.ok(family, 'some family draws a figure and works its steps');
  const { stem, figure, steps } = family.generate(3, 2);
  assert.deepEqual(parseStoredItemContent(stored({ stem, figure, steps })), stored({ stem, figure, steps }));
});

test("a step's missing help reads as none; malformed optional parts are left out", () => {
  const parsed = parseStoredItemContent({
    ...minimal,
    figure: { kind: 'pie' },
    languages: 'en',
    attribution: { dataset: 'x' },
  });
  assert.deepEqual(parsed, {
    stem: minimal.stem,
    steps: [
      {
        id: 's1',
        prompt,
        answer: { kind: 'number', value: 5 },
        guidingQuestion: { en: '', es: '' },
        hints: [],
        scaffolds: [],
        misconceptions: [],
      },
    ],
  });
  const badHelp = parseStoredItemContent({
    ...minimal,
    steps: [{ ...minimal.steps[0], hints: 'Count them', misconceptions: [{ id: 'm' }] }],
  });
  assert.deepEqual(badHelp?.steps[0]?.hints, []);
  assert.deepEqual(badHelp?.steps[0]?.misconceptions, []);
});

test('content without a servable shape reads as null, whichever part is missing or wrong', () => {
  const step = minimal.steps[0]!;
  const broken: [string, unknown][] = [
    ['null', null],
    ['an array', [minimal]],
    ['a string', 'stem'],
    ['no stem', { steps: minimal.steps }],
    ['a stem in one language', { ...minimal, stem: { en: 'Only English' } }],
    ['a string stem', { ...minimal, stem: 'Ann has 9 apples' }],
    ['no steps', { stem: minimal.stem }],
    ['zero steps', { ...minimal, steps: [] }],
    ['steps not a list', { ...minimal, steps: { s1: step } }],
    ['a step that is not an object', { ...minimal, steps: ['s1'] }],
    ['a step without an id', { ...minimal, steps: [{ ...step, id: undefined }] }],
    ['a numeric step id', { ...minimal, steps: [{ ...step, id: 1 }] }],
    ['a prompt in one language', { ...minimal, steps: [{ ...step, prompt: { en: 'How many?' } }] }],
    ['no answer', { ...minimal, steps: [{ ...step, answer: undefined }] }],
    ['an answer without a kind', { ...minimal, steps: [{ ...step, answer: { value: 5 } }] }],
    ['a numeric answer kind', { ...minimal, steps: [{ ...step, answer: { kind: 1, value: 5 } }] }],
    ['one bad step among good ones', { ...minimal, steps: [step, { ...step, id: null }] }],
  ];
  for (const [what, json] of broken) assert.equal(parseStoredItemContent(json), null, what);
  assert.notEqual(parseStoredItemContent(minimal), null, 'the minimal shape itself is servable');
});
