/**
 * Normalises short text for comparison: accents, case, punctuation and spacing do not matter.
 * @example
 * normalizeText('  La Mediana. '); // 'la mediana'
 */
export function normalizeText(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Math as written, without the spacing, dollar signs and LaTeX spellings that do not change it; signs and operators
 * stay, so `$y = 3x - 4$` and `$y = 3x + 4$` differ.
 * @example
 * compactMath('$3x \\le 15$'); // '3x<=15'
 */
export function compactMath(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\\(left|right)/g, '')
    .replace(/\\leq?|≤/g, '<=')
    .replace(/\\geq?|≥/g, '>=')
    .replace(/\\(cdot|times)|×/g, '*')
    .replace(/\u2212/g, '-')
    .replace(/[$]/g, ' ')
    .replace(/\s*([=<>+\-*/(){}^])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
