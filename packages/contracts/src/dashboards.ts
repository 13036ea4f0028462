import { type Static, Type } from 'typebox';
import { LocalizedSchema, NullableEstimate, SkillStandingSchema, StringEnum } from './common.ts';

// The class dashboard, the learner timeline, interventions, the program dashboard, early warning and consent.

export const INTERVENTION_ACTIONS = [
  'message',
  'meeting',
  'review-session',
  'goal-setting',
  'family-contact',
  'other',
] as const;
export const InterventionActionSchema = StringEnum(INTERVENTION_ACTIONS);
export type InterventionAction = Static<typeof InterventionActionSchema>;

export const InterventionSchema = Type.Object({
  id: Type.String(),
  learnerId: Type.String(),
  learnerName: Type.String(),
  teacherId: Type.Union([Type.String(), Type.Null()]),
  teacherName: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  note: Type.String(),
  createdAt: Type.String(),
});
export type Intervention = Static<typeof InterventionSchema>;

export const InterventionBody = Type.Object(
  {
    learnerId: Type.String({ format: 'uuid' }),
    action: InterventionActionSchema,
    note: Type.String({ maxLength: 2000 }),
  },
  { additionalProperties: false },
);
export type InterventionInput = Static<typeof InterventionBody>;

export const InterventionCreatedSchema = Type.Object({ id: Type.String() });
export const InterventionListSchema = Type.Object({ interventions: Type.Array(InterventionSchema) });
export type InterventionList = Static<typeof InterventionListSchema>;

export const DashboardQuery = Type.Object({
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 40 })),
  weeks: Type.Optional(Type.Integer({ minimum: 1, maximum: 52, default: 12 })),
});
export type DashboardQueryInput = Static<typeof DashboardQuery>;

export const CLASS_CSV_TABLES = ['heatmap', 'engagement', 'skills', 'risk', 'interventions'] as const;
export const ClassCsvQuery = Type.Object({ table: StringEnum(CLASS_CSV_TABLES) });
export const PROGRAM_CSV_TABLES = ['totals', 'classes', 'pathways', 'risk'] as const;
export const ProgramCsvQuery = Type.Object({ table: StringEnum(PROGRAM_CSV_TABLES) });

export const WeekFiguresSchema = Type.Object({
  week: Type.String(),
  activeLearners: Type.Integer(),
  attempts: Type.Integer(),
  correct: Type.Integer(),
  minutes: Type.Integer(),
});
export type WeekFigures = Static<typeof WeekFiguresSchema>;

/** A learner × skill: the learner's standing as on their own pages (the estimate only when measured). */
const HeatmapCell = Type.Object({
  status: SkillStandingSchema,
  estimate: NullableEstimate,
  mastered: Type.Boolean(),
});

export const FlaggedLearnerSchema = Type.Object({
  userId: Type.String(),
  name: Type.String(),
  probability: Type.Number(),
  reasons: Type.Array(Type.Object({ feature: Type.String(), text: LocalizedSchema })),
  suggestedAction: LocalizedSchema,
});
export type FlaggedLearner = Static<typeof FlaggedLearnerSchema>;

/** The class's early-warning block: what the risk means, how many are flagged, the flagged ranked by risk. */
export const ClassRiskSchema = Type.Object({
  enabled: Type.Boolean(),
  /** The outcome's horizon: "at risk" = masters none of the skills left on their pathway within this many days. */
  horizonDays: Type.Integer(),
  /** A learner is flagged from this calibrated probability up. */
  threshold: Type.Number(),
  /** Learners of the class who agreed to risk scoring. */
  consenting: Type.Integer(),
  /** Of those, the ones scored: started, with work left (a learner who finished is not scored: not at risk). */
  scored: Type.Integer(),
  atRiskCount: Type.Integer(),
  /** atRiskCount / consenting: the share of the class (who agreed) flagged; 0 when nobody agreed. */
  flaggedShare: Type.Number(),
  learners: Type.Array(FlaggedLearnerSchema),
});
export type ClassRisk = Static<typeof ClassRiskSchema>;

export const ClassDashboardSchema = Type.Object({
  skills: Type.Array(Type.Object({ id: Type.String(), name: LocalizedSchema })),
  heatmap: Type.Object({
    total: Type.Integer(),
    offset: Type.Integer(),
    learners: Type.Array(
      Type.Object({
        userId: Type.String(),
        name: Type.String(),
        cells: Type.Record(Type.String(), HeatmapCell),
      }),
    ),
  }),
  engagement: Type.Array(WeekFiguresSchema),
  struggling: Type.Array(
    Type.Object({
      skillId: Type.String(),
      name: LocalizedSchema,
      meanEstimate: Type.Number(),
      practised: Type.Integer(),
      mastered: Type.Integer(),
      struggling: Type.Integer(),
    }),
  ),
  risk: ClassRiskSchema,
  interventions: Type.Array(InterventionSchema),
  freshAsOf: Type.Union([Type.String(), Type.Null()]),
});
export type ClassDashboard = Static<typeof ClassDashboardSchema>;

export const TimelineParams = Type.Object({
  orgId: Type.String(),
  classId: Type.String(),
  userId: Type.String(),
});

/** What a timeline event is, so the page can say it in words. */
export const TIMELINE_EVENT_KINDS = [
  'answer',
  'hint',
  'tutor-question',
  'tutor-reply',
  'mastery',
  'credential',
  'other',
] as const;
export type TimelineEventKind = (typeof TIMELINE_EVENT_KINDS)[number];

/** How a problem was served: in placement, in practice, or as a review. */
export const TimelineServeModeSchema = StringEnum(['placement', 'practice', 'review'] as const);

/** The problem an event was about. */
export const TimelineItemSchema = Type.Object({
  id: Type.String(),
  /** The problem's text: the bank's item, else the item as it was served; null when neither is stored. */
  stem: Type.Union([LocalizedSchema, Type.Null()]),
  /** How the learner met it (answers); null when not known. */
  mode: Type.Union([TimelineServeModeSchema, Type.Null()]),
});
export type TimelineItem = Static<typeof TimelineItemSchema>;

/** One recent event of the learner, read from their xAPI statement, with names for every id it holds. */
export const TimelineEventSchema = Type.Object({
  id: Type.String(),
  timestamp: Type.String(),
  kind: StringEnum(TIMELINE_EVENT_KINDS),
  verbId: Type.String(),
  /** The verb's display, by language tag as the statement gives it. */
  verb: Type.Record(Type.String(), Type.String()),
  success: Type.Union([Type.Boolean(), Type.Null()]),
  /** Skills the event was about, named from the organization's framework (the id when unknown). */
  skills: Type.Array(Type.Object({ id: Type.String(), name: LocalizedSchema })),
  /** The problem (answers, hints, tutor turns); null for other events. */
  item: Type.Union([TimelineItemSchema, Type.Null()]),
  /** The learner's answer as they typed it (answers), null when not stored. */
  response: Type.Union([Type.String(), Type.Null()]),
  /** Help on the same problem step since its last answer (answers): hint rungs seen, questions to the tutor. */
  help: Type.Union([Type.Object({ hints: Type.Integer(), tutorQuestions: Type.Integer() }), Type.Null()]),
  /** The hint rung reached (hints), null otherwise. */
  hintLevel: Type.Union([Type.Integer(), Type.Null()]),
  /** The estimate before and after (mastery events); `reached` when this event made the skill mastered. */
  mastery: Type.Union([
    Type.Object({
      before: Type.Union([Type.Number(), Type.Null()]),
      after: Type.Union([Type.Number(), Type.Null()]),
      mastered: Type.Boolean(),
      reached: Type.Boolean(),
    }),
    Type.Null(),
  ]),
  /** The achievement's name as its author wrote it (credentials), null otherwise. */
  achievement: Type.Union([Type.String(), Type.Null()]),
});
export type TimelineEvent = Static<typeof TimelineEventSchema>;

export const TimelineSchema = Type.Object({
  statements: Type.Array(TimelineEventSchema),
  mastery: Type.Array(
    Type.Object({
      skillId: Type.String(),
      skillName: LocalizedSchema,
      at: Type.String(),
      estimate: Type.Number(),
      mastered: Type.Boolean(),
    }),
  ),
  days: Type.Array(
    Type.Object({
      day: Type.String(),
      attempts: Type.Integer(),
      correct: Type.Integer(),
      minutes: Type.Integer(),
    }),
  ),
  interventions: Type.Array(InterventionSchema),
});
export type Timeline = Static<typeof TimelineSchema>;

export const ProgramFiguresSchema = Type.Object({
  totals: Type.Object({
    learners: Type.Integer(),
    activeLearners7d: Type.Integer(),
    enrolments: Type.Integer(),
    completed: Type.Integer(),
    credentials: Type.Integer(),
  }),
  classes: Type.Array(
    Type.Object({
      classId: Type.String(),
      name: Type.String(),
      learners: Type.Integer(),
      active7d: Type.Integer(),
      atRisk: Type.Integer(),
      scored: Type.Integer(),
    }),
  ),
  pathways: Type.Array(
    Type.Object({
      pathwayId: Type.String(),
      name: LocalizedSchema,
      enrolled: Type.Integer(),
      active7d: Type.Integer(),
      completed: Type.Integer(),
    }),
  ),
  riskOverTime: Type.Array(
    Type.Object({ week: Type.String(), scored: Type.Integer(), atRisk: Type.Integer() }),
  ),
});
export type ProgramFigures = Static<typeof ProgramFiguresSchema>;

export const ReliabilityBinSchema = Type.Object({
  from: Type.Number(),
  to: Type.Number(),
  count: Type.Integer(),
  meanPredicted: Type.Number(),
  observed: Type.Number(),
});

/** How the organization's trained model did on held-out learners (absent before the first training). */
export const RiskModelMetricsSchema = Type.Object({
  trainRows: Type.Integer(),
  testRows: Type.Integer(),
  testLearners: Type.Integer(),
  positiveRate: Type.Number(),
  auc: Type.Number(),
  baselineAuc: Type.Number(),
  brier: Type.Number(),
  /** Expected calibration error; null for a model trained before it was measured. */
  ece: Type.Union([Type.Number(), Type.Null()]),
  calibration: Type.Array(ReliabilityBinSchema),
  flaggedShare: Type.Union([Type.Number(), Type.Null()]),
  precision: Type.Union([Type.Number(), Type.Null()]),
});
export type RiskModelMetricsWire = Static<typeof RiskModelMetricsSchema>;

export const EarlyWarningSchema = Type.Object({
  enabled: Type.Boolean(),
  horizonDays: Type.Integer(),
  model: Type.Object({
    source: StringEnum(['default', 'trained'] as const),
    trainedAt: Type.Union([Type.String(), Type.Null()]),
    threshold: Type.Number(),
    weights: Type.Array(Type.Object({ feature: Type.String(), weight: Type.Number() })),
    metrics: Type.Union([RiskModelMetricsSchema, Type.Null()]),
  }),
});
export type EarlyWarning = Static<typeof EarlyWarningSchema>;

export const EarlyWarningSettingsBody = Type.Object(
  { enabled: Type.Boolean() },
  { additionalProperties: false },
);
export const EarlyWarningSettingsSchema = Type.Object({ enabled: Type.Boolean() });

export const TrainAnswerSchema = Type.Object({ queued: Type.Boolean(), trained: Type.Boolean() });
export type TrainAnswer = Static<typeof TrainAnswerSchema>;

export const RiskConsentSchema = Type.Object({ riskScoring: Type.Boolean(), chosen: Type.Boolean() });
export type RiskConsent = Static<typeof RiskConsentSchema>;
export const RiskConsentBody = Type.Object({ riskScoring: Type.Boolean() }, { additionalProperties: false });
