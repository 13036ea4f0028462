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
