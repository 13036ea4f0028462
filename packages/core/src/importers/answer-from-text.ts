import type { AnswerSpec } from '../content/answer/answer-spec.ts';
import { canonicalAnswer, checkAnswer } from '../content/answer/check-answer.ts';
import { latexToAscii } from './latex-to-ascii.ts';

const NUMBER = /^-?\d+(\.\d+)?$/;
const FRACTION = /^-?\d+\/\d+$/;

function variablesOf(ascii: string): string[] {
  const names = ascii.replace(/sqrt|pi/g, '').match(/[a-zA-Z]/g) ?? [];
  return [...new Set(names)].sort();
}

function candidate(ascii: string): AnswerSpec {
  const plain = ascii.replace(/,(?=\d{3}\b)/g, '').replace(/\s+/g, '');
  if (NUMBER.test(plain)) return { kind: 'number', value: Number(plain) };
  if (FRACTION.test(plain)) return { kind: 'fraction', value: plain };
  const variables = variablesOf(ascii);
  if (/[=<>≤≥]/.test(ascii)) return { kind: 'relation', value: ascii, variables };
  return { kind: 'expression', value: ascii, variables };
}

/**
 * The answer spec for an answer written in a dataset ("$$4x$$", "3/4", "2,125", "h=6"): a number, fraction,
 * expression or relation when the project's checker accepts its own canonical form, else literal text.
 * @example
 * answerFromText('$$\\frac{1}{2}$$'); // { kind: 'fraction', value: '1/2' }
 */
export function answerFromText(raw: string, mode: 'math' | 'text' = 'math'): AnswerSpec {
  const literal = raw.replace(/\$\$/g, '').trim();
  const fallback: AnswerSpec = { kind: 'text', accepted: { en: [literal], es: [literal] } };
  if (mode === 'text') return fallback;
  const spec = candidate(latexToAscii(raw));
  try {
    return checkAnswer(spec, canonicalAnswer(spec)).status === 'correct' ? spec : fallback;
  } catch {
    return fallback;
  }
}
