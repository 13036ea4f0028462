import type { Locale } from '../../language/localized.ts';
import type { RelationAnswer } from './answer-spec.ts';
import type { CheckResult, InvalidReason } from './check-result.ts';
import { compileNumeric, nearlyEqual, samplePoints } from './evaluate-math.ts';
import { type MathNode, OperatorNode, ParenthesisNode } from './mathjs.ts';
import { normalizeMath } from './normalize-math.ts';
import { hasSymbol, parseMath } from './parse-math.ts';

/** A relation operator after normalisation. */
export type RelationOperator = '=' | '<' | '>' | '<=' | '>=';

/** A parsed equation or inequality. */
export interface ParsedRelation {
  readonly left: MathNode;
  readonly operator: RelationOperator;
  readonly right: MathNode;
}

const relationPattern = /<=|>=|!=|==|=<|=>|=|<|>/g;

/** Splits normalized text into its two sides, or returns null when it holds no relation operator. */
export function splitRelation(
  text: string,
): { left: string; operator: string; right: string } | InvalidReason | null {
  const operators = text.match(relationPattern) ?? [];
  if (operators.length === 0) return null;
  if (operators.length > 1) return 'unsupported';
  const operator = operators[0]!;
  const at = text.indexOf(operator);
  return { left: text.slice(0, at), operator, right: text.slice(at + operator.length) };
}

const operatorAliases: Readonly<Record<string, RelationOperator | undefined>> = {
  '=': '=',
  '==': '=',
  '<': '<',
  '>': '>',
  '<=': '<=',
  '=<': '<=',
  '>=': '>=',
  '=>': '>=',
};

/** Parses "left op right" with both sides restricted to the answer grammar. */
export function parseRelation(text: string, variables: readonly string[]): ParsedRelation | InvalidReason {
  const split = splitRelation(text);
  if (split === null) return 'missing-relation';
  if (typeof split === 'string') return split;
  const operator = operatorAliases[split.operator];
  if (!operator) return 'unsupported';
  if (split.left.trim() === '' || split.right.trim() === '') return 'syntax';
  const left = parseMath(split.left, variables);
  if (!left.ok) return left.reason;
  const right = parseMath(split.right, variables);
  if (!right.ok) return right.reason;
  return { left: left.node, operator, right: right.node };
}

/** Rewrites a relation as `f op 0` with op one of =, >, >=. */
function towardZero(relation: ParsedRelation): { f: MathNode; operator: '=' | '>' | '>=' } {
  const flip = relation.operator === '<' || relation.operator === '<=';
  const [a, b] = flip ? [relation.right, relation.left] : [relation.left, relation.right];
  const f = new OperatorNode('-', 'subtract', [new ParenthesisNode(a), new ParenthesisNode(b)]);
  const operator = relation.operator === '=' ? '=' : relation.operator.length === 2 ? '>=' : '>';
  return { f, operator };
}

/**
 * Whether two relations have the same solution set, judged by proportionality: the candidate's `f` must be a
 * constant multiple of the reference's (positive for inequalities). Exact for the linear relations in our content.
 */
export function relationsEquivalent(
  reference: ParsedRelation,
  candidate: ParsedRelation,
  variables: readonly string[],
): boolean {
  const r = towardZero(reference);
  const c = towardZero(candidate);
  if (r.operator !== c.operator) return false;
  const f = compileNumeric(r.f);
  const g = compileNumeric(c.f);
  let ratio: number | null = null;
  let compared = 0;
  for (const point of samplePoints(variables)) {
    const expected = f(point);
    const actual = g(point);
    if (expected === null) continue;
    if (actual === null) return false;
    if (Math.abs(expected) < 1e-9) {
      if (Math.abs(actual) > 1e-7) return false;
      continue;
    }
    const k = actual / expected;
    if (ratio === null) ratio = k;
    else if (!nearlyEqual(ratio, k, 1e-7)) return false;
    compared++;
  }
  if (ratio === null || compared < 3 || Math.abs(ratio) < 1e-12) return false;
  return r.operator === '=' || ratio > 0;
}

function unwrap(node: MathNode): MathNode {
  const n = node as unknown as { type: string; content?: MathNode };
  return n.type === 'ParenthesisNode' && n.content ? unwrap(n.content) : node;
}

/** The variable that stands alone on one side while the other side is free of it, if any. */
export function solvedVariable(relation: ParsedRelation): string | null {
  for (const [alone, other] of [
    [relation.left, relation.right],
    [relation.right, relation.left],
  ] as const) {
    const node = unwrap(alone) as unknown as { type: string; name?: string };
    if (node.type !== 'SymbolNode' || !node.name) continue;
    const name = node.name;
    if (
      other.filter((n) => n.type === 'SymbolNode' && (n as unknown as { name: string }).name === name)
        .length === 0
    ) {
      return name;
    }
  }
  return null;
}

/** Parses an authored relation; a failure is a content bug, so it throws. */
export function parseAuthoredRelation(value: string, variables: readonly string[]): ParsedRelation {
  const parsed = parseRelation(normalizeMath(value), variables);
  if (typeof parsed === 'string') throw new Error(`Authored relation "${value}" does not parse: ${parsed}`);
  return parsed;
}

/** Turns a bare value into "v = value" when the step allows it. */
function withBareValue(spec: RelationAnswer, expected: ParsedRelation, text: string): string | null {
  const variable = solvedVariable(expected);
  if (!spec.acceptBareValue || expected.operator !== '=' || !variable) return null;
  return `${variable} = ${text}`;
}

/**
 * Checks an equation or inequality answer as a solution set ("x > 2" equals "2 < x").
 * @example
 * checkRelation({ kind: 'relation', value: 'x > 2', variables: ['x'], form: 'solved' }, '2 < x'); // correct
 */
export function checkRelation(spec: RelationAnswer, input: string, locale: Locale = 'en'): CheckResult {
  const expected = parseAuthoredRelation(spec.value, spec.variables);
  let text = normalizeMath(input, locale);
  if (splitRelation(text) === null) {
    const bare = parseMath(text, spec.variables);
    if (!bare.ok) return { status: 'invalid', reason: bare.reason };
    const rewritten = withBareValue(spec, expected, text);
    if (rewritten === null || hasSymbol(bare.node)) return { status: 'invalid', reason: 'missing-relation' };
    text = rewritten;
  }
  const parsed = parseRelation(text, spec.variables);
  if (typeof parsed === 'string') return { status: 'invalid', reason: parsed };
  if (!relationsEquivalent(expected, parsed, spec.variables)) return { status: 'incorrect' };
  if (spec.form === 'solved' && solvedVariable(parsed) !== solvedVariable(expected)) {
    return { status: 'incorrect', note: 'not-solved' };
  }
  return { status: 'correct' };
}
