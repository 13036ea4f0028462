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
