import type { Locale } from '../../language/localized.ts';
import type { AnswerSpec } from './answer-spec.ts';
import { checkChoice, checkText } from './check-choice.ts';
import { checkExpression } from './check-expression.ts';
import { checkFraction, checkNumber } from './check-number.ts';
import { checkRelation } from './check-relation.ts';
import { type CheckResult, maxAnswerLength } from './check-result.ts';

/**
 * Judges a learner's answer against what a step expects. Never throws on learner input: malformed input
 * ("2x+", "1/0", 10,000 characters, "") yields `{ status: 'invalid', reason }`, which is not an attempt.
 * @example
 * checkAnswer({ kind: 'relation', value: 'x = 4', variables: ['x'], form: 'solved' }, 'x=4'); // correct
 * checkAnswer({ kind: 'number', value: 4 }, '1/0'); // { status: 'invalid', reason: 'division-by-zero' }
 */
export function checkAnswer(spec: AnswerSpec, input: string, locale: Locale = 'en'): CheckResult {
  if (input.length > maxAnswerLength) return { status: 'invalid', reason: 'too-long' };
  if (input.trim() === '') return { status: 'invalid', reason: 'empty' };
  switch (spec.kind) {
    case 'number':
      return checkNumber(spec, input, locale);
    case 'fraction':
      return checkFraction(spec, input, locale);
    case 'expression':
      return checkExpression(spec, input, locale);
    case 'relation':
      return checkRelation(spec, input, locale);
    case 'choice':
      return checkChoice(spec, input);
    case 'text':
      return checkText(spec, input);
  }
}

/**
 * The canonical written form of the expected answer (what a correct learner would type).
 * @example
 * canonicalAnswer({ kind: 'number', value: 4 }); // '4'
 */
export function canonicalAnswer(spec: AnswerSpec): string {
  switch (spec.kind) {
    case 'number':
      return String(spec.value);
    case 'fraction':
    case 'expression':
    case 'relation':
      return spec.value;
    case 'choice':
      return spec.correct;
    case 'text':
      return spec.accepted.en[0] ?? '';
  }
}
