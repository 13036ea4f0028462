import type { Lesson, LessonForm, ModelNote } from '@pathwise/core/lessons';
import { type Static, Type } from 'typebox';
import { LocaleSchema, LocalizedSchema, StringEnum } from './common.ts';

const SourceSchema = StringEnum(['framework', 'bank', 'template', 'model'] as const, {
  description: 'Where the block came from',
});
const ReadingLevelSchema = StringEnum(['below', 'on', 'above'] as const);
const SkillIdSchema = Type.String({ minLength: 1, maxLength: 200 });

/** The parsed form of a request, as the teacher confirms it. */
export const LessonFormSchema = Type.Object({
  topic: Type.Union([Type.String(), Type.Null()]),
  skillIds: Type.Array(Type.String()),
  days: Type.Integer(),
  periodMinutes: Type.Integer(),
  readingLevels: Type.Array(ReadingLevelSchema),
  visualActivities: Type.Integer(),
  quizLength: Type.Integer(),
  locale: LocaleSchema,
});
export type LessonFormWire = Static<typeof LessonFormSchema>;

/**
 * `POST /api/orgs/:orgId/lessons/compose`: the teacher's words, and the fields of the form they confirmed or
 * corrected (they win over what the words say). The limits (days 1–10, period 20–120 minutes, quiz 1–40 items,
 * 3 visual activities a day, skills of the framework) are checked by the composer, which names the field; they are
 * not repeated here so that there is one place that holds them (`LESSON_LIMITS` in `@pathwise/core/lessons`).
 */
export const ComposeLessonBody = Type.Object({
  request: Type.String({ minLength: 1, maxLength: 2000 }),
  form: Type.Optional(
    Type.Object({
      topic: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
      skillIds: Type.Optional(Type.Array(SkillIdSchema, { maxItems: 20 })),
      days: Type.Optional(Type.Integer()),
      periodMinutes: Type.Optional(Type.Integer()),
      readingLevels: Type.Optional(
        Type.Array(ReadingLevelSchema, { minItems: 1, maxItems: 3, uniqueItems: true }),
      ),
      visualActivities: Type.Optional(Type.Integer()),
      quizLength: Type.Optional(Type.Integer()),
      locale: Type.Optional(LocaleSchema),
    }),
  ),
  seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 2_147_483_647 })),
});
export type ComposeLessonInput = Static<typeof ComposeLessonBody>;

const CitationSchema = Type.Object({
  code: Type.String(),
  name: LocalizedSchema,
  description: LocalizedSchema,
  source: Type.Literal('framework'),
});

const PhaseSchema = Type.Object({
  id: Type.String(),
  title: LocalizedSchema,
  minutes: Type.Integer(),
  teacherMoves: LocalizedSchema,
  activities: Type.Array(
    Type.Object({
      templateId: Type.String(),
      visual: Type.Boolean(),
      skillId: Type.String(),
      title: LocalizedSchema,
      instructions: LocalizedSchema,
      source: SourceSchema,
    }),
  ),
  source: SourceSchema,
});

const QuizItemSchema = Type.Object({
  number: Type.Integer(),
  itemId: Type.String(),
  skillId: Type.String(),
  stem: LocalizedSchema,
  parts: Type.Array(
    Type.Object({
      prompt: LocalizedSchema,
      format: StringEnum(['open', 'choice'] as const),
      options: Type.Optional(
        Type.Array(
          Type.Object({
            id: Type.String(),
            text: LocalizedSchema,
            misconceptionId: Type.Optional(Type.String()),
          }),
        ),
      ),
      answerKey: Type.String(),
      worked: Type.Optional(Type.Array(LocalizedSchema)),
    }),
  ),
  source: SourceSchema,
});

const ReadabilitySchema = Type.Object({
  locale: LocaleSchema,
  formula: StringEnum(['flesch-kincaid', 'fernandez-huerta'] as const),
  words: Type.Integer(),
  sentences: Type.Integer(),
  syllables: Type.Integer(),
  tooShort: Type.Boolean(),
  grade: Type.Union([Type.Number(), Type.Null()]),
  ease: Type.Union([Type.Number(), Type.Null()]),
});

const VersionSchema = Type.Object({
  level: ReadingLevelSchema,
  skillIds: Type.Array(Type.String()),
  itemIds: Type.Array(Type.String()),
  directions: LocalizedSchema,
  scaffolds: Type.Array(
    Type.Object({
      kind: StringEnum(['glossary', 'sentence-frames', 'worked-example', 'chunking', 'extension'] as const),
      title: LocalizedSchema,
      lines: Type.Array(LocalizedSchema),
      source: SourceSchema,
    }),
  ),
  readability: Type.Object({ en: ReadabilitySchema, es: ReadabilitySchema }),
  source: SourceSchema,
});

/** A composed lesson (the teacher's copy: keys and worked solutions included). */
export const LessonSchema = Type.Object({
  format: Type.Literal(1),
  seed: Type.Integer(),
  topic: Type.String(),
  periodMinutes: Type.Integer(),
  standards: Type.Array(CitationSchema),
  design: Type.Object({
    goals: Type.Array(CitationSchema),
    finalCheck: LocalizedSchema,
    source: SourceSchema,
  }),
  days: Type.Array(
    Type.Object({
      day: Type.Integer(),
      skeleton: StringEnum(['gradual-release', '5e'] as const),
      skillIds: Type.Array(Type.String()),
      goal: LocalizedSchema,
      phases: Type.Array(PhaseSchema),
      source: SourceSchema,
    }),
  ),
  quiz: Type.Object({ title: LocalizedSchema, items: Type.Array(QuizItemSchema), source: SourceSchema }),
  rubric: Type.Array(
    Type.Object({
      skillId: Type.String(),
      skill: LocalizedSchema,
      levels: Type.Object({
        beginning: LocalizedSchema,
        developing: LocalizedSchema,
        proficient: LocalizedSchema,
        advanced: LocalizedSchema,
      }),
      source: SourceSchema,
    }),
  ),
  versions: Type.Array(VersionSchema),
});
export type LessonWire = Static<typeof LessonSchema>;

/**
 * What became of one prose slot a configured model was asked to rephrase (`day-1/goal`,
 * `day-1/phases/<phaseId>/teacherMoves`, `version-<level>/directions`): its text used, or the offline text kept
 * and why (a short code and the same in words).
 */
const ModelProseReasonSchema = StringEnum([
  'malformed',
  'missing',
  'unchanged',
  'too_long',
  'html',
  'url',
  'moderation',
  'unknown_code',
  'dropped_number',
  'dropped_term',
  'reading_level',
  'unavailable',
] as const);

export const ModelNoteSchema = Type.Object({
  slot: Type.String(),
  locale: LocaleSchema,
  outcome: StringEnum(['accepted', 'kept'] as const),
  reason: Type.Union([ModelProseReasonSchema, Type.Null()]),
  message: Type.Union([LocalizedSchema, Type.Null()]),
  text: Type.Union([Type.String(), Type.Null()], { description: "The model's text as used; null when kept" }),
});
export type ModelNoteWire = Static<typeof ModelNoteSchema>;

/**
 * The answer: the form with the fields still needed, or the form and the composed lesson; `modelNotes` only when a
 * model endpoint is configured (one note per prose slot).
 */
export const ComposeLessonSchema = Type.Union([
  Type.Object({
    status: Type.Literal('needs'),
    form: LessonFormSchema,
    missing: Type.Array(StringEnum(['topic', 'skillIds'] as const)),
  }),
  Type.Object({
    status: Type.Literal('composed'),
    form: LessonFormSchema,
    lesson: LessonSchema,
    modelNotes: Type.Optional(Type.Array(ModelNoteSchema)),
  }),
]);
export type ComposeLessonAnswer = Static<typeof ComposeLessonSchema>;

/** A type with every array and property read-only, as the domain's types are. */
type DeepReadonly<T> = T extends readonly (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
type Assignable<T, U extends T> = U;
// NOTE: compile-time checks, both ways, that the wire schemas describe the domain's types (a drift fails the type check).
export type LessonSchemaMatchesCore = [
  Assignable<DeepReadonly<LessonWire>, Lesson>,
  Assignable<Lesson, DeepReadonly<LessonWire>>,
  Assignable<DeepReadonly<LessonFormWire>, LessonForm>,
  Assignable<LessonForm, DeepReadonly<LessonFormWire>>,
  Assignable<DeepReadonly<ModelNoteWire>, ModelNote>,
  Assignable<ModelNote, DeepReadonly<ModelNoteWire>>,
];

// ---- Saved lessons: drafts, versions, block reviews, publishing ----

/**
 * What the teacher saw of one prose slot's model phrasing, sent back when saving: `accepted` with the `text` used,
 * or `kept` with the `reason` (the compose answer's `modelNotes`, without `locale` and `message`).
 */
export const SaveModelNoteSchema = Type.Object({
  slot: Type.String({ minLength: 1, maxLength: 120 }),
  outcome: StringEnum(['accepted', 'kept'] as const),
  reason: Type.Union([ModelProseReasonSchema, Type.Null()]),
  text: Type.Union([Type.String({ minLength: 1, maxLength: 1200 }), Type.Null()]),
});
export type SaveModelNote = Static<typeof SaveModelNoteSchema>;

/**
 * `POST /api/orgs/:orgId/lessons`: what to compose and save. The server composes again from `request`, `form` and
 * `seed` (the client's lesson is never trusted); with `modelNotes` (one per prose slot, as composing answered them)
 * it applies the accepted texts again, each checked again, and refuses one that fails naming it.
 */
export const SaveLessonBody = Type.Object({
  ...ComposeLessonBody.properties,
  modelNotes: Type.Optional(Type.Array(SaveModelNoteSchema, { maxItems: 200 })),
});
export type SaveLessonInput = Static<typeof SaveLessonBody>;

export const LessonParams = Type.Object({ orgId: Type.String(), lessonId: Type.String({ format: 'uuid' }) });
export const LessonBlockParams = Type.Object({
  orgId: Type.String(),
  lessonId: Type.String({ format: 'uuid' }),
  blockId: Type.String({ minLength: 1, maxLength: 40 }),
});

const LessonStatusSchema = StringEnum(['draft', 'published', 'archived'] as const);
const AuthorSchema = Type.Object({
  id: Type.Union([Type.String(), Type.Null()]),
  name: Type.Union([Type.String(), Type.Null()]),
});

/** One saved lesson in the organization's list. */
export const LessonSummarySchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  status: LessonStatusSchema,
  author: AuthorSchema,
  version: Type.Integer(),
  updatedAt: Type.String(),
});
export const LessonListSchema = Type.Object({ lessons: Type.Array(LessonSummarySchema) });
export type LessonSummary = Static<typeof LessonSummarySchema>;

/**
 * A reviewable block of a saved lesson: each day (`day-1` …), the quiz (`quiz`), the rubric (`rubric`) and each
 * differentiated version (`version-below` …). `fields` are its teacher-editable prose fields (paths for the edit route).
 */
export const LessonBlockSchema = Type.Object({
  id: Type.String(),
  kind: StringEnum(['day', 'quiz', 'rubric', 'version'] as const),
  source: SourceSchema,
  reviewed: Type.Boolean(),
  reviewedAt: Type.Union([Type.String(), Type.Null()]),
  fields: Type.Array(Type.String()),
});
export type LessonBlock = Static<typeof LessonBlockSchema>;

/** A saved lesson: its latest version (lesson, form, request, seed), its blocks' reviews and every version number. */
export const SavedLessonSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  status: LessonStatusSchema,
  author: AuthorSchema,
  version: Type.Integer(),
  versions: Type.Array(Type.Integer()),
  request: Type.String(),
  seed: Type.Integer(),
  form: LessonFormSchema,
  lesson: LessonSchema,
  blocks: Type.Array(LessonBlockSchema),
  unreviewed: Type.Array(Type.String()),
  canEdit: Type.Boolean(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  publishedAt: Type.Union([Type.String(), Type.Null()]),
});
export type SavedLesson = Static<typeof SavedLessonSchema>;

/** `PUT …/lessons/:lessonId/blocks/:blockId/review`: mark the block of the latest version reviewed (or not). */
export const ReviewLessonBlockBody = Type.Object({ reviewed: Type.Boolean() });

/**
 * `PUT …/lessons/:lessonId/blocks/:blockId`: new text for one teacher-editable prose field of a block, in one
 * language (`field` is one of the block's `fields`, e.g. `goal`, `phases/<phaseId>/teacherMoves`, `title`,
 * `directions`, `<skillId>/proficient`). Makes a new version; the block's review is reset.
 */
export const EditLessonBlockBody = Type.Object({
  field: Type.String({ minLength: 1, maxLength: 200 }),
  locale: LocaleSchema,
  text: Type.String({ minLength: 1, maxLength: 2000 }),
});
export type EditLessonBlockInput = Static<typeof EditLessonBlockBody>;
