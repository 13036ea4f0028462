import { splitMath } from '@pathwise/core/math-text';

const FIGURE = /\[\[figure:[a-p]+\]\]/g;
const escapeDollars = (text: string) => text.replaceAll('$', '\\$');

/**
 * A problem's stem shortened for a one-line mention: figures left out, lines joined, cut at a word after about
 * `max` characters with "…", never inside a `$…$` math span (the result is content text for `MathText`).
 *
 * @example
 * shortStem('Solve $2x + 3 = 7$ for $x$.\nShow your work.', 20); // 'Solve $2x + 3 = 7$ for…'
 */
export function shortStem(stem: string, max = 140): string {
  const parts = splitMath(stem.replace(FIGURE, ' ').replace(/\s+/g, ' ').trim());
  let out = '';
  let length = 0;
  for (const part of parts) {
    if (part.kind === 'math') {
      if (length + part.value.length > max && length > 0) return `${out.trimEnd()}…`;
      out += `$${part.value}$`;
      length += part.value.length;
      continue;
    }
    if (length + part.value.length <= max) {
      out += escapeDollars(part.value);
      length += part.value.length;
      continue;
    }
    const room = part.value.slice(0, Math.max(0, max - length));
    const cut = room.lastIndexOf(' ');
    const kept = `${out}${escapeDollars(cut > 0 ? room.slice(0, cut) : room)}`;
    return `${kept.trimEnd()}…`;
  }
  return out;
}
