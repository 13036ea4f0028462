import type { Locale } from '../../language/localized.ts';
import type { ExpressionAnswer } from './answer-spec.ts';
import type { CheckResult } from './check-result.ts';
import { compileNumeric, nearlyEqual, samplePoints } from './evaluate-math.ts';
import type { MathNode } from './mathjs.ts';
import { normalizeMath } from './normalize-math.ts';
import { parseMath } from './parse-math.ts';
import { isCombinedPolynomial } from './polynomial-form.ts';

/** The outcome of comparing two expressions at sample points. */
export type Equivalence = 'equivalent' | 'different' | 'undefined';

/**
 * Compares two expressions numerically at deterministic non-integer points.
 * `undefined` means the candidate has no value at any point where the reference has one.
 */
export function compareExpressions(
  reference: MathNode,
  candidate: MathNode,
  variables: readonly string[],
): Equivalence {
  const f = compileNumeric(reference);
  const g = compileNumeric(candidate);
  let compared = 0;
  let candidateDefined = 0;
  for (const point of samplePoints(variables)) {
    const expected = f(point);
    const actual = g(point);
    if (actual !== null) candidateDefined++;
    if (expected === null) continue;
    if (actual === null || !nearlyEqual(expected, actual, 1e-7))
      return candidateDefined === 0 ? 'undefined' : 'different';
    compared++;
  }
  if (candidateDefined === 0) return 'undefined';
  return compared >= 3 ? 'equivalent' : 'different';
}

/** Parses trusted authored math; a failure is a content bug, so it throws. */
export function parseAuthored(value: string, variables: readonly string[]): MathNode {
  const parsed = parseMath(normalizeMath(value), variables);
  if (!parsed.ok) throw new Error(`Authored math "${value}" does not parse: ${parsed.reason}`);
  return parsed.node;
}

/**
 * Checks an expression answer by equivalence (and, when asked, combined form).
 * @example
 * checkExpression({ kind: 'expression', value: '5x+3', variables: ['x'] }, '3 + 5*x'); // { status: 'correct' }
 */
export function checkExpression(spec: ExpressionAnswer, input: string, locale: Locale = 'en'): CheckResult {
  const parsed = parseMath(normalizeMath(input, locale), spec.variables);
  if (!parsed.ok) return { status: 'invalid', reason: parsed.reason };
  const verdict = compareExpressions(parseAuthored(spec.value, spec.variables), parsed.node, spec.variables);
  if (verdict === 'undefined') return { status: 'invalid', reason: 'undefined-value' };
  if (verdict === 'different') return { status: 'incorrect' };
  if (spec.form === 'combined' && !isCombinedPolynomial(parsed.node)) {
    return { status: 'incorrect', note: 'not-simplified' };
  }
  return { status: 'correct' };
}
