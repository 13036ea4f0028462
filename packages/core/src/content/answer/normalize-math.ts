import type { Locale } from '../../language/localized.ts';

const unicodeReplacements: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u2212\u2012\u2013\u2014\uFE63\uFF0D]/g, '-'],
  [/[\u00D7\u00B7\u22C5\u2219\u2022]/g, '*'],
  [/[\u00F7\u2215]/g, '/'],
  [/\u2264|\u2A7D/g, '<='],
  [/\u2265|\u2A7E/g, '>='],
  [/\u2260/g, '!='],
  [/\u00B2/g, '^2'],
  [/\u00B3/g, '^3'],
  [/\u00A0/g, ' '],
];

const latexCommands: ReadonlyArray<readonly [RegExp, string]> = [
  [/\\(left|right|big|Big|bigg|Bigg)(?![a-zA-Z])/g, ''],
  [/\\[,;:! ]/g, ' '],
  [/\\(cdot|times|ast)(?![a-zA-Z])/g, '*'],
  [/\\div(?![a-zA-Z])/g, '/'],
  [/\\(leq?|leqslant)(?![a-zA-Z])/g, '<='],
  [/\\(geq?|geqslant)(?![a-zA-Z])/g, '>='],
  [/\\(neq?)(?![a-zA-Z])/g, '!='],
  [/\\lt(?![a-zA-Z])/g, '<'],
  [/\\gt(?![a-zA-Z])/g, '>'],
  [/\\(text|mathrm|mathit|operatorname)\{([^{}]*)\}/g, '$2'],
];

const fracPattern = /\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/;
const fracDigitsPattern = /\\[dt]?frac\s*(\d)\s*(\d)/;
const sqrtPattern = /\\sqrt\s*\{([^{}]*)\}/;

/** Rewrites LaTeX fractions and roots (innermost first) into plain ASCII math. */
function rewriteLatexStructures(input: string): string {
  let out = input;
  for (let guard = 0; guard < 50; guard++) {
    const next = out
      .replace(fracPattern, '(($1)/($2))')
      .replace(fracDigitsPattern, '(($1)/($2))')
      .replace(sqrtPattern, 'sqrt($1)');
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Rewrites decimal separators: a Spanish "3,5" is 3.5; an English "1,000" is 1000. */
function normalizeSeparators(input: string, locale: Locale): string {
  if (locale === 'es') return input.replace(/(\d),(\d)/g, '$1.$2');
  return input.replace(/\b\d{1,3}(?:,\d{3})+(?!\d)/g, (m) => m.replace(/,/g, ''));
}

/**
 * Turns what a learner typed (plain text, Unicode math or LaTeX) into ASCII math for the parser.
 * @example
 * normalizeMath('\\frac{3}{4} \\cdot x', 'en'); // '((3)/(4)) * x'
 */
export function normalizeMath(input: string, locale: Locale = 'en'): string {
  let out = input.trim().replace(/^\$+|\$+$/g, '');
  for (const [pattern, replacement] of unicodeReplacements) out = out.replace(pattern, replacement);
  for (const [pattern, replacement] of latexCommands) out = out.replace(pattern, replacement);
  out = rewriteLatexStructures(out);
  out = out.replace(/\{/g, '(').replace(/\}/g, ')');
  out = normalizeSeparators(out, locale);
  return out.replace(/\s+/g, ' ').trim();
}
