import type { AnswerSpec } from '../content/answer/answer-spec.ts';
import { compareExpressions, parseAuthored } from '../content/answer/check-expression.ts';
import {
  type ParsedRelation,
  parseAuthoredRelation,
  parseRelation,
  relationsEquivalent,
  solvedVariable,
} from '../content/answer/check-relation.ts';
import type { MathNode } from '../content/answer/mathjs.ts';
import { fraction } from '../content/answer/mathjs.ts';
import { hasSymbol, parseMath } from '../content/answer/parse-math.ts';
import { isCombinedPolynomial } from '../content/answer/polynomial-form.ts';
import type { Locale } from '../language/localized.ts';
import { type MathRun, mathRuns, readReplyMath } from './reply-math.ts';

type MathSpec = Exclude<AnswerSpec, { kind: 'choice' } | { kind: 'text' }>;

/** A leak found in the math of a reply. */
export interface MathLeak {
  readonly kind: 'value' | 'relation' | 'expression';
  readonly evidence: string;
}

interface Context {
  /** Number literals as written in the context, without sign ("3", "0.75"). */
  readonly literals: ReadonlySet<string>;
  readonly compact: string;
}

const contextCache = new Map<string, Context>();

function readContext(context: string, locale: Locale): Context {
  const key = `${locale}\u0000${context}`;
  const cached = contextCache.get(key);
  if (cached) return cached;
  const text = readReplyMath(context, locale);
  const literals = new Set(text.match(/\d+(?:\.\d+)?/g) ?? []);
  const read = { literals, compact: text.replace(/\s+/g, '') };
  if (contextCache.size > 500) contextCache.clear();
  contextCache.set(key, read);
  return read;
}

const cuePattern =
  /(answer|respuesta|result|resultado|solution|solucion|it'?s|it is|(?<!what |que |cuanto |cual )\bis|(?<!what |que |cuanto |cual )\bes|\bget|gets|obtienes|obtenemos|\bda|gives|give|\bson|\bare|would be|seria|sera|vale|equals|=|:)\s*$/;

const afterCuePattern =
  /^\s*(is|was|es|era|would be|seria)\s+(the |la |el )?(answer|respuesta|solution|solucion|result|resultado|correct|correcto|correcta|right)\b/;

/** The value a solved or numeric spec stands for, if it is a single number. */
function targetValue(spec: MathSpec): { value: number; tolerance: number } | null {
  if (spec.kind === 'number') return { value: spec.value, tolerance: spec.tolerance ?? 0 };
  if (spec.kind === 'fraction') return { value: fraction(spec.value).valueOf(), tolerance: 0 };
  if (spec.kind === 'relation') {
    const expected = parseAuthoredRelation(spec.value, spec.variables);
    const variable = solvedVariable(expected);
    if (expected.operator !== '=' || !variable) return null;
    const other = hasSymbol(expected.right) ? expected.left : expected.right;
    if (hasSymbol(other)) return null;
    return { value: Number(other.evaluate()), tolerance: 0 };
  }
  return null;
}

function constantValue(text: string): number[] {
  const percent = /%\s*$/.test(text);
  const parsed = parseMath(text.replace(/%\s*$/, '').trim(), []);
  if (!parsed.ok) return [];
  try {
    const value = Number(parsed.node.evaluate());
    if (!Number.isFinite(value)) return [];
    return percent ? [value, value / 100] : [value];
  } catch {
    return [];
  }
}

function matchesValue(candidates: number[], target: { value: number; tolerance: number }): boolean {
  const slack = target.tolerance + 1e-9 * Math.max(1, Math.abs(target.value));
  return candidates.some((v) => Math.abs(v - target.value) <= slack);
}

/** Removes dangling operators and unbalanced parentheses at the ends of a candidate. */
function tidy(text: string): string {
  let out = text.trim();
  for (let i = 0; i < 10; i++) {
    const next = out
      .replace(/^[+*/^=<>)!]+\s*/, '')
      .replace(/\s*[-+*/^=<>(!]+$/, '')
      .trim();
    if (next === out) break;
    out = next;
  }
  const open = (out.match(/\(/g) ?? []).length;
  const close = (out.match(/\)/g) ?? []).length;
  return open === close ? out : out.replace(/[()]/g, '');
}

interface Candidate {
  readonly text: string;
  readonly cued: boolean;
  readonly relation: boolean;
}

function candidates(run: MathRun): Candidate[] {
  // A reply that is nothing but the math ("4", "x = 4!") presents it as the answer.
  const alone = /^\W*$/.test(run.before) && /^\W*$/.test(run.after);
  const runCued = alone || cuePattern.test(run.before) || afterCuePattern.test(run.after);
  const parts = run.text.split(/(<=|>=|!=|=|<|>)/);
  if (parts.length === 1) return [{ text: tidy(run.text), cued: runCued, relation: false }];
  const out: Candidate[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const side = tidy(parts[i] ?? '');
    // A side right after a relation with nothing before it ("= 4") is presented as a result.
    const afterBareRelation = i === 2 && tidy(parts[0] ?? '') === '';
    if (side) out.push({ text: side, cued: runCued || afterBareRelation, relation: false });
    const next = parts[i + 2];
    if (next !== undefined && side && tidy(next)) {
      out.push({ text: `${side} ${parts[i + 1]} ${tidy(next)}`, cued: true, relation: true });
    }
  }
  return out;
}

function inContext(text: string, context: Context): boolean {
  return context.compact.includes(text.replace(/\s+/g, ''));
}

/**
 * A number quoted from the problem exactly as written ("subtract 3" when the problem shows 3) is no leak,
 * unless a cue presents it as the result. Any other spelling ("3.0", "6/2", "three") is not a quote.
 */
function exemptNumber(candidate: Candidate, context: Context): boolean {
  if (candidate.cued) return false;
  const literal = /^[-+]?(\d+(?:\.\d+)?)%?$/.exec(candidate.text.replace(/[\s()]+/g, ''));
  if (literal) return context.literals.has(literal[1]!);
  return inContext(candidate.text, context);
}

function letters(text: string): string[] {
  return [...new Set(text.match(/(?<![a-z])[a-z](?![a-z])/g) ?? [])];
}

function valueLeak(
  candidate: Candidate,
  target: { value: number; tolerance: number },
  context: Context,
): boolean {
  if (!candidate.relation) {
    const values = constantValue(candidate.text);
    return matchesValue(values, target) && !exemptNumber(candidate, context);
  }
  if (inContext(candidate.text, context)) return false;
  const parsed = parseRelation(candidate.text, letters(candidate.text));
  if (typeof parsed === 'string' || parsed.operator !== '=') return false;
  // "x = 4" or "3 + 4·2 = 11" state the value; "x + 4(2x + 14) = 2" is an equation to work on, not a result.
  const pairs = [
    [parsed.left, parsed.right],
    [parsed.right, parsed.left],
  ] as const;
  return pairs.some(
    ([side, other]) =>
      !hasSymbol(side) &&
      (!hasSymbol(other) || other.type === 'SymbolNode') &&
      matchesValue(constantValue(side.toString()), target),
  );
}

function expressionLeak(
  spec: Extract<MathSpec, { kind: 'expression' }>,
  candidate: Candidate,
  context: Context,
): boolean {
  const expected = parseAuthored(spec.value, spec.variables);
  const sides = candidate.relation ? candidate.text.split(/<=|>=|!=|=|<|>/) : [candidate.text];
  return sides.some((side) => {
    const text = tidy(side);
    if (!text || inContext(text, context)) return false;
    const parsed = parseMath(text, spec.variables);
    if (!parsed.ok || compareExpressions(expected, parsed.node, spec.variables) !== 'equivalent')
      return false;
    return spec.form !== 'combined' || isCombinedPolynomial(parsed.node as MathNode);
  });
}

function relationLeak(
  spec: Extract<MathSpec, { kind: 'relation' }>,
  expected: ParsedRelation,
  candidate: Candidate,
  context: Context,
): boolean {
  if (!candidate.relation || inContext(candidate.text, context)) return false;
  const parsed = parseRelation(candidate.text, spec.variables);
  if (typeof parsed === 'string' || !relationsEquivalent(expected, parsed, spec.variables)) return false;
  const wanted = solvedVariable(expected);
  return spec.form !== 'solved' || wanted === null || solvedVariable(parsed) === wanted;
}

/**
 * Finds the answer of a math step (number, fraction, expression or relation) in a reply, in any form that
 * the reply's math reading can see.
 */
export function findMathLeak(
  spec: MathSpec,
  reply: string,
  rawContext: string,
  locale: Locale,
): MathLeak | null {
  const context = readContext(rawContext, locale);
  const text = readReplyMath(reply, locale);
  const value = targetValue(spec);
  const expected = spec.kind === 'relation' ? parseAuthoredRelation(spec.value, spec.variables) : null;
  for (const run of mathRuns(text)) {
    for (const candidate of candidates(run)) {
      if (spec.kind === 'relation' && expected && relationLeak(spec, expected, candidate, context)) {
        return { kind: 'relation', evidence: candidate.text };
      }
      if (spec.kind === 'expression' && expressionLeak(spec, candidate, context)) {
        return { kind: 'expression', evidence: candidate.text };
      }
      if (value && valueLeak(candidate, value, context)) return { kind: 'value', evidence: candidate.text };
    }
  }
  return null;
}
