import type { Localized } from '../language/localized.ts';
import type { AnswerSpec, ChoiceOption } from './answer/answer-spec.ts';
import { checkAnswer } from './answer/check-answer.ts';
import { findChoiceOption } from './answer/check-choice.ts';
import { parseRelation, solvedVariable } from './answer/check-relation.ts';
import type { CheckResult } from './answer/check-result.ts';
import { normalizeMath } from './answer/normalize-math.ts';
import { parseMath } from './answer/parse-math.ts';
import { parseNumberLiteral } from './answer/parse-number.ts';

/** Text a teacher types: English always, Spanish when translated. */
export interface AuthoredText {
  readonly en: string;
  readonly es?: string | undefined;
}

/** An authored choice option. */
export interface AuthoredOption {
  readonly id: string;
  readonly text: AuthoredText;
}

/**
 * What a step expects, as a teacher writes it: the kind, the answer key as a learner would type it, and the
 * options of the kind. It becomes an {@link AnswerSpec} that the ordinary checker judges.
 */
export type AuthoredAnswer =
  | { readonly kind: 'number'; readonly key: string; readonly tolerance?: number; readonly unit?: 'percent' }
  | { readonly kind: 'fraction'; readonly key: string; readonly lowestTerms?: boolean }
  | {
      readonly kind: 'expression';
      readonly key: string;
      readonly variables: readonly string[];
      readonly form?: 'any' | 'combined';
    }
  | {
      readonly kind: 'relation';
      readonly key: string;
      readonly variables: readonly string[];
      readonly form?: 'any' | 'solved';
      readonly acceptBareValue?: boolean;
    }
  | { readonly kind: 'choice'; readonly key: string; readonly options: readonly AuthoredOption[] }
  | {
      readonly kind: 'text';
      readonly key: string;
      readonly accepted?: { readonly en?: readonly string[]; readonly es?: readonly string[] };
    };

/** A problem in one field of an authored item: a path such as `steps/1/answer/key`, and what is wrong. */
export interface AuthoringError {
  readonly field: string;
  readonly message: string;
}

/** A spec built from an authored answer, or the errors that stop it. */
export type BuiltSpec = { ok: true; spec: AnswerSpec } | { ok: false; errors: AuthoringError[] };

/** Fills a missing or blank Spanish text with the English one. */
export function localize(text: AuthoredText): Localized {
  const es = text.es?.trim();
  return { en: text.en.trim(), es: es ? es : text.en.trim() };
}

const fail = (field: string, message: string): BuiltSpec => ({ ok: false, errors: [{ field, message }] });

/** The checker's verdict in words, for a key or a wrong answer that is not accepted. */
export function verdictWords(result: CheckResult): string {
  if (result.status === 'correct') return 'is accepted as right';
  if (result.status === 'incorrect')
    return result.note ? `is judged wrong (${result.note})` : 'is judged wrong';
  return `cannot be read by the checker (${result.reason})`;
}

function variablesError(at: string, variables: readonly string[]): BuiltSpec | null {
  const bad = variables.find((v) => !/^[A-Za-z]$/.test(v));
  if (bad !== undefined) return fail(`${at}/variables`, `"${bad}" is not a single letter`);
  if (new Set(variables).size !== variables.length) return fail(`${at}/variables`, 'has a letter twice');
  return null;
}

function choiceSpec(at: string, answer: Extract<AuthoredAnswer, { kind: 'choice' }>): BuiltSpec {
  const ids = answer.options.map((o) => o.id);
  if (answer.options.length < 2) return fail(`${at}/options`, 'needs at least two options');
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) return fail(`${at}/options`, `the option id "${twice}" is used twice`);
  const blank = answer.options.findIndex((o) => o.text.en.trim() === '');
  if (blank >= 0) return fail(`${at}/options/${blank}/text/en`, 'is empty');
  if (!ids.includes(answer.key)) {
    return fail(`${at}/key`, `"${answer.key}" is not among the options (${ids.join(', ')})`);
  }
  const options: ChoiceOption[] = answer.options.map((o) => ({ id: o.id, text: localize(o.text) }));
  return { ok: true, spec: { kind: 'choice', options, correct: answer.key } };
}

/** Turns the teacher's key into the spec's stored value, or says why it cannot be one. */
function specOf(at: string, answer: AuthoredAnswer): BuiltSpec {
  const key = answer.key.trim();
  if (key === '') return fail(`${at}/key`, 'is empty');
  switch (answer.kind) {
    case 'number': {
      const text = normalizeMath(key).replace(answer.unit === 'percent' ? /\s*%$/ : /$^/, '');
      const parsed = parseNumberLiteral(text);
      if (!parsed.ok) return fail(`${at}/key`, `"${key}" is not a number (${parsed.reason})`);
      const spec = { kind: 'number', value: parsed.value.valueOf() } as const;
      return {
        ok: true,
        spec: {
          ...spec,
          ...(answer.tolerance ? { tolerance: answer.tolerance } : {}),
          ...(answer.unit ? { unit: answer.unit } : {}),
        },
      };
    }
    case 'fraction': {
      const parsed = parseNumberLiteral(normalizeMath(key));
      if (!parsed.ok) return fail(`${at}/key`, `"${key}" is not a number or fraction (${parsed.reason})`);
      // NOTE: the stored value is "p/q" as the spec asks; lowest terms are then judged on what the learner types.
      const value = parsed.value.toFraction();
      return {
        ok: true,
        spec: { kind: 'fraction', value, ...(answer.lowestTerms ? { lowestTerms: true } : {}) },
      };
    }
    case 'expression': {
      const bad = variablesError(at, answer.variables);
      if (bad) return bad;
      const parsed = parseMath(normalizeMath(key), answer.variables);
      if (!parsed.ok) return fail(`${at}/key`, `"${key}" does not parse as an expression (${parsed.reason})`);
      const form = answer.form && answer.form !== 'any' ? { form: answer.form } : {};
      return {
        ok: true,
        spec: { kind: 'expression', value: key, variables: [...answer.variables], ...form },
      };
    }
    case 'relation': {
      const bad = variablesError(at, answer.variables);
      if (bad) return bad;
      const parsed = parseRelation(normalizeMath(key), answer.variables);
      if (typeof parsed === 'string') {
        return fail(`${at}/key`, `"${key}" does not parse as an equation or inequality (${parsed})`);
      }
      // NOTE: the checker compares a solved form with the key's own, so a key "2x = 6" would accept itself.
      if (answer.form === 'solved' && solvedVariable(parsed) === null) {
        return fail(`${at}/key`, `"${key}" is not solved: the step asks for the variable alone on one side`);
      }
      return {
        ok: true,
        spec: {
          kind: 'relation',
          value: key,
          variables: [...answer.variables],
          ...(answer.form && answer.form !== 'any' ? { form: answer.form } : {}),
          ...(answer.acceptBareValue ? { acceptBareValue: true } : {}),
        },
      };
    }
    case 'choice':
      return choiceSpec(at, { ...answer, key });
    case 'text': {
      const clean = (list: readonly string[] | undefined) =>
        (list ?? []).map((s) => s.trim()).filter((s) => s !== '');
      const en = [key, ...clean(answer.accepted?.en).filter((s) => s !== key)];
      return { ok: true, spec: { kind: 'text', accepted: { en, es: clean(answer.accepted?.es) } } };
    }
  }
}

/**
 * Builds the answer spec of an authored step and proves it with the checker that judges learners: the key
 * must parse and `checkAnswer(spec, key)` must say correct (a solved-form relation keyed "2x = 6", a combined
 * expression keyed "2(x + 1)" are refused). Errors name the field under `at` (`steps/0/answer`).
 * @example
 * buildAnswerSpec('steps/0/answer', { kind: 'number', key: '7' }); // { ok: true, spec: { kind: 'number', value: 7 } }
 */
export function buildAnswerSpec(at: string, answer: AuthoredAnswer): BuiltSpec {
  let built: BuiltSpec;
  try {
    built = specOf(at, answer);
  } catch {
    // NOTE: the checker throws on authored math it cannot read (a content bug); here it is the teacher's input.
    return fail(`${at}/key`, 'cannot be read by the checker');
  }
  if (!built.ok) return built;
  const verdict = safeCheck(built.spec, answer.key.trim());
  if (verdict.status !== 'correct') {
    return fail(
      `${at}/key`,
      `the answer key "${answer.key.trim()}" ${verdictWords(verdict)} by its own check`,
    );
  }
  return built;
}

/** checkAnswer that reports a throw as an unreadable answer. */
export function safeCheck(spec: AnswerSpec, input: string): CheckResult {
  try {
    return checkAnswer(spec, input);
  } catch {
    return { status: 'invalid', reason: 'syntax' };
  }
}

/**
 * The spec of a known wrong answer of a step: the same kind and options as the step, keyed by the wrong answer
 * (for a choice, the option it names), so that the ordinary checker recognises it.
 */
export function misconceptionSpec(step: AnswerSpec, wrong: string): AnswerSpec | null {
  switch (step.kind) {
    case 'number': {
      const parsed = parseNumberLiteral(normalizeMath(wrong).replace(/\s*%$/, ''));
      return parsed.ok
        ? { kind: 'number', value: parsed.value.valueOf(), ...(step.unit ? { unit: step.unit } : {}) }
        : null;
    }
    case 'fraction': {
      const parsed = parseNumberLiteral(normalizeMath(wrong));
      return parsed.ok ? { kind: 'fraction', value: parsed.value.toFraction() } : null;
    }
    case 'expression':
      return { kind: 'expression', value: wrong, variables: step.variables };
    case 'relation':
      return {
        kind: 'relation',
        value: wrong,
        variables: step.variables,
        ...(step.acceptBareValue ? { acceptBareValue: true } : {}),
      };
    case 'choice': {
      const id = findChoiceOption(step, wrong);
      return id === null ? null : { kind: 'choice', options: step.options, correct: id };
    }
    case 'text':
      return { kind: 'text', accepted: { en: [wrong], es: [wrong] } };
  }
}
