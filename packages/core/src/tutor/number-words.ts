const enUnits = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const enTens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const esUnits = [
  'cero',
  'uno',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'once',
  'doce',
  'trece',
  'catorce',
  'quince',
  'dieciseis',
  'diecisiete',
  'dieciocho',
  'diecinueve',
  'veinte',
];
const esTwenties = [
  'veinte',
  'veintiuno',
  'veintidos',
  'veintitres',
  'veinticuatro',
  'veinticinco',
  'veintiseis',
  'veintisiete',
  'veintiocho',
  'veintinueve',
];
const esTens = [
  '',
  '',
  'veinte',
  'treinta',
  'cuarenta',
  'cincuenta',
  'sesenta',
  'setenta',
  'ochenta',
  'noventa',
];

const words = new Map<string, number>([
  ...enUnits.map((w, i) => [w, i] as const),
  ...enTens.map((w, i) => [w, i * 10] as const).filter(([w]) => w !== ''),
  ...esUnits.map((w, i) => [w, i] as const),
  ...esTwenties.map((w, i) => [w, 20 + i] as const),
  ...esTens.map((w, i) => [w, i * 10] as const).filter(([w]) => w !== ''),
]);
// NOTE: "one", "uno", "una" and "un" are pronouns and articles far more often than numbers ("una pista",
// "the first one"); they count as numbers only after a cue or a sign, see `cuedOne`.
// Spanish "once" (eleven) is also an English word, so it is read the same way.
for (const w of ['one', 'uno', 'once']) words.delete(w);
words.set('hundred', 100);
words.set('cien', 100);

const denominators: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(halves|half|medios?)$/, 2],
  [/^(thirds?|tercios?)$/, 3],
  [/^(quarters?|fourths?|cuartos?)$/, 4],
  [/^(fifths?|quintos?)$/, 5],
  [/^(sixths?|sextos?)$/, 6],
  [/^(sevenths?|septimos?)$/, 7],
  [/^(eighths?|octavos?)$/, 8],
  [/^(ninths?|novenos?)$/, 9],
  [/^(tenths?|decimos?)$/, 10],
];

const alternation = [...words.keys()].sort((a, b) => b.length - a.length).join('|');
const enCompound = new RegExp(
  `\\b(${enTens.filter(Boolean).join('|')})[\\s-]+(${enUnits.slice(1, 10).join('|')})\\b`,
  'g',
);
const esCompound = new RegExp(
  `\\b(${esTens.slice(3).join('|')}) y (${esUnits.slice(1, 10).join('|')})\\b`,
  'g',
);
const cuedOne =
  /(=|\b(?:is|es|equals|be|sera|seria|vale|answer|respuesta|negative|minus|menos|negativo))\s+(one|uno|una|once)\b(?=\s*([.,;:!?)]|$))/g;
const single = new RegExp(`\\b(${alternation})\\b`, 'g');
const fraction =
  /\b(\d+|a|an|one|un|una|uno)\s+(halves|half|medios?|thirds?|tercios?|quarters?|fourths?|cuartos?|fifths?|quintos?|sixths?|sextos?|sevenths?|septimos?|eighths?|octavos?|ninths?|novenos?|tenths?|decimos?)\b/g;

function denominatorOf(word: string): number | null {
  return denominators.find(([pattern]) => pattern.test(word))?.[1] ?? null;
}

/**
 * Rewrites number words (English and Spanish, 0–100 and simple fractions) as digits, so that "four",
 * "cuatro", "twenty-four", "treinta y dos" and "three quarters" can be compared as numbers.
 * Expects lowercase text without accents.
 * @example
 * numberWordsToDigits('x is negative four'); // 'x is negative 4'
 */
export function numberWordsToDigits(input: string): string {
  return input
    .replace(enCompound, (_, tens: string, unit: string) =>
      String((words.get(tens) ?? 0) + (words.get(unit) ?? 0)),
    )
    .replace(esCompound, (_, tens: string, unit: string) =>
      String((words.get(tens) ?? 0) + (words.get(unit) ?? 0)),
    )
    .replace(cuedOne, (_, cue: string, word: string) => `${cue} ${word === 'once' ? 11 : 1}`)
    .replace(single, (w: string) => String(words.get(w) ?? w))
    .replace(fraction, (whole: string, count: string, unit: string) => {
      const denominator = denominatorOf(unit);
      const numerator = /^\d+$/.test(count) ? count : '1';
      return denominator ? `${numerator}/${denominator}` : whole;
    });
}
