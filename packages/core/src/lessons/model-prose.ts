import type { Locale, Localized } from '../language/localized.ts';
import type { LessonSkill } from './lesson.ts';
import { readability } from './readability.ts';

/** Why a model's text for a prose slot was not used (the offline text is kept), or why no text came at all. */
export type ModelProseReason =
  | 'malformed'
  | 'missing'
  | 'unchanged'
  | 'too_long'
  | 'html'
  | 'url'
  | 'moderation'
  | 'unknown_code'
  | 'dropped_number'
  | 'dropped_term'
  | 'reading_level'
  | 'unavailable';

/** Each reason in words a teacher can read, in English and Spanish. */
export const MODEL_PROSE_REASONS: Readonly<Record<ModelProseReason, Localized>> = {
  malformed: {
    en: 'The model did not answer in the expected format.',
    es: 'El modelo no respondió en el formato esperado.',
  },
  missing: {
    en: 'The model proposed no text for this part.',
    es: 'El modelo no propuso texto para esta parte.',
  },
  unchanged: { en: 'The model kept the text as it was.', es: 'El modelo dejó el texto como estaba.' },
  too_long: { en: 'The model’s text was too long.', es: 'El texto del modelo era demasiado largo.' },
  html: { en: 'The model’s text contained markup.', es: 'El texto del modelo contenía marcado.' },
  url: { en: 'The model’s text contained a link.', es: 'El texto del modelo contenía un enlace.' },
  moderation: {
    en: 'The model’s text contained words not suitable for class.',
    es: 'El texto del modelo contenía palabras no adecuadas para clase.',
  },
  unknown_code: {
    en: 'The model cited a skill code that is not in your framework.',
    es: 'El modelo citó un código de habilidad que no está en su marco.',
  },
  dropped_number: {
    en: 'The model’s text left out a number or expression of the original.',
    es: 'El texto del modelo omitió un número o una expresión del original.',
  },
  dropped_term: {
    en: 'The model’s text left out the name of a skill.',
    es: 'El texto del modelo omitió el nombre de una habilidad.',
  },
  reading_level: {
    en: 'The model’s text was harder to read than this version’s reading level.',
    es: 'El texto del modelo era más difícil de leer que el nivel de lectura de esta versión.',
  },
  unavailable: {
    en: 'The model could not be reached in time.',
    es: 'No se pudo contactar con el modelo a tiempo.',
  },
};

/** What a proposal is checked against: the lesson's language, the framework, and (for a version) its reading level. */
export interface ProseContext {
  readonly locale: Locale;
  readonly framework: readonly LessonSkill[];
  /**
   * For a version's student-facing text: the whole text that is measured with this slot's text in it. The
   * proposal may read at most one grade harder (English) or ten points of reading ease lower (Spanish).
   */
  readonly level?: { readonly measuredText: (slotText: string) => string };
}

/** The outcome of checking one proposal: the text to use, or why the offline text is kept. */
export type ProseCheck =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: ModelProseReason; readonly message: Localized };

/** The longest text a model may put in a prose slot, whatever the offline text's length. */
export const MODEL_PROSE_MAX_CHARS = 1200;

// A short, neutral lint: violence, sexual terms and insults in English and Spanish (whole words, any case).
const BLOCKED_WORDS: readonly string[] = [
  'kill',
  'killing',
  'murder',
  'rape',
  'suicide',
  'gun',
  'bomb',
  'sex',
  'sexual',
  'porn',
  'naked',
  'nude',
  'stupid',
  'idiot',
  'dumb',
  'retard',
  'matar',
  'asesinar',
  'violar',
  'violación',
  'suicidio',
  'pistola',
  'bomba',
  'sexo',
  'porno',
  'desnudo',
  'desnuda',
  'estúpido',
  'estúpida',
  'idiota',
  'imbécil',
  'retrasado',
];
const BLOCKED = new RegExp(`(?<![\\p{L}])(?:${BLOCKED_WORDS.join('|')})(?![\\p{L}])`, 'iu');
const HTML = /<\/?[a-z!][^>]*>/i;
const URL_LIKE = /\bhttps?:\/\/|\bwww\.|\b[a-z0-9-]+\.(?:com|org|net|edu|io|es|ly)\b/i;
/** A skill-code-shaped token: lowercase segments joined by dots (`alg.linear`, `alg.quantum-flux`), none a lone letter. */
const CODE_SHAPED = /(?<![\p{L}\p{N}.])[a-z][a-z0-9_]+(?:\.[a-z0-9_][a-z0-9_-]*[a-z0-9_])+(?![\p{L}\p{N}])/gu;
const NUMBER = /\d+(?:[.,]\d+)*/g;
const MATH = /\$[^$]+\$/g;

const fail = (reason: ModelProseReason): ProseCheck => ({
  ok: false,
  reason,
  message: MODEL_PROSE_REASONS[reason],
});

/** The skill-code-shaped tokens of a text that are not skill ids of the framework (the rule of `checkCitedCodes`). */
export function unknownCodes(text: string, framework: readonly LessonSkill[]): string[] {
  const ids = new Set(framework.map((s) => s.id));
  return [...text.matchAll(CODE_SHAPED)].map((m) => m[0]).filter((code) => !ids.has(code));
}

/** The numbers and math spans of the offline text that the proposal leaves out. */
function droppedNumbers(offline: string, proposed: string): string[] {
  const numbers = new Set(proposed.match(NUMBER) ?? []);
  return [
    ...(offline.match(NUMBER) ?? []).filter((n) => !numbers.has(n)),
    ...(offline.match(MATH) ?? []).filter((m) => !proposed.includes(m)),
  ];
}

/** The framework skill names (in the lesson's language) the offline text holds and the proposal leaves out. */
function droppedTerms(offline: string, proposed: string, ctx: ProseContext): string[] {
  const before = offline.toLocaleLowerCase(ctx.locale);
  const after = proposed.toLocaleLowerCase(ctx.locale);
  return ctx.framework
    .map((s) => s.name[ctx.locale].toLocaleLowerCase(ctx.locale))
    .filter((name) => name.length > 0 && before.includes(name) && !after.includes(name));
}

/** Whether the proposal reads harder than the offline text by more than one grade (or ten points of ease). */
function harderToRead(offline: string, proposed: string, ctx: ProseContext): boolean {
  if (!ctx.level) return false;
  const was = readability(ctx.level.measuredText(offline), ctx.locale);
  const now = readability(ctx.level.measuredText(proposed), ctx.locale);
  if (ctx.locale === 'en') return was.grade !== null && now.grade !== null && now.grade > was.grade + 1;
  return was.ease !== null && now.ease !== null && now.ease < was.ease - 10;
}

/**
 * Checks a model's proposal for one prose slot against the offline text it would replace: a non-empty string
 * (else `malformed`), no markup or link, nothing from the moderation list, not much longer than the offline text,
 * no skill code outside the framework, every number, math span and skill name of the offline text kept, and, for
 * a version's text, no harder to read than its reading level. Answers the text to use or the first reason it fails.
 */
export function checkModelProse(offline: string, proposed: unknown, ctx: ProseContext): ProseCheck {
  if (typeof proposed !== 'string' || proposed.trim() === '') return fail('malformed');
  const text = proposed.trim().replace(/\s+/g, ' ');
  if (HTML.test(text)) return fail('html');
  if (URL_LIKE.test(text)) return fail('url');
  if (BLOCKED.test(text)) return fail('moderation');
  if (text.length > Math.min(MODEL_PROSE_MAX_CHARS, offline.length * 2 + 40)) return fail('too_long');
  if (unknownCodes(text, ctx.framework).length > 0) return fail('unknown_code');
  if (droppedNumbers(offline, text).length > 0) return fail('dropped_number');
  if (droppedTerms(offline, text, ctx).length > 0) return fail('dropped_term');
  if (harderToRead(offline, text, ctx)) return fail('reading_level');
  if (text === offline.trim()) return fail('unchanged');
  return { ok: true, text };
}
