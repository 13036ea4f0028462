import type { Locale } from '../language/localized.ts';
import type { AnswerSpec } from './answer/answer-spec.ts';
import { checkAnswer } from './answer/check-answer.ts';
import type { CheckResult } from './answer/check-result.ts';
import type { Misconception } from './item.ts';

/** A verdict plus, for a wrong answer, the misconception it shows (if any). */
export type Diagnosis = CheckResult & { readonly misconception?: Misconception };

/**
 * Checks an answer and, when it is incorrect, looks for the first misconception whose pattern it matches.
 * @example
 * const d = diagnoseAnswer(step.answer, step.misconceptions, '-4');
 * if (d.status === 'incorrect' && d.misconception) show(d.misconception.feedback);
 */
export function diagnoseAnswer(
  answer: AnswerSpec,
  misconceptions: readonly Misconception[],
  input: string,
  locale: Locale = 'en',
): Diagnosis {
  const result = checkAnswer(answer, input, locale);
  if (result.status !== 'incorrect') return result;
  const misconception = misconceptions.find((m) => checkAnswer(m.answer, input, locale).status === 'correct');
  return misconception ? { ...result, misconception } : result;
}
