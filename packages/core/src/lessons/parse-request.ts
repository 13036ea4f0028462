import type { Locale } from '../language/localized.ts';
import type { LessonSkill, ReadingLevel } from './lesson.ts';
import {
  LESSON_DEFAULTS,
  type LessonForm,
  type LessonFormField,
  numberProblems,
  throwProblems,
} from './lesson-form.ts';
import { contentStems, matchSkills } from './topic-match.ts';

/** A parsed request: the form as far as the words tell it, and what the composer must still ask for. */
export interface ParsedRequest {
  readonly form: LessonForm;
  readonly missing: readonly LessonFormField[];
}

const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ['zero cero', 0],
    ['one a an uno una un', 1],
    ['two dos', 2],
    ['three tres', 3],
    ['four cuatro', 4],
    ['five cinco', 5],
    ['six seis', 6],
    ['seven siete', 7],
    ['eight ocho', 8],
    ['nine nueve', 9],
    ['ten diez', 10],
    ['twelve doce', 12],
    ['fifteen quince', 15],
    ['twenty veinte', 20],
    ['thirty treinta', 30],
    ['forty cuarenta', 40],
    ['fifty cincuenta', 50],
    ['sixty sesenta', 60],
  ].flatMap(([words, n]) =>
    String(words)
      .split(' ')
      .map((w) => [w, Number(n)]),
  ),
);
const NUM = `(\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;

const toNumber = (token: string): number => NUMBER_WORDS[token] ?? Number(token);

/** The first number that `pattern` (with {@link NUM} as its first group) finds, or null. */
function numberBefore(words: string, unit: string): number | null {
  const match = new RegExp(`(?:^|[^\\p{L}\\d])${NUM}[\\s-]*(?:${unit})(?![\\p{L}])`, 'iu').exec(words);
  return match?.[1] ? toNumber(match[1].toLowerCase()) : null;
}

function firstNumber(words: string, patterns: readonly string[]): number | null {
  for (const unit of patterns) {
    const n = numberBefore(words, unit);
    if (n !== null) return n;
  }
  return null;
}

function detectLocale(words: string): Locale {
  const es = words.match(
    /\b(?:d[ií]as?|sobre|lecci[oó]n|clase|actividades|cuestionario|para|una|con|niveles)\b/giu,
  );
  const en = words.match(/\b(?:days?|on|about|lesson|class|activities|quiz|for|with|levels|the)\b/giu);
  return (es?.length ?? 0) > (en?.length ?? 0) ? 'es' : 'en';
}

function readingLevels(words: string): readonly ReadingLevel[] {
  if (
    /\b(?:diverse|mixed|varied|various|different|range of)\b[^.]*\breading|\breading levels? (?:vary|differ)|niveles de lectura (?:diversos|distintos|variados|diferentes|mixtos)|(?:diversos|distintos|variados|diferentes) niveles de lectura/iu.test(
      words,
    )
  ) {
    return ['below', 'on', 'above'];
  }
  if (
    /\b(?:struggling|below[- ]grade|emerging) readers?|\bbelow grade level|lectores con dificultad/iu.test(
      words,
    )
  ) {
    return ['below'];
  }
  if (/\b(?:advanced|strong|above[- ]grade) readers?|\babove grade level|lectores avanzados/iu.test(words)) {
    return ['above'];
  }
  return LESSON_DEFAULTS.readingLevels;
}

const TOPIC_START = /\b(?:on|about|covering|sobre|acerca de)\s+(.+)/iu;
const TOPIC_END =
  /\s*(?:[,.;:!?]|\b(?:for|with|including|in \d|that|which|para|con|incluyendo|que|en \d)\b).*$/isu;
const NOT_TOPIC = new Set(
  contentStems(
    'day days week quiz test visual activities activity minutes minute period periods reading levels diverse ' +
      'mixed class students learners grade including make create write give need want please teach ' +
      'question questions item items problem problems pregunta preguntas ejercicios ' +
      'dia dias semana cuestionario prueba examen actividades actividad visuales visual minutos periodo niveles ' +
      'lectura diversos clase estudiantes alumnos incluye incluyendo haz crea escribe necesito quiero ensenar',
  ),
);

/** The topic phrase: the words after "on"/"sobre", else the content words that name a skill; null if none. */
function findTopic(
  words: string,
  framework: readonly LessonSkill[],
  hasItems: (id: string) => boolean,
): string | null {
  const after = TOPIC_START.exec(words)?.[1]?.replace(TOPIC_END, '').trim();
  if (after && contentStems(after).some((s) => !NOT_TOPIC.has(s))) return after;
  const rest = (words.match(/\p{L}+/gu) ?? []).filter((w) => {
    const [s] = contentStems(w);
    return s !== undefined && !NOT_TOPIC.has(s) && !(w.toLowerCase() in NUMBER_WORDS);
  });
  const candidate = rest.join(' ');
  return candidate !== '' && matchSkills(candidate, framework, hasItems).length > 0 ? candidate : null;
}

/**
 * Turns a teacher's request (English or Spanish) into a lesson form. What it cannot tell it lists in `missing`
 * instead of guessing: no recognizable topic gives `['topic']`, a topic that names no skill `['skillIds']`.
 * Numbers outside the limits throw AppError('validation_failed') naming the field. At most one skill per day is
 * proposed, in framework order.
 * @example
 * parseLessonRequest('a 3-day lesson plan on linear equations … 3 visual activities and a quiz', skills).form.days; // 3
 */
export function parseLessonRequest(
  words: string,
  framework: readonly LessonSkill[],
  hasItems: (skillId: string) => boolean = () => true,
): ParsedRequest {
  const request = words.replace(/\s+/g, ' ').trim();
  const days =
    firstNumber(request, ['days?', 'd[ií]as?', 'sessions?', 'sesiones', 'sesi[oó]n', 'class periods']) ??
    LESSON_DEFAULTS.days;
  const periodMinutes =
    firstNumber(request, ['minutes?', 'mins?', 'minutos?']) ?? LESSON_DEFAULTS.periodMinutes;
  const quizLength =
    firstNumber(request, [
      '(?:items?|questions?|problems?)(?: \\p{L}+)? (?:quiz|test)',
      '(?:preguntas|[ií]tems|problemas|ejercicios)',
      '(?:items?|questions?|problems?)',
    ]) ?? LESSON_DEFAULTS.quizLength;
  const visualActivities =
    firstNumber(request, ['visual (?:activities|activity|tasks?)', 'actividad(?:es)? visual(?:es)?']) ??
    (/\bvisual/iu.test(request) ? 1 : LESSON_DEFAULTS.visualActivities);
  throwProblems(numberProblems({ days, periodMinutes, quizLength, visualActivities }));

  const topic = findTopic(request, framework, hasItems);
  const skillIds = topic === null ? [] : matchSkills(topic, framework, hasItems).slice(0, days);
  const form: LessonForm = {
    topic,
    skillIds,
    days,
    periodMinutes,
    readingLevels: readingLevels(request),
    visualActivities,
    quizLength,
    locale: detectLocale(request),
  };
  const missing: LessonFormField[] = topic === null ? ['topic'] : skillIds.length === 0 ? ['skillIds'] : [];
  return { form, missing };
}

/** Fields of the form the teacher confirmed or corrected; they win over what the words say. */
export type LessonFormOverrides = Partial<LessonForm>;

/**
 * Applies the teacher's corrections to a parsed request. A new topic without skills proposes the topic's skills
 * again; `missing` is recomputed (nothing is missing once there are skills). Numbers out of bounds throw
 * AppError('validation_failed') naming the field; unknown skills are refused when the lesson is composed.
 */
export function confirmLessonForm(
  parsed: ParsedRequest,
  overrides: LessonFormOverrides,
  framework: readonly LessonSkill[],
  hasItems: (skillId: string) => boolean = () => true,
): ParsedRequest {
  const merged: LessonForm = { ...parsed.form, ...overrides };
  const reMatch = overrides.topic !== undefined && overrides.skillIds === undefined && merged.topic !== null;
  const form: LessonForm = reMatch
    ? { ...merged, skillIds: matchSkills(merged.topic!, framework, hasItems).slice(0, merged.days) }
    : merged;
  throwProblems(numberProblems(form));
  const missing: LessonFormField[] =
    form.skillIds.length > 0 ? [] : form.topic === null ? ['topic'] : ['skillIds'];
  return { form, missing };
}

/** A stable seed for a request (FNV-1a of its words): the same words give the same lesson unless a seed is given. */
export function seedOf(words: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) hash = Math.imul(hash ^ words.charCodeAt(i), 0x01000193) >>> 0;
  return hash & 0x7fffffff;
}
