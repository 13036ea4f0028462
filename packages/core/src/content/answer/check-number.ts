import type { Locale } from '../../language/localized.ts';
import type { FractionAnswer, NumberAnswer } from './answer-spec.ts';
import type { CheckResult } from './check-result.ts';
import { fraction } from './mathjs.ts';
import { normalizeMath } from './normalize-math.ts';
import { parseNumberLiteral } from './parse-number.ts';

/**
 * Checks a number answer within its tolerance. Only a number literal counts ("8/2" is 4, "3+1" is not
 * accepted as a result); a percent step also accepts "25%".
 * @example
 * checkNumber({ kind: 'number', value: 0.5, tolerance: 0.01 }, '0.505'); // { status: 'correct' }
 */
export function checkNumber(spec: NumberAnswer, input: string, locale: Locale = 'en'): CheckResult {
  let text = normalizeMath(input, locale);
  if (spec.unit === 'percent') text = text.replace(/\s*%$/, '');
  const parsed = parseNumberLiteral(text);
  if (!parsed.ok) return { status: 'invalid', reason: parsed.reason };
  const value = parsed.value.valueOf();
  const tolerance = (spec.tolerance ?? 0) + 1e-9 * Math.max(1, Math.abs(spec.value));
  return Math.abs(value - spec.value) <= tolerance ? { status: 'correct' } : { status: 'incorrect' };
}

/**
 * Checks a fraction answer by exact rational equality.
 * @example
 * checkFraction({ kind: 'fraction', value: '3/4' }, '0.75'); // { status: 'correct' }
 */
export function checkFraction(spec: FractionAnswer, input: string, locale: Locale = 'en'): CheckResult {
  const parsed = parseNumberLiteral(normalizeMath(input, locale));
  if (!parsed.ok) return { status: 'invalid', reason: parsed.reason };
  if (!parsed.value.equals(fraction(spec.value))) return { status: 'incorrect' };
  if (parsed.form === 'decimal' && spec.acceptDecimal === false) return { status: 'incorrect' };
  if (spec.lowestTerms && !parsed.lowestTerms) return { status: 'incorrect', note: 'not-lowest-terms' };
  return { status: 'correct' };
}
