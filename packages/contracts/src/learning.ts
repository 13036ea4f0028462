import { LOCALES } from '@pathwise/core/identity';
import { type Static, Type } from 'typebox';
import { LocalizedSchema, NullableEstimate, SkillStandingSchema, StringEnum } from './common.ts';
import { ImportAttributionSchema } from './importers.ts';

/** A skill as a link: its id and its name in every language. */
export const LearningSkillRefSchema = Type.Object({ id: Type.String(), name: LocalizedSchema });
export type LearningSkillRef = Static<typeof LearningSkillRefSchema>;

const LearningId = Type.String({ minLength: 1, maxLength: 200 });
export const LearningPathwayParams = Type.Object({ orgId: Type.String(), pathwayId: LearningId });
export type LearningPathwayParamsInput = Static<typeof LearningPathwayParams>;
export const ServedParams = Type.Object({ orgId: Type.String(), servedId: Type.String({ format: 'uuid' }) });
export type ServedParamsInput = Static<typeof ServedParams>;
const LocaleField = Type.Optional(StringEnum(LOCALES, { description: "Defaults to the person's language" }));

/** A credential issued by this step of the loop (criteria met, stacked ones too), for the learner to be told. */
export const EarnedCredentialSchema = Type.Object({ id: Type.String(), achievementName: Type.String() });
export type EarnedCredential = Static<typeof EarnedCredentialSchema>;
const EarnedCredentialsSchema = Type.Array(EarnedCredentialSchema, {
  description: 'Credentials issued by this request: criteria met, stacked ones too',
});

/** A chart or table that goes with a problem. */
export const ItemFigureSchema = Type.Object({
  kind: StringEnum(['bar', 'line', 'pie', 'table']),
  title: LocalizedSchema,
  labels: Type.Array(LocalizedSchema),
  values: Type.Array(Type.Number()),
  axis: Type.Optional(Type.Object({ min: Type.Number(), max: Type.Number(), label: LocalizedSchema })),
});
export type ItemFigure = Static<typeof ItemFigureSchema>;

export const StepAnswerTypeSchema = StringEnum([
  'number',
  'fraction',
  'expression',
  'equation',
  'inequality',
  'choice',
  'text',
]);
export type StepAnswerType = Static<typeof StepAnswerTypeSchema>;

/** A step as the learner sees it: never its answer. */
export const PublicStepSchema = Type.Object({
  id: Type.String(),
  prompt: LocalizedSchema,
  answerType: StepAnswerTypeSchema,
  choices: Type.Optional(Type.Array(LocalizedSchema)),
});
export type PublicStep = Static<typeof PublicStepSchema>;

/** A served item as the learner sees it: stem, figure and steps, no answers, hints or misconceptions. */
export const PublicItemSchema = Type.Object({
  servedId: Type.String(),
  itemId: Type.String(),
  skillId: Type.String(),
  source: Type.String(),
  attribution: Type.Optional(Type.String({ description: 'Credit line of an imported dataset' })),
  stem: LocalizedSchema,
  figure: Type.Optional(ItemFigureSchema),
  steps: Type.Array(PublicStepSchema),
  currentStepId: Type.String(),
});
export type PublicItem = Static<typeof PublicItemSchema>;

export const EnrollmentStatusSchema = StringEnum(['placement', 'active', 'paused', 'completed']);
export type EnrollmentStatus = Static<typeof EnrollmentStatusSchema>;

export const PathwaySummarySchema = Type.Object({
  id: Type.String(),
  name: LocalizedSchema,
  description: LocalizedSchema,
  skillCount: Type.Integer(),
  masteredCount: Type.Integer(),
  enrollment: Type.Union([Type.Object({ status: EnrollmentStatusSchema }), Type.Null()]),
  /** The credit of an imported pathway's content (its dataset's licence), shown on the learner's card. */
  attribution: Type.Union([ImportAttributionSchema, Type.Null()]),
});
export type PathwaySummary = Static<typeof PathwaySummarySchema>;
export const PathwayListSchema = Type.Object({ pathways: Type.Array(PathwaySummarySchema) });
export type PathwayList = Static<typeof PathwayListSchema>;

export const PathwayEnrollmentSchema = Type.Object({
  pathwayId: Type.String(),
  status: EnrollmentStatusSchema,
});
export type PathwayEnrollment = Static<typeof PathwayEnrollmentSchema>;
export const EnrollmentStatusBody = Type.Object(
  { status: StringEnum(['paused', 'active']) },
  { additionalProperties: false },
);
export type EnrollmentStatusInput = Static<typeof EnrollmentStatusBody>;

export const PathwaySkillStatusSchema = StringEnum(['mastered', 'ready', 'locked']);
export type PathwaySkillStatus = Static<typeof PathwaySkillStatusSchema>;

export const MapSkillSchema = Type.Object({
  id: Type.String(),
  name: LocalizedSchema,
  description: LocalizedSchema,
  parentId: Type.Union([Type.String(), Type.Null()]),
  prerequisites: Type.Array(Type.String()),
  status: PathwaySkillStatusSchema,
  /** Where the learner stands on it, as on every page (the map's status says what is open). */
  standing: SkillStandingSchema,
  estimate: NullableEstimate,
  missing: Type.Array(LearningSkillRefSchema),
  startWith: Type.Array(LearningSkillRefSchema),
});
export type MapSkill = Static<typeof MapSkillSchema>;

export const PathwayMapSchema = Type.Object({
  pathway: Type.Object({ id: Type.String(), name: LocalizedSchema, description: LocalizedSchema }),
  summary: Type.Object({ mastered: Type.Integer(), total: Type.Integer() }),
  skills: Type.Array(MapSkillSchema),
});
export type PathwayMap = Static<typeof PathwayMapSchema>;

export const PlacementStepSchema = Type.Union([
  Type.Object({
    done: Type.Literal(false),
    item: PublicItemSchema,
    progress: Type.Object({ answered: Type.Integer(), max: Type.Integer() }),
  }),
  Type.Object({
    done: Type.Literal(true),
    summary: Type.Object({
      known: Type.Array(LearningSkillRefSchema),
      total: Type.Integer(),
      knownCount: Type.Integer(),
      credentials: EarnedCredentialsSchema,
    }),
  }),
]);
export type PlacementStep = Static<typeof PlacementStepSchema>;

/** How far a skill is from mastery: right answers in a row on standard problems that would master it from here. */
export const SkillProgressSchema = Type.Object({
  mastered: Type.Boolean(),
  rightToGo: Type.Integer({
    minimum: 0,
    description: 'Right answers in a row on standard problems still needed',
  }),
  share: Type.Number({
    minimum: 0,
    maximum: 1,
    description: 'Progress toward mastery: 1 when the rule is met',
  }),
});
export type SkillProgress = Static<typeof SkillProgressSchema>;

export const PracticeItemSchema = Type.Object({
  item: PublicItemSchema,
  mode: StringEnum(['practice', 'review']),
  skill: LearningSkillRefSchema,
  why: LocalizedSchema,
  predicted: Type.Number(),
  progress: SkillProgressSchema,
  firstOfSkill: Type.Boolean({
    description: 'No item of this skill answered before: show its explanation first',
  }),
  hasExplanation: Type.Boolean(),
  workedExampleAvailable: Type.Boolean({
    description: 'A worked example of a sibling item can be asked for once the hints are used up',
  }),
});
export type PracticeItem = Static<typeof PracticeItemSchema>;

export const AnswerBody = Type.Object(
  {
    stepId: LearningId,
    answer: Type.String({
      maxLength: 20000,
      description: 'Longer than 200 characters is answered as invalid',
    }),
    locale: LocaleField,
  },
  { additionalProperties: false },
);
export type AnswerInput = Static<typeof AnswerBody>;

/** What one item outcome did to the learner model. */
export const MasteryUpdateSchema = Type.Object({
  skillId: Type.String(),
  before: Type.Number(),
  after: Type.Number(),
  mastered: Type.Boolean(),
  newlyMastered: Type.Boolean(),
  unlocked: Type.Array(LearningSkillRefSchema),
  reopened: Type.Array(LearningSkillRefSchema, {
    description: 'Mastered prerequisites sent back to practice because this skill keeps going wrong',
  }),
  progress: SkillProgressSchema,
});
export type MasteryUpdate = Static<typeof MasteryUpdateSchema>;

export const AnswerResultSchema = Type.Object({
  result: StringEnum(['correct', 'incorrect', 'invalid']),
  message: LocalizedSchema,
  misconception: Type.Union([Type.String(), Type.Null()]),
  stepDone: Type.Boolean(),
  itemDone: Type.Boolean(),
  nextStepId: Type.Union([Type.String(), Type.Null()]),
  mastery: Type.Union([MasteryUpdateSchema, Type.Null()]),
  credentials: EarnedCredentialsSchema,
});
export type AnswerResult = Static<typeof AnswerResultSchema>;

export const TutorBody = Type.Object(
  { stepId: LearningId, message: Type.String({ maxLength: 2000 }), locale: LocaleField },
  { additionalProperties: false },
);
export type TutorInput = Static<typeof TutorBody>;
export const TutorHistoryQuery = Type.Object({ stepId: LearningId });

export const TutorReplySchema = Type.Object({
  reply: Type.String(),
  source: StringEnum(['engine', 'model']),
  hintLevel: Type.Integer(),
  ladderDone: Type.Boolean({
    description: 'Every hint of the step has been given: a worked example may be asked for',
  }),
});
export type TutorReply = Static<typeof TutorReplySchema>;

export const TutorHistoryTurnSchema = Type.Object({
  speaker: StringEnum(['learner', 'tutor']),
  text: Type.String(),
  at: Type.String(),
});
export type TutorHistoryTurn = Static<typeof TutorHistoryTurnSchema>;
export const TutorHistorySchema = Type.Object({
  turns: Type.Array(TutorHistoryTurnSchema),
  ladderDone: Type.Boolean(),
});
export type TutorHistory = Static<typeof TutorHistorySchema>;

export const WorkedExampleBody = Type.Object({ stepId: LearningId }, { additionalProperties: false });
export type WorkedExampleInput = Static<typeof WorkedExampleBody>;

/** A problem solved in full: a sibling of the stuck one, or the example of a skill's explanation. */
export const WorkedExampleSchema = Type.Object({
  stem: LocalizedSchema,
  figure: Type.Optional(ItemFigureSchema),
  steps: Type.Array(
    Type.Object({ prompt: LocalizedSchema, lines: Type.Array(LocalizedSchema), answer: LocalizedSchema }),
  ),
});
export type WorkedExample = Static<typeof WorkedExampleSchema>;

/** What a stuck learner gets: the worked example, and the item's end (it counts as not solved). */
export const WorkedExampleResultSchema = Type.Object({
  example: WorkedExampleSchema,
  mastery: Type.Union([MasteryUpdateSchema, Type.Null()]),
});
export type WorkedExampleResult = Static<typeof WorkedExampleResultSchema>;

export const SkillExplanationParams = Type.Object({ orgId: Type.String(), skillId: LearningId });
export type SkillExplanationParamsInput = Static<typeof SkillExplanationParams>;

/** A skill's explanation: the idea in words, and a worked example when the skill has item families. */
export const SkillExplanationSchema = Type.Object({
  skill: LearningSkillRefSchema,
  text: LocalizedSchema,
  example: Type.Union([WorkedExampleSchema, Type.Null()]),
});
export type SkillExplanationAnswer = Static<typeof SkillExplanationSchema>;

/** One feature's part in an estimate: weight × value in log-odds, and its effect in probability points. */
export const EstimateContributionSchema = Type.Object({
  feature: Type.String(),
  label: LocalizedSchema,
  value: Type.Number(),
  weight: Type.Number(),
  contribution: Type.Number(),
  effect: Type.Number(),
});
export type EstimateContribution = Static<typeof EstimateContributionSchema>;

export const EstimateExplanationSchema = Type.Object({
  reasons: Type.Array(LocalizedSchema),
  contributions: Type.Array(EstimateContributionSchema),
});
export type EstimateExplanation = Static<typeof EstimateExplanationSchema>;

/** What actually happened on a skill: items answered and right on the first try, by mode (nothing synthetic). */
export const SkillEvidenceSchema = Type.Object({
  placementAnswered: Type.Integer(),
  placementRight: Type.Integer(),
  practiceAnswered: Type.Integer(),
  practiceRight: Type.Integer(),
  reviewAnswered: Type.Integer(),
  reviewRight: Type.Integer(),
});
export type SkillEvidence = Static<typeof SkillEvidenceSchema>;

export const LearnedSkillSchema = Type.Object({
  id: Type.String(),
  name: LocalizedSchema,
  pathwayIds: Type.Array(Type.String()),
  status: SkillStandingSchema,
  estimate: NullableEstimate,
  mastered: Type.Boolean(),
  evidence: SkillEvidenceSchema,
  explanation: EstimateExplanationSchema,
  history: Type.Array(Type.Object({ at: Type.String(), estimate: Type.Number() })),
});
export type LearnedSkill = Static<typeof LearnedSkillSchema>;

export const MyLearningSchema = Type.Object({
  skills: Type.Array(LearnedSkillSchema),
  reviewsDue: Type.Integer(),
});
export type MyLearning = Static<typeof MyLearningSchema>;
