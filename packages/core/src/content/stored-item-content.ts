import { type Locale, type Localized, locales } from '../language/localized.ts';
import type { AnswerSpec } from './answer/answer-spec.ts';
import type { Difficulty, Figure, Misconception, Scaffold, Step } from './item.ts';

/** The credit of an imported dataset: shown with every item taken from it. */
export interface ImportAttribution {
  readonly dataset: string;
  readonly text: string;
  readonly license: string;
  readonly url: string;
}

/** A step as the `items.content` column holds it: its help may be missing (read as none). */
export type StoredStep = {
  readonly id: string;
  readonly prompt: Localized;
  readonly answer: AnswerSpec;
  readonly guidingQuestion?: Localized;
  readonly hints?: readonly Localized[];
  readonly scaffolds?: readonly Scaffold[];
  readonly misconceptions?: readonly Misconception[];
  readonly worked?: readonly Localized[];
};

/**
 * What the `items.content` column holds: an {@link Item}'s stem, figure and steps; an imported item also keeps
 * the rest of its {@link Item} and its dataset's credit and figures, an authored item (or a copy) its languages.
 */
export type StoredItemContent = {
  readonly stem: Localized;
  readonly figure?: Figure;
  readonly steps: readonly StoredStep[];
  /** `['en']` when Spanish shows the English text (authored items and their copies). */
  readonly languages?: readonly Locale[];
  /** The dataset's credit (imported items). */
  readonly attribution?: ImportAttribution;
  /** Images the text refers to, name → path in the dataset, before they are resolved (OATutor). */
  readonly images?: Readonly<Record<string, string>>;
  /** The figures the text refers to, name → SHA-256 of the stored figure (OATutor). */
  readonly figures?: Readonly<Record<string, string>>;
  readonly id?: string;
  readonly familyId?: string;
  readonly skillId?: string;
  readonly seed?: number;
  readonly difficulty?: Difficulty;
};

/** Stored content once read: every step has all its parts (missing help filled with none). */
export type ParsedItemContent = StoredItemContent & { readonly steps: readonly Step[] };

type Fields = { readonly [key: string]: unknown };

const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLocalized = (v: unknown): v is Localized =>
  isObject(v) && typeof v.en === 'string' && typeof v.es === 'string';
const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number';
// NOTE: only the kind is checked here, as serving always did; the answer checker judges the rest of the spec.
const isAnswer = (v: unknown): v is AnswerSpec => isObject(v) && typeof v.kind === 'string';
const isLocale = (v: unknown): v is Locale => locales.some((l) => l === v);

function arrayOf<T>(v: unknown, guard: (e: unknown) => e is T): readonly T[] | undefined {
  return Array.isArray(v) && v.every(guard) ? v : undefined;
}

function recordOf<T>(v: unknown, guard: (e: unknown) => e is T): Readonly<Record<string, T>> | undefined {
  if (!isObject(v)) return undefined;
  const out: Record<string, T> = {};
  for (const [key, e] of Object.entries(v)) {
    if (!guard(e)) return undefined;
    out[key] = e;
  }
  return out;
}

const isMisconception = (v: unknown): v is Misconception =>
  isObject(v) && isString(v.id) && isAnswer(v.answer) && isLocalized(v.feedback);

function scaffoldOf(v: unknown): Scaffold | undefined {
  if (!isObject(v) || !isString(v.id) || !isLocalized(v.prompt) || !isAnswer(v.answer)) return undefined;
  const misconceptions = v.misconceptions === undefined ? [] : arrayOf(v.misconceptions, isMisconception);
  return misconceptions && { id: v.id, prompt: v.prompt, answer: v.answer, misconceptions };
}

function scaffoldsOf(v: unknown): readonly Scaffold[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const scaffolds = v.map(scaffoldOf).filter((s) => s !== undefined);
  return scaffolds.length === v.length ? scaffolds : undefined;
}

function isAxis(v: unknown): v is NonNullable<Figure['axis']> {
  return isObject(v) && isNumber(v.min) && isNumber(v.max) && isLocalized(v.label);
}

function figureOf(v: unknown): Figure | undefined {
  if (!isObject(v) || !isLocalized(v.title)) return undefined;
  const kind = (['bar', 'line', 'pie', 'table'] as const).find((k) => k === v.kind);
  const labels = arrayOf(v.labels, isLocalized);
  const values = arrayOf(v.values, isNumber);
  if (!kind || !labels || !values || (v.axis !== undefined && !isAxis(v.axis))) return undefined;
  return { kind, title: v.title, labels, values, ...(isAxis(v.axis) ? { axis: v.axis } : {}) };
}

function isAttribution(v: unknown): v is ImportAttribution {
  return isObject(v) && isString(v.dataset) && isString(v.text) && isString(v.license) && isString(v.url);
}

/** A step with its help filled in, or null without a string id, a prompt in both languages or an answer kind. */
function stepOf(v: unknown): Step | null {
  if (!isObject(v) || !isString(v.id) || !isLocalized(v.prompt) || !isAnswer(v.answer)) return null;
  const worked = arrayOf(v.worked, isLocalized);
  return {
    id: v.id,
    prompt: v.prompt,
    answer: v.answer,
    guidingQuestion: isLocalized(v.guidingQuestion) ? v.guidingQuestion : { en: '', es: '' },
    hints: arrayOf(v.hints, isLocalized) ?? [],
    scaffolds: scaffoldsOf(v.scaffolds) ?? [],
    misconceptions: arrayOf(v.misconceptions, isMisconception) ?? [],
    ...(worked ? { worked } : {}),
  };
}

/** The optional keys of stored content that are present with the right type. */
function extrasOf(json: Fields): Omit<StoredItemContent, 'stem' | 'steps' | 'figure'> {
  const languages = arrayOf(json.languages, isLocale);
  const images = recordOf(json.images, isString);
  const figures = recordOf(json.figures, isString);
  const difficulty = ([1, 2, 3] as const).find((d) => d === json.difficulty);
  return {
    ...(languages ? { languages } : {}),
    ...(isAttribution(json.attribution) ? { attribution: json.attribution } : {}),
    ...(images ? { images } : {}),
    ...(figures ? { figures } : {}),
    ...(isString(json.id) ? { id: json.id } : {}),
    ...(isString(json.familyId) ? { familyId: json.familyId } : {}),
    ...(isString(json.skillId) ? { skillId: json.skillId } : {}),
    ...(isNumber(json.seed) ? { seed: json.seed } : {}),
    ...(difficulty ? { difficulty } : {}),
  };
}

/**
 * Reads stored item content (the `items.content` JSONB column) back: null unless it has a stem in both languages
 * and at least one step, each with a string id, a prompt in both languages and an answer with a kind. A step's
 * missing (or malformed) help reads as none; a malformed figure or optional key is left out.
 *
 * @example
 * parseStoredItemContent(row.content)?.steps[0]?.hints; // [] when the step was stored without hints
 */
export function parseStoredItemContent(json: unknown): ParsedItemContent | null {
  if (!isObject(json) || !isLocalized(json.stem) || !Array.isArray(json.steps) || json.steps.length === 0) {
    return null;
  }
  const steps = json.steps.map(stepOf);
  if (steps.some((s) => s === null)) return null;
  const figure = figureOf(json.figure);
  return {
    stem: json.stem,
    ...(figure ? { figure } : {}),
    steps: steps.filter((s) => s !== null),
    ...extrasOf(json),
  };
}
