/**
 * Text for the PDF's built-in Helvetica: every character outside WinAnsi mapped to an ASCII equivalent (≤ → <=).
 * The math is written out before, by core's `plainMathText` (`@pathwise/core/math-text`, shared with the web).
 */

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
