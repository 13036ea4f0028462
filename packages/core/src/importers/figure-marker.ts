/** A figure reference in content text: `[[figure:` + 66 letters `a`–`p` + `]]` (see {@link figureMarker}). */
export const FIGURE_MARKER = /\[\[figure:([a-p]{66})\]\]/g;

const HEX = '0123456789abcdef';

/**
 * Writes a reference to a stored figure into content text: its number in the problem and its SHA-256.
 * NOTE: the reference is written in letters (one letter a–p per hex digit) because the tutor's answer guard
 * reads every run of digits in a hint as a number: a hash in hex could look like a quoted answer.
 * @example
 * figureMarker('ab…', 1); // '[[figure:abkl…]]'
 */
export function figureMarker(sha256: string, ordinal: number): string {
  const hex = Math.min(Math.max(ordinal, 0), 255).toString(16).padStart(2, '0') + sha256;
  return `[[figure:${[...hex].map((c) => String.fromCharCode(97 + HEX.indexOf(c))).join('')}]]`;
}

/** Reads the letters of a figure reference back: the figure's number in the problem and its SHA-256. */
export function decodeFigureMarker(letters: string): { ordinal: number; sha256: string } {
  const hex = [...letters].map((c) => HEX[c.charCodeAt(0) - 97] ?? '0').join('');
  return { ordinal: Number.parseInt(hex.slice(0, 2), 16), sha256: hex.slice(2) };
}
