import type { InvalidReason } from './check-result.ts';
import { type Fraction, fraction } from './mathjs.ts';
import { parseMath } from './parse-math.ts';

/** How a number literal was written. */
export type NumberForm = 'integer' | 'decimal' | 'fraction' | 'mixed';

/** A number literal read exactly, or why it is not one. */
export type ParsedNumber =
  | { readonly ok: true; readonly value: Fraction; readonly form: NumberForm; readonly lowestTerms: boolean }
  | { readonly ok: false; readonly reason: InvalidReason };

const decimalPattern = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)$/;
const fractionPattern = /^([+-]?)(\d+)\/(\d+)$/;
const mixedPattern = /^([+-]?)(\d+) (\d+)\/(\d+)$/;

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

/** Explains why text that is not a number literal was rejected. */
function whyNotANumber(input: string): InvalidReason {
  const parsed = parseMath(input, []);
  if (!parsed.ok && parsed.reason !== 'unknown-variable') return parsed.reason;
  return 'not-a-number';
}

/**
 * Reads an exact number literal from normalized ASCII math: "-3", "0.75", "3/4", "1 1/2".
 * A calculation ("3+4") is not a literal: a number step wants the learner's result.
 * @example
 * parseNumberLiteral('6/8'); // { ok: true, value: 3/4, form: 'fraction', lowestTerms: false }
 */
export function parseNumberLiteral(input: string): ParsedNumber {
  const compact = /^[-+\d\s./()]*$/.test(input) ? input.replace(/[()]/g, '') : input;
  const text = compact
    .replace(/\s*\/\s*/g, '/')
    .replace(/^([+-])\s+/, '$1')
    .trim();
  if (text === '') return { ok: false, reason: 'empty' };
  const decimal = decimalPattern.exec(text);
  if (decimal) {
    const value = fraction(`${decimal[1]}${decimal[2]}`.replace(/\.$/, ''));
    return { ok: true, value, form: text.includes('.') ? 'decimal' : 'integer', lowestTerms: true };
  }
  const frac = fractionPattern.exec(text);
  if (frac) {
    const [, sign = '', num = '0', den = '0'] = frac;
    if (BigInt(den) === 0n) return { ok: false, reason: 'division-by-zero' };
    const value = fraction(`${sign}${num}/${den}`);
    return { ok: true, value, form: 'fraction', lowestTerms: gcd(BigInt(num), BigInt(den)) === 1n };
  }
  const mixed = mixedPattern.exec(text);
  if (mixed) {
    const [, sign = '', whole = '0', num = '0', den = '0'] = mixed;
    if (BigInt(den) === 0n) return { ok: false, reason: 'division-by-zero' };
    const magnitude = fraction(whole).add(fraction(`${num}/${den}`));
    const value = sign === '-' ? magnitude.neg() : magnitude;
    return { ok: true, value, form: 'mixed', lowestTerms: gcd(BigInt(num), BigInt(den)) === 1n };
  }
  return { ok: false, reason: whyNotANumber(text) };
}
