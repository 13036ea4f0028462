import { createHash } from 'node:crypto';
import type { BadgeShape } from '@pathwise/contracts';

/** What a generated badge is drawn from: the same input always draws the same SVG, byte for byte. */
export interface BadgeDesign {
  name: string;
  shape: BadgeShape;
  /** `#rrggbb`. */
  color: string;
}

// Words that carry no meaning of their own in an achievement's name (English and Spanish).
const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'for',
  'in',
  'of',
  'on',
  'the',
  'to',
  'with',
  'al',
  'con',
  'de',
  'del',
  'el',
  'en',
  'la',
  'las',
  'los',
  'para',
  'por',
  'un',
  'una',
  'y',
]);

/**
 * The initials a badge shows: the first letter or digit of the first two meaningful words of the name, upper case
 * (`Adding integers` → `AI`, `Ángulos y rectas` → `ÁR`, `Level 2` → `L2`); `?` for a name without letters.
 */
export function badgeInitials(name: string): string {
  const words = name.normalize('NFC').match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu) ?? [];
  const meaningful = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  const chosen = (meaningful.length > 0 ? meaningful : words).slice(0, 2);
  const initials = chosen.map((w) => Array.from(w)[0] ?? '').join('');
  return initials ? initials.toLocaleUpperCase('und') : '?';
}

const channel = (hex: string, i: number) => Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
const hex2 = (n: number) =>
  Math.round(Math.min(255, Math.max(0, n)))
    .toString(16)
    .padStart(2, '0');

/** `color` mixed with `toward` (`#000000` or `#ffffff`) by `share` (0 to 1). */
function mix(color: string, toward: string, share: number): string {
  return `#${[0, 1, 2].map((i) => hex2(channel(color, i) * (1 - share) + channel(toward, i) * share)).join('')}`;
}

/** WCAG relative luminance of `#rrggbb`. */
function luminance(color: string): number {
  const [r, g, b] = [0, 1, 2].map((i) => {
    const c = channel(color, i) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** White initials where they read at 4.5:1 or better (WCAG AA), else near-black ones. */
function inkOn(color: string): string {
  return 1.05 / (luminance(color) + 0.05) >= 4.5 ? '#ffffff' : '#111111';
}

const OUTLINES: Record<BadgeShape, (inset: number) => string> = {
  circle: (inset) => `<circle cx="128" cy="128" r="${120 - inset}"`,
  hexagon: (inset) => {
    const r = 124 - inset;
    const points = [0, 1, 2, 3, 4, 5].map((k) => {
      const angle = (Math.PI / 3) * k - Math.PI / 2;
      return `${(128 + r * Math.cos(angle)).toFixed(1)},${(128 + r * Math.sin(angle)).toFixed(1)}`;
    });
    return `<polygon points="${points.join(' ')}"`;
  },
  shield: (inset) => {
    const top = 8 + inset;
    const side = 24 + inset;
    return (
      `<path d="M128 ${top} L${256 - side} ${top + 32} V120 ` +
      `C${256 - side} ${184 - inset / 2} ${184 - inset / 2} ${228 - inset} 128 ${248 - inset} ` +
      `C${72 + inset / 2} ${228 - inset} ${side} ${184 - inset / 2} ${side} 120 V${top + 32} Z"`
    );
  },
};

/** The radius of the ring of dots: inside each shape's coloured face. */
const RING: Record<BadgeShape, number> = { circle: 96, hexagon: 84, shield: 78 };

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * An original badge as SVG (256×256): the shape in the colour with a darker rim, a ring of dots whose number and
 * turn come from the name (so two badges of one organization differ), and the name's initials in the middle in
 * white or near-black, whichever reads better on the colour. Nothing in it runs or fetches anything.
 *
 * @example
 * generateBadgeSvg({ name: 'Adding integers', shape: 'circle', color: '#0f6f80' }) // '<svg xmlns=… AI …</svg>'
 */
export function generateBadgeSvg(design: BadgeDesign): string {
  const color = design.color.toLowerCase();
  const rim = mix(color, '#000000', 0.35);
  const dots = mix(color, '#ffffff', 0.75);
  const seed = createHash('sha256').update(design.name.normalize('NFC')).digest();
  const count = 10 + (seed[0]! % 9);
  const turn = (seed[1]! / 255) * (360 / count);
  const initials = badgeInitials(design.name);
  const size = Array.from(initials).length > 1 ? 88 : 112;
  const outline = OUTLINES[design.shape];
  const ring = Array.from({ length: count }, (_, k) => {
    const angle = ((360 / count) * k + turn - 90) * (Math.PI / 180);
    const x = 128 + RING[design.shape] * Math.cos(angle);
    const y = 128 + RING[design.shape] * Math.sin(angle);
    return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="4"/>`;
  }).join('');
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256" width="256" height="256">',
    `<title>${escapeXml(design.name)}</title>`,
    `${outline(0)} fill="${rim}"/>`,
    `${outline(10)} fill="${color}"/>`,
    `<g fill="${dots}" opacity="0.8">${ring}</g>`,
    `<text x="128" y="128" dy="0.35em" text-anchor="middle" font-family="Inter, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif" font-size="${size}" font-weight="700" fill="${inkOn(color)}">${escapeXml(initials)}</text>`,
    '</svg>',
  ].join('');
}
