import { Type } from 'typebox';
import { StringEnum } from '../../presenters.ts';

export const LocalizedSchema = Type.Object({ en: Type.String(), es: Type.String() });
export const SkillRefSchema = Type.Object({ id: Type.String(), name: LocalizedSchema });
const Id = Type.String({ minLength: 1, maxLength: 200 });
export const PathwayParams = Type.Object({ orgId: Type.String(), pathwayId: Id });
export const ServedParams = Type.Object({ orgId: Type.String(), servedId: Type.String({ format: 'uuid' }) });
export const LocaleField = Type.Optional(
  StringEnum(['en', 'es'], { description: "Defaults to the person's language" }),
);

/** Credentials issued by this step of the loop (criteria met, stacked ones too), for the learner to be told. */
const EarnedCredentialsSchema = Type.Array(
  Type.Object({ id: Type.String(), achievementName: Type.String() }),
  {
    description: 'Credentials issued by this request: criteria met, stacked ones too',
  },
);

export const FigureSchema = Type.Object({
  kind: StringEnum(['bar', 'line', 'pie', 'table']),
  title: LocalizedSchema,
  labels: Type.Array(LocalizedSchema),
  values: Type.Array(Type.Number()),
  axis: Type.Optional(Type.Object({ min: Type.Number(), max: Type.Number(), label: LocalizedSchema })),
});

export const PublicItemSchema = Type.Object({
  servedId: Type.String(),
  itemId: Type.String(),
  skillId: Type.String(),
  source: Type.String(),
  attribution: Type.Optional(Type.String({ description: 'Credit line of an imported dataset' })),
  stem: LocalizedSchema,
  figure: Type.Optional(FigureSchema),
  steps: Type.Array(
    Type.Object({
      id: Type.String(),
      prompt: LocalizedSchema,
      answerType: StringEnum([
        'number',
        'fraction',
        'expression',
        'equation',
        'inequality',
        'choice',
        'text',
      ]),
      choices: Type.Optional(Type.Array(LocalizedSchema)),
    }),
  ),
  currentStepId: Type.String(),
});

const EnrollmentStatusSchema = StringEnum(['placement', 'active', 'paused', 'completed']);

export const PathwayListSchema = Type.Object({
  pathways: Type.Array(
    Type.Object({
      id: Type.String(),
      name: LocalizedSchema,
      description: LocalizedSchema,
      skillCount: Type.Integer(),
      masteredCount: Type.Integer(),
      enrollment: Type.Union([Type.Object({ status: EnrollmentStatusSchema }), Type.Null()]),
    }),
  ),
});

export const EnrollmentSchema = Type.Object({ pathwayId: Type.String(), status: EnrollmentStatusSchema });

export const MapSchema = Type.Object({
  pathway: Type.Object({ id: Type.String(), name: LocalizedSchema, description: LocalizedSchema }),
  summary: Type.Object({ mastered: Type.Integer(), total: Type.Integer() }),
  skills: Type.Array(
    Type.Object({
      id: Type.String(),
      name: LocalizedSchema,
      description: LocalizedSchema,
      parentId: Type.Union([Type.String(), Type.Null()]),
      prerequisites: Type.Array(Type.String()),
      status: StringEnum(['mastered', 'ready', 'locked']),
      estimate: Type.Number(),
      missing: Type.Array(SkillRefSchema),
      startWith: Type.Array(SkillRefSchema),
    }),
  ),
});

export const PlacementStepSchema = Type.Union([
  Type.Object({
    done: Type.Literal(false),
    item: PublicItemSchema,
    progress: Type.Object({ answered: Type.Integer(), max: Type.Integer() }),
  }),
  Type.Object({
    done: Type.Literal(true),
    summary: Type.Object({
      known: Type.Array(SkillRefSchema),
      total: Type.Integer(),
      knownCount: Type.Integer(),
      credentials: EarnedCredentialsSchema,
    }),
  }),
]);

export const PracticeItemSchema = Type.Object({
  item: PublicItemSchema,
  mode: StringEnum(['practice', 'review']),
  skill: SkillRefSchema,
  why: LocalizedSchema,
  predicted: Type.Number(),
});

export const AnswerBody = Type.Object(
  {
    stepId: Id,
    answer: Type.String({
      maxLength: 20000,
      description: 'Longer than 200 characters is answered as invalid',
    }),
    locale: LocaleField,
  },
  { additionalProperties: false },
);

export const AnswerResultSchema = Type.Object({
  result: StringEnum(['correct', 'incorrect', 'invalid']),
  message: LocalizedSchema,
  misconception: Type.Union([Type.String(), Type.Null()]),
  stepDone: Type.Boolean(),
  itemDone: Type.Boolean(),
  nextStepId: Type.Union([Type.String(), Type.Null()]),
  mastery: Type.Union([
    Type.Object({
      skillId: Type.String(),
      before: Type.Number(),
      after: Type.Number(),
      mastered: Type.Boolean(),
      newlyMastered: Type.Boolean(),
      unlocked: Type.Array(SkillRefSchema),
      reopened: Type.Array(SkillRefSchema, {
        description: 'Mastered prerequisites sent back to practice because this skill keeps going wrong',
      }),
    }),
    Type.Null(),
  ]),
  credentials: EarnedCredentialsSchema,
});

export const TutorBody = Type.Object(
  { stepId: Id, message: Type.String({ maxLength: 2000 }), locale: LocaleField },
  { additionalProperties: false },
);

export const TutorReplySchema = Type.Object({
  reply: Type.String(),
  source: StringEnum(['engine', 'model']),
  hintLevel: Type.Integer(),
});

export const TutorHistorySchema = Type.Object({
  turns: Type.Array(
    Type.Object({ speaker: StringEnum(['learner', 'tutor']), text: Type.String(), at: Type.String() }),
  ),
});

export const MyLearningSchema = Type.Object({
  skills: Type.Array(
    Type.Object({
      id: Type.String(),
      name: LocalizedSchema,
      pathwayIds: Type.Array(Type.String()),
      estimate: Type.Number(),
      mastered: Type.Boolean(),
      attempts: Type.Integer(),
      successes: Type.Integer(),
      explanation: Type.Object({
        reasons: Type.Array(LocalizedSchema),
        contributions: Type.Array(
          Type.Object({
            feature: Type.String(),
            label: LocalizedSchema,
            value: Type.Number(),
            weight: Type.Number(),
            contribution: Type.Number(),
            effect: Type.Number(),
          }),
        ),
      }),
      history: Type.Array(Type.Object({ at: Type.String(), estimate: Type.Number() })),
    }),
  ),
  reviewsDue: Type.Integer(),
});
