import type { Localized } from '../language/localized.ts';
import type { AnswerSpec } from './answer/answer-spec.ts';
import type { Difficulty, Misconception, Step } from './item.ts';
import {
  type AuthoredAnswer,
  type AuthoredText,
  type AuthoringError,
  buildAnswerSpec,
  localize,
  misconceptionSpec,
  safeCheck,
  verdictWords,
} from './validate-authored-item-answer.ts';

export type {
  AuthoredAnswer,
  AuthoredOption,
  AuthoredText,
  AuthoringError,
} from './validate-authored-item-answer.ts';

/** A known wrong answer of a step, as a teacher writes it, with the feedback it gets. */
export interface AuthoredMisconception {
  readonly answer: string;
  readonly feedback: AuthoredText;
}

/** One step of an authored item. `id` is kept when given (an edit), else `s1`, `s2`, … */
export interface AuthoredStep {
  readonly id?: string | undefined;
  readonly prompt: AuthoredText;
  readonly answer: AuthoredAnswer;
  readonly hints: readonly AuthoredText[];
  readonly guidingQuestion?: AuthoredText | undefined;
  readonly misconceptions: readonly AuthoredMisconception[];
}

/** An item as a teacher writes it (the body of the authoring API, before it is checked). */
export interface AuthoredItemInput {
  readonly skillId: string;
  readonly difficulty: Difficulty;
  readonly stem: AuthoredText;
  readonly steps: readonly AuthoredStep[];
}

/** What is stored of a checked authored item: the shape of an {@link Item}'s content, and its languages. */
export interface AuthoredContent {
  readonly stem: Localized;
  readonly steps: readonly Step[];
  /** `['en', 'es']` when every text is translated; `['en']` when Spanish shows the English text. */
  readonly languages: readonly ('en' | 'es')[];
}

/** The verdict on an authored item: its content, or every problem with its field. */
export type AuthoredItemCheck =
  | { readonly ok: true; readonly content: AuthoredContent }
  | { readonly ok: false; readonly errors: readonly AuthoringError[] };

const stepIdPattern = /^[A-Za-z0-9][\w.:-]{0,79}$/;

/** Collects every text of the input, to tell whether all of it is translated. */
function allTexts(input: AuthoredItemInput): AuthoredText[] {
  return [
    input.stem,
    ...input.steps.flatMap((s) => [
      s.prompt,
      ...s.hints,
      ...(s.guidingQuestion?.en.trim() ? [s.guidingQuestion] : []),
      ...s.misconceptions.map((m) => m.feedback),
      ...(s.answer.kind === 'choice' ? s.answer.options.map((o) => o.text) : []),
    ]),
  ];
}

function requireText(errors: AuthoringError[], field: string, text: AuthoredText): void {
  if (text.en.trim() === '') errors.push({ field: `${field}/en`, message: 'is empty' });
}

/** The pattern of one known wrong answer, or why it cannot be one. */
function misconceptionOf(m: AuthoredMisconception, answer: Step['answer']): string | AnswerSpec {
  const wrong = m.answer.trim();
  if (wrong === '') return 'is empty';
  const verdict = safeCheck(answer, wrong);
  if (verdict.status !== 'incorrect') {
    return `"${wrong}" ${verdictWords(verdict)} by the step's check, so it cannot be a known wrong answer`;
  }
  const spec = misconceptionSpec(answer, wrong);
  if (!spec || safeCheck(spec, wrong).status !== 'correct') return `"${wrong}" cannot be recognised`;
  return spec;
}

function checkMisconceptions(
  errors: AuthoringError[],
  at: string,
  step: AuthoredStep,
  answer: Step['answer'],
) {
  const out: Misconception[] = [];
  for (const [j, m] of step.misconceptions.entries()) {
    const field = `${at}/misconceptions/${j}`;
    requireText(errors, `${field}/feedback`, m.feedback);
    const spec = misconceptionOf(m, answer);
    if (typeof spec === 'string') errors.push({ field: `${field}/answer`, message: spec });
    else out.push({ id: `m${j + 1}`, answer: spec, feedback: localize(m.feedback) });
  }
  return out;
}

function checkStep(errors: AuthoringError[], step: AuthoredStep, index: number, id: string): Step | null {
  const at = `steps/${index}`;
  const before = errors.length;
  requireText(errors, `${at}/prompt`, step.prompt);
  for (const [j, hint] of step.hints.entries()) requireText(errors, `${at}/hints/${j}`, hint);
  const built = buildAnswerSpec(`${at}/answer`, step.answer);
  if (!built.ok) {
    errors.push(...built.errors);
    return null;
  }
  const misconceptions = checkMisconceptions(errors, at, step, built.spec);
  if (errors.length > before) return null;
  const guiding = step.guidingQuestion?.en.trim() ? localize(step.guidingQuestion) : { en: '', es: '' };
  return {
    id,
    prompt: localize(step.prompt),
    answer: built.spec,
    guidingQuestion: guiding,
    hints: step.hints.map(localize),
    scaffolds: [],
    misconceptions,
  };
}

/** The ids of the steps: the given ones (checked for form and uniqueness), else `s1`, `s2`, … */
function stepIds(errors: AuthoringError[], steps: readonly AuthoredStep[]): string[] {
  const ids = steps.map((s, i) => s.id ?? `s${i + 1}`);
  ids.forEach((id, i) => {
    if (!stepIdPattern.test(id)) {
      errors.push({ field: `steps/${i}/id`, message: 'use 1–80 letters, digits, dots, colons and dashes' });
    } else if (ids.indexOf(id) !== i) {
      errors.push({ field: `steps/${i}/id`, message: `"${id}" is used by another step` });
    }
  });
  return ids;
}

/**
 * Checks an item a teacher wrote with the same checker that judges learners, and builds its stored content.
 * Every answer key must be accepted by `checkAnswer` for its own spec (numbers read as numbers, expressions and
 * relations parse, a choice key is one of the options, a solved or combined form is respected); every known
 * wrong answer must be judged wrong by the step and recognised by its own pattern. Errors name their field
 * (`steps/1/answer/key`), all of them at once. Missing Spanish shows the English text and `languages` says so.
 * @example
 * const check = validateAuthoredItem(body);
 * if (!check.ok) throw new AppError('validation_failed', 'The item has errors', check.errors);
 */
export function validateAuthoredItem(input: AuthoredItemInput): AuthoredItemCheck {
  const errors: AuthoringError[] = [];
  requireText(errors, 'stem', input.stem);
  if (![1, 2, 3].includes(input.difficulty))
    errors.push({ field: 'difficulty', message: 'must be 1, 2 or 3' });
  if (input.steps.length === 0) errors.push({ field: 'steps', message: 'needs at least one step' });
  const ids = stepIds(errors, input.steps);
  const steps = input.steps.map((s, i) => checkStep(errors, s, i, ids[i]!));
  if (errors.length > 0) return { ok: false, errors };
  const translated = allTexts(input).every((t) => (t.es ?? '').trim() !== '');
  return {
    ok: true,
    content: {
      stem: localize(input.stem),
      steps: steps as Step[],
      languages: translated ? ['en', 'es'] : ['en'],
    },
  };
}
