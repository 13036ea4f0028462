/**
 * Content text as plain characters for a document: the `$…$` math spans of items and scaffolds written out
 * ("Solve $\frac{x}{3} \le 5$" → "Solve x/3 ≤ 5"), and, for the PDF's built-in Helvetica, every character
 * outside WinAnsi mapped to an ASCII equivalent (≤ → <=). The web's `plainMathText` does the first for accessible
 * names; the web may not be imported here, so the same table is kept beside the export that needs it.
 */

const MATH: readonly [RegExp, string][] = [
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
  for (const [pattern, replacement] of MATH) math = math.replace(pattern, replacement);
  return math.replace(/\(([\w.]+)\)/g, '$1');
}

/**
 * Text with its `$…$` math written out as plain characters; `\$` is a literal dollar sign and an unpaired `$`
 * stays as it is, so prices in word problems survive. Runs of spaces become one.
 *
 * @example
 * plainText('Solve $x - 5 \\le 4$.'); // 'Solve x - 5 ≤ 4.'
 */
export function plainText(input: string): string {
  let out = '';
  let i = 0;
  while (i < input.length) {
    const ch = input[i] as string;
    if (ch === '\\' && input[i + 1] === '$') {
      out += '$';
      i += 2;
      continue;
    }
    const end = ch === '$' ? closingDollar(input, i + 1) : -1;
    if (end > i + 1) {
      out += mathText(input.slice(i + 1, end));
      i = end + 1;
      continue;
    }
    out += ch;
    i++;
  }
  return out.replace(/[ \t]+/g, ' ').trim();
}

function closingDollar(input: string, from: number): number {
  for (let j = from; j < input.length; j++) {
    if (input[j] === '\\') j++;
    else if (input[j] === '$') return j;
  }
  return -1;
}

/** The characters above U+00FF that WinAnsi (Windows-1252) holds, which the PDF's standard fonts can draw. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** ASCII (or Latin-1) stand-ins for the symbols that math and authored text use and WinAnsi lacks. */
const STAND_INS: Readonly<Record<string, string>> = {
  '≤': '<=',
  '≥': '>=',
  '≠': '!=',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '⋅': '·',
  '∙': '·',
  '∗': '*',
  '√': 'sqrt',
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  '≈': '~',
  '∞': 'infinity',
  π: 'pi',
  θ: 'theta',
  α: 'alpha',
  β: 'beta',
  Δ: 'Delta',
  μ: 'µ',
  '□': '[ ]',
  '⁄': '/',
  '′': "'",
  '″': '"',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u200b': '',
};

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/** Whether the PDF's standard fonts can draw a character as it is. */
function inWinAnsi(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (
    ch === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch)
  );
}

/** One character outside WinAnsi as text the standard fonts can draw; `?` when nothing fits. */
function standIn(ch: string): string {
  const mapped = STAND_INS[ch];
  if (mapped !== undefined) return mapped;
  const sup = SUPERSCRIPTS.indexOf(ch);
  if (sup >= 0) return `^${sup}`;
  const sub = SUBSCRIPTS.indexOf(ch);
  if (sub >= 0) return `_${sub}`;
  // NOTE: letters with marks Latin-1 lacks (ő, ł̄ …) keep their base letter rather than becoming garbage.
  const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
  return base !== ch && [...base].every(inWinAnsi) ? base : '?';
}

/**
 * Text the PDF's built-in Helvetica draws faithfully: characters outside WinAnsi become ASCII stand-ins
 * (≤ → <=, − → -, √ → sqrt, → → ->, superscript digits → ^n), deterministic, never a missing glyph.
 *
 * @example
 * winAnsiText('x − 3 ≤ 5'); // 'x - 3 <= 5'
 */
export function winAnsiText(text: string): string {
  let out = '';
  for (const ch of text) out += inWinAnsi(ch) ? ch : standIn(ch);
  return out;
}
