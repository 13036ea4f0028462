import type { Lesson, LessonForm } from '@pathwise/core/lessons';
import type { LessonReviews } from '../../schema/lessons.ts';

type Check = (v: unknown, path: string, bad: string[]) => void;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const str: Check = (v, path, bad) => {
  if (typeof v !== 'string') bad.push(`${path} must be text`);
};
const int: Check = (v, path, bad) => {
  if (!Number.isInteger(v)) bad.push(`${path} must be a whole number`);
};
const bool: Check = (v, path, bad) => {
  if (typeof v !== 'boolean') bad.push(`${path} must be true or false`);
};
const num: Check = (v, path, bad) => {
  if (v !== null && typeof v !== 'number') bad.push(`${path} must be a number or null`);
};
const oneOf =
  (...values: readonly string[]): Check =>
  (v, path, bad) => {
    if (typeof v !== 'string' || !values.includes(v)) bad.push(`${path} must be one of ${values.join(', ')}`);
  };
const localized: Check = (v, path, bad) => obj({ en: str, es: str })(v, path, bad);
const source = oneOf('framework', 'bank', 'template', 'model');
const level = oneOf('below', 'on', 'above');
const optional =
  (check: Check): Check =>
  (v, path, bad) => {
    if (v !== undefined) check(v, path, bad);
  };
const list =
  (check: Check): Check =>
  (v, path, bad) => {
    if (!Array.isArray(v)) bad.push(`${path} must be a list`);
    else {
      for (const [i, e] of v.entries()) check(e, `${path}/${i}`, bad);
    }
  };
function obj(fields: Record<string, Check>): Check {
  return (v, path, bad) => {
    if (!isRecord(v)) {
      bad.push(`${path} must be an object`);
      return;
    }
    for (const [k, check] of Object.entries(fields)) check(v[k], `${path}/${k}`, bad);
  };
}

const citation = obj({ code: str, name: localized, description: localized, source: oneOf('framework') });
const activity = obj({
  templateId: str,
  visual: bool,
  skillId: str,
  title: localized,
  instructions: localized,
  source,
});
const phase = obj({
  id: str,
  title: localized,
  minutes: int,
  teacherMoves: localized,
  activities: list(activity),
  source,
});
const part = obj({
  prompt: localized,
  format: oneOf('open', 'choice'),
  options: optional(list(obj({ id: str, text: localized, misconceptionId: optional(str) }))),
  answerKey: str,
  worked: optional(list(localized)),
});
const readabilityResult = obj({
  locale: oneOf('en', 'es'),
  formula: oneOf('flesch-kincaid', 'fernandez-huerta'),
  words: int,
  sentences: int,
  syllables: int,
  tooShort: bool,
  grade: num,
  ease: num,
});
const lessonShape = obj({
  format: (v, path, bad) => {
    if (v !== 1) bad.push(`${path} must be 1`);
  },
  seed: int,
  topic: str,
  periodMinutes: int,
  standards: list(citation),
  design: obj({ goals: list(citation), finalCheck: localized, source }),
  days: list(
    obj({
      day: int,
      skeleton: oneOf('gradual-release', '5e'),
      skillIds: list(str),
      goal: localized,
      phases: list(phase),
      source,
    }),
  ),
  quiz: obj({
    title: localized,
    items: list(obj({ number: int, itemId: str, skillId: str, stem: localized, parts: list(part), source })),
    source,
  }),
  rubric: list(
    obj({
      skillId: str,
      skill: localized,
      levels: obj({
        beginning: localized,
        developing: localized,
        proficient: localized,
        advanced: localized,
      }),
      source,
    }),
  ),
  versions: list(
    obj({
      level,
      skillIds: list(str),
      itemIds: list(str),
      directions: localized,
      scaffolds: list(
        obj({
          kind: oneOf('glossary', 'sentence-frames', 'worked-example', 'chunking', 'extension'),
          title: localized,
          lines: list(localized),
          source,
        }),
      ),
      readability: obj({ en: readabilityResult, es: readabilityResult }),
      source,
    }),
  ),
});
const formShape = obj({
  topic: (v, path, bad) => {
    if (v !== null) str(v, path, bad);
  },
  skillIds: list(str),
  days: int,
  periodMinutes: int,
  readingLevels: list(level),
  visualActivities: int,
  quizLength: int,
  locale: oneOf('en', 'es'),
});
const reviewShape: Check = (v, path, bad) => {
  if (!isRecord(v)) bad.push(`${path} must be an object`);
  else {
    for (const [k, r] of Object.entries(v)) {
      obj({ reviewedBy: (b, p, out) => (b === null ? undefined : str(b, p, out)), reviewedAt: str })(
        r,
        `${path}/${k}`,
        bad,
      );
    }
  }
};

function checked<T>(what: string, shape: Check, json: unknown): T {
  const bad: string[] = [];
  shape(json, what, bad);
  if (bad.length > 0) throw new Error(`stored ${what} is malformed: ${bad.slice(0, 5).join('; ')}`);
  // NOTE: every field of T was checked above; the cast names the checked shape.
  return json as T;
}

/** A stored lesson (`lesson_versions.lesson`) checked field by field; a malformed row throws. */
export function parseStoredLesson(json: unknown): Lesson {
  return checked<Lesson>('lesson', lessonShape, json);
}

/** A stored lesson form (`lesson_versions.form`) checked field by field; a malformed row throws. */
export function parseStoredLessonForm(json: unknown): LessonForm {
  return checked<LessonForm>('form', formShape, json);
}

/** The stored reviews of a version's blocks (`lesson_versions.reviews`); a malformed row throws. */
export function parseLessonReviews(json: unknown): LessonReviews {
  return checked<LessonReviews>('reviews', reviewShape, json);
}
