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
    const ch = input[i];
    if (ch === '\\' && input[i + 1] === '$') {
      text += '$';
      i += 2;
      continue;
    }
    if (ch === '$') {
      const end = findClosing(input, i + 1);
      if (end > i + 1) {
        if (text) parts.push({ kind: 'text', value: text });
        text = '';
        parts.push({ kind: 'math', value: input.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    text += ch;
    i++;
  }
  if (text) parts.push({ kind: 'text', value: text });
  return parts;
}

function findClosing(input: string, from: number): number {
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
  [/\\%/g, '%'],
  [/\\[,;!: ]/g, ' '],
  [/\\text\{([^{}]*)\}/g, '$1'],
  [/\\([a-zA-Z]+)/g, '$1'],
  [/[{}]/g, ''],
];

/**
 * Content text with its math written out as plain characters, for an accessible name where the typeset math
 * cannot serve (a form control's label: axe and some screen readers skip the MathML inside one).
 *
 * @example
 * plainMathText('Pick $\\frac{x}{3} \\le 5$'); // 'Pick x/3 ≤ 5'
 */
export function plainMathText(input: string): string {
  return splitMath(input)
    .map((part) => {
      if (part.kind === 'text') return part.value;
      let math = part.value;
      for (const [pattern, replacement] of SYMBOLS) math = math.replace(pattern, replacement);
      return math.replace(/\(([\w.]+)\)/g, '$1');
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
