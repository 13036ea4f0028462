import type { AnswerSpec } from '../content/answer/answer-spec.ts';
import { familiesForSkill, findItemFamily } from '../content/catalog/item-families.ts';
import type { Figure, Item, ItemFamily, Step } from '../content/item.ts';
import type { Localized } from '../language/localized.ts';
import { findAnswerLeak } from './answer-guard.ts';
import { guardTargetFor } from './guard-target.ts';
import { numberWordsToDigits } from './number-words.ts';

/** One step of a worked example: what was asked, how it is solved, and its answer. */
export interface WorkedStep {
  readonly prompt: Localized;
  readonly lines: readonly Localized[];
  readonly answer: Localized;
}

/** A problem solved in full, for a learner to study. */
export interface WorkedExample {
  /** The id of the item solved (`familyId/seed/difficulty`). */
  readonly itemId: string;
  readonly stem: Localized;
  readonly figure?: Figure;
  readonly steps: readonly WorkedStep[];
}

function answerText(spec: AnswerSpec): Localized {
  if (spec.kind === 'choice') {
    const option = spec.options.find((o) => o.id === spec.correct);
    return option ? option.text : { en: spec.correct, es: spec.correct };
  }
  if (spec.kind === 'text') return { en: spec.accepted.en[0] ?? '', es: spec.accepted.es[0] ?? '' };
  const value = spec.kind === 'number' && spec.unit === 'percent' ? `${spec.value}\\%` : String(spec.value);
  return { en: `$${value}$`, es: `$${value}$` };
}

function workedStep(step: Step): WorkedStep {
  const options: Localized[] =
    step.answer.kind === 'choice'
      ? [
          {
            en: `Options: ${step.answer.options.map((o) => o.text.en).join('; ')}.`,
            es: `Opciones: ${step.answer.options.map((o) => o.text.es).join('; ')}.`,
          },
        ]
      : [];
  const lines = step.worked && step.worked.length > 0 ? step.worked : step.hints;
  return { prompt: step.prompt, lines: [...options, ...lines], answer: answerText(step.answer) };
}

/**
 * The worked solution of an item: its stem and figure, and each step with its worked lines (the step's `worked`
 * lines when the family wrote them, otherwise its hints) and answer.
 *
 * @example
 * workedExampleOf(findItem('alg.one-step-add.basic/3/1')!).steps[0]?.answer.en; // '$x = 9$'
 */
export function workedExampleOf(item: Item): WorkedExample {
  return {
    itemId: item.id,
    stem: item.stem,
    ...(item.figure ? { figure: item.figure } : {}),
    steps: item.steps.map(workedStep),
  };
}

/** All the text of a worked example, both languages, as the answer guard reads it. */
export function workedExampleText(example: WorkedExample): string {
  return [
    example.stem.en,
    example.stem.es,
    ...(example.figure ? [example.figure.values.join(' ; ')] : []),
    ...example.steps.flatMap((s) => [s.prompt, ...s.lines, s.answer].flatMap((t) => [t.en, t.es])),
  ].join('\n');
}

/** Seeds tried per family before giving up on a sibling: a few per cent of seeds collide with an answer. */
const TRIES = 80;

function siblingSeed(seed: number, attempt: number): number {
  // A fixed, well-spread sequence: the same stuck item always shows the same sibling.
  return ((seed * 7919 + attempt * 104_729 + 1) % 999_999_937) + 1;
}

function tokenValue(token: string): number {
  const [a, b] = token.replace(',', '.').split('/');
  return b === undefined ? Number(a) : Number(a) / Number(b);
}

/** The numbers an answer spec stands for (a bare value, a fraction, the bound of a solved relation). */
function answerValues(spec: AnswerSpec): number[] {
  if (spec.kind === 'number') return [spec.value];
  if (spec.kind === 'fraction' || spec.kind === 'relation' || spec.kind === 'expression') {
    const solved = /^[a-z]\s*(?:=|<=|>=|<|>)\s*(-?[\d./]+)$/.exec(spec.value);
    const bare = /^-?[\d./]+$/.test(spec.value) ? spec.value : null;
    const token = solved?.[1] ?? bare;
    return token ? [tokenValue(token)] : [];
  }
  return [];
}

/**
 * Stricter than the tutor's guard, since a worked example is full of numbers: no number in it (digits, fractions,
 * `\frac`, or number words) has the size of any answer of the stuck item, whatever the context.
 */
function mentionsAnAnswer(text: string, item: Item): boolean {
  const values = item.steps.flatMap((s) => answerValues(s.answer)).map(Math.abs);
  if (values.length === 0) return false;
  const plain = numberWordsToDigits(
    text
      .replace(/\\[dt]?frac\{(-?\d+)\}\{(\d+)\}/g, '$1/$2')
      .replace(/\u2212/g, '-')
      .toLowerCase(),
  );
  // A number written right before a letter is a coefficient ("3x"), not a value.
  for (const m of plain.matchAll(/\d+(?:[.,]\d+)?(?:\/\d+)?(?![\d\p{L}])/gu)) {
    const size = Math.abs(tokenValue(m[0]));
    if (values.some((v) => Math.abs(v - size) < 1e-9)) return true;
  }
  // A relation's variable and sign close before its bound's digits ("x \le 42" when the answer is x ≤ 2).
  const signs = plain.replace(/\\le(q)?/g, '<=').replace(/\\ge(q)?/g, '>=');
  for (const step of item.steps) {
    const m =
      step.answer.kind === 'relation'
        ? /^([a-z])\s*(?:<=|>=|<|>)\s*-?([\d./]+)$/.exec(step.answer.value)
        : null;
    if (!m) continue;
    const near = new RegExp(`${m[1]}\\s*(<=|>=|<|>|≤|≥)[^.?!]{0,15}?${m[2]!.replace('.', '\\.')}(?!\\d)`);
    if (near.test(signs)) return true;
  }
  return false;
}

function revealsNothing(example: WorkedExample, item: Item): boolean {
  const text = workedExampleText(example);
  // Every step of the current item, from the first: the example must reveal none of its answers.
  return !mentionsAnAnswer(text, item) && findAnswerLeak(text, guardTargetFor(item, 0)).allowed;
}

/**
 * The worked example shown to a learner stuck on `item` after the last hint: a sibling item of the same family
 * (same form, other numbers; another family of the skill if none fits) whose whole worked text reveals none of
 * the current item's answers to the answer guard. Null when the item has no family (imported items) or no
 * sibling passes the guard.
 *
 * @example
 * const example = siblingWorkedExample(findItem('alg.slope.basic/12/2')!);
 * example?.itemId; // 'alg.slope.basic/…/2', never the item itself
 */
export function siblingWorkedExample(item: Item): WorkedExample | null {
  const own = findItemFamily(item.familyId);
  if (!own) return null;
  const families: ItemFamily[] = [own, ...familiesForSkill(item.skillId).filter((f) => f.id !== own.id)];
  for (const family of families) {
    for (let attempt = 0; attempt < TRIES; attempt++) {
      const sibling = family.generate(siblingSeed(item.seed, attempt), item.difficulty);
      if (sibling.id === item.id) continue;
      const example = workedExampleOf(sibling);
      if (revealsNothing(example, item)) return example;
    }
  }
  return null;
}
