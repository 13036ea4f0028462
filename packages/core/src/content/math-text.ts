/**
 * Content text and its `$…$` math spans, for the places that cannot typeset math: an accessible name in the web
 * app, a DOCX or PDF on the server. No imports, so that the browser bundle takes only this file
 * (`@pathwise/core/math-text`).
 */

/** A run of plain text or of LaTeX math. */
export type MathPart = { kind: 'text' | 'math'; value: string };

/**
 * Splits content text on its `$…$` math spans. An unpaired `$` stays plain text, and `\$` is a literal
 * dollar sign, so prices in word problems survive.
 *
 * @example
 * splitMath('Solve $2x = 6$.'); // [text 'Solve ', math '2x = 6', text '.']
 */
export function splitMath(input: string): MathPart[] {
  const parts: MathPart[] = [];
  let text = '';
  let i = 0;
  while (i < input.length) {
    const ch = input[i] as string;
    if (ch === '\\' && input[i + 1] === '$') {
      text += '$';
      i += 2;
      continue;
    }
    const end = ch === '$' ? closingDollar(input, i + 1) : -1;
    if (end > i + 1) {
      if (text) parts.push({ kind: 'text', value: text });
      text = '';
      parts.push({ kind: 'math', value: input.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    text += ch;
    i++;
  }
  if (text) parts.push({ kind: 'text', value: text });
  return parts;
}

function closingDollar(input: string, from: number): number {
  for (let j = from; j < input.length; j++) {
    if (input[j] === '\\') j++;
    else if (input[j] === '$') return j;
  }
  return -1;
}

const SYMBOLS: readonly [RegExp, string][] = [
  [/\\(left|right|displaystyle)\b/g, ''],
  [/\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}/g, '($1)/($2)'],
  [/\\sqrt\{([^{}]*)\}/g, '√($1)'],
  [/\\leq?\b/g, '≤'],
  [/\\geq?\b/g, '≥'],
  [/\\neq?\b/g, '≠'],
  [/\\(cdot|times)\b/g, '×'],
  [/\\div\b/g, '÷'],
  [/\\pi\b/g, 'π'],
  [/\\square\b/g, '□'],
  [/\\l?dots\b/g, '…'],
  [/\\%/g, '%'],
  [/\\[,;!: ]/g, ' '],
  [/\\text\{([^{}]*)\}/g, '$1'],
  [/\\([a-zA-Z]+)/g, '$1'],
  [/[{}]/g, ''],
];

/** One math span written out: LaTeX commands to their symbols, single-token groups unwrapped ("(x)/(3)" → "x/3"). */
function mathText(latex: string): string {
  let math = latex;
  for (const [pattern, replacement] of SYMBOLS) math = math.replace(pattern, replacement);
  return math.replace(/\(([\w.]+)\)/g, '$1');
}

/**
 * Content text with its math written out as plain characters: for an accessible name where typeset math cannot
 * serve (a form control's label: axe and some screen readers skip the MathML inside one), and for a document's
 * text. Runs of spaces and tabs become one space (line breaks stay); the ends are trimmed.
 *
 * @example
 * plainMathText('Pick $\\frac{x}{3} \\le 5$ for \\$4'); // 'Pick x/3 ≤ 5 for $4'
 */
export function plainMathText(input: string): string {
  return splitMath(input)
    .map((part) => (part.kind === 'text' ? part.value : mathText(part.value)))
    .join('')
    .replace(/[ \t]+/g, ' ')
    .trim();
}
