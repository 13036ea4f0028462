import { normalizeMath } from '../content/answer/normalize-math.ts';
import type { Locale } from '../language/localized.ts';
import { numberWordsToDigits } from './number-words.ts';

const relationPhrases: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\b(is )?greater than or equal to\b|\bes mayor o igual (que|a)\b|\bmayor o igual (que|a)\b|\bat least\b|\bal menos\b|\bcomo minimo\b/g,
    ' >= ',
  ],
  [
    /\b(is )?less than or equal to\b|\bes menor o igual (que|a)\b|\bmenor o igual (que|a)\b|\bat most\b|\bcomo maximo\b|\ba lo sumo\b/g,
    ' <= ',
  ],
  [/\b(is )?(greater|more|bigger|larger) than\b|\bes mayor que\b|\bmayor que\b/g, ' > '],
  [/\b(is )?(less|smaller|fewer) than\b|\bes menor que\b|\bmenor que\b/g, ' < '],
  [
    /\b(is equal to|equals|equal to|would equal|will equal|is the same as|es igual a|igual a|equivale a)\b/g,
    ' = ',
  ],
];

const operatorPhrases: ReadonlyArray<readonly [RegExp, string]> = [
  [/(\d)\s+(times|multiplied by|por|multiplicado por)\s+(?=[-\d(])/g, '$1 * '],
  [/(\d)\s+(divided by|over|dividido entre|dividido por|entre|sobre)\s+(?=[-\d(])/g, '$1 / '],
  [/(\d)\s+(plus|mas)\s+(?=[-\d(])/g, '$1 + '],
  [/(\d)\s+(minus|menos)\s+(?=[-\d(])/g, '$1 - '],
  [/\b(negative|minus|menos|negativo)\s+(?=\d)/g, '-'],
  [/(\d)\s+(point|punto|coma)\s+(\d)/g, '$1.$3'],
  [/(\d)\s*(percent|per cent|por ciento)\b/g, '$1%'],
];

/** Lowercases and strips accents, keeping the text's length per character where possible. */
function fold(text: string): string {
  // NOTE: squares first, because NFKC would turn "x²" into "x2"; NFKC then folds full-width digits and "½".
  return text
    .replace(/\u00B2/g, '^2')
    .replace(/\u00B3/g, '^3')
    .normalize('NFKC')
    .replace(/\u2044/g, '/')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase();
}

/**
 * Rewrites a free-text reply so that the math in it can be read: LaTeX and Unicode math to ASCII, number
 * words to digits, and spoken relations ("x is four", "es mayor que") to symbols.
 * @example
 * readReplyMath('So $x$ equals four.', 'en'); // 'so x = 4.'
 */
export function readReplyMath(reply: string, locale: Locale): string {
  let text = fold(reply).replace(/\$/g, ' ');
  text = numberWordsToDigits(text);
  for (const [pattern, replacement] of relationPhrases) text = text.replace(pattern, replacement);
  for (const [pattern, replacement] of operatorPhrases) text = text.replace(pattern, replacement);
  // "x is 4", "x es 4", "x vale 4", "x would be 4"
  text = text.replace(
    /\b([a-z])\s+(is|es|vale|would be|will be|seria|sera|must be|debe ser)\s+(?=[-\d(])/g,
    '$1 = ',
  );
  return normalizeMath(text, locale).replace(/\s+/g, ' ');
}

/** A maximal stretch of a reply made only of numbers, single-letter variables, operators and spaces. */
export interface MathRun {
  readonly text: string;
  /** The reply text just before the run: used to spot cue words such as "the answer is". */
  readonly before: string;
  /** The reply text just after the run: used to spot "… is the answer". */
  readonly after: string;
}

const tokenPattern = /\d+(?:\.\d+)?|(?<![a-z'])[a-z](?![a-z'])|<=|>=|!=|[-+*/^()=<>%]|\s+/y;

/** Splits normalized reply text into math runs. Words of two letters or more break a run. */
export function mathRuns(text: string): MathRun[] {
  const runs: MathRun[] = [];
  let start = -1;
  let at = 0;
  const flush = (end: number) => {
    if (start < 0) return;
    const run = text.slice(start, end).trim();
    if (/[\da-z]/.test(run)) {
      runs.push({
        text: run,
        before: text.slice(Math.max(0, start - 40), start),
        after: text.slice(end, end + 40),
      });
    }
    start = -1;
  };
  while (at < text.length) {
    tokenPattern.lastIndex = at;
    const match = tokenPattern.exec(text);
    if (match) {
      if (start < 0 && !/^\s+$/.test(match[0])) start = at;
      at += match[0].length;
    } else {
      flush(at);
      at++;
    }
  }
  flush(at);
  return runs;
}
