import type {
  RiskModel,
  RiskReason,
  RiskScoreFeatures,
  StoredRiskModelMetrics,
} from '@pathwise/core/analytics';
import type { ColumnType, Generated } from 'kysely';
import type { Json, Timestamp } from './column-types.ts';

export interface ClassesTable {
  org_id: string;
  id: Generated<string>;
  name: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface ClassMembersTable {
  org_id: string;
  class_id: string;
  user_id: string;
  role: 'teacher' | 'learner';
  added_at: Generated<Date>;
}

export interface ClassPathwaysTable {
  org_id: string;
  class_id: string;
  pathway_id: string;
  assigned_at: Generated<Date>;
}

export interface InterventionsTable {
  id: Generated<string>;
  org_id: string;
  class_id: string;
  learner_id: string;
  teacher_id: string | null;
  action: string;
  note: Generated<string>;
  created_at: Timestamp;
}

export interface LearnerActivityDailyTable {
  org_id: string;
  user_id: string;
  day: ColumnType<string, string, string>;
  statements: Generated<number>;
  attempts: Generated<number>;
  correct: Generated<number>;
  hints: Generated<number>;
  tutor_turns: Generated<number>;
  credentials: Generated<number>;
  active_seconds: Generated<number>;
}

export interface AnalyticsWatermarksTable {
  org_id: string;
  last_seq: Generated<number>;
  refreshed_at: Timestamp;
}

export interface AnalyticsConsentsTable {
  org_id: string;
  user_id: string;
  risk_scoring: boolean;
  updated_at: Timestamp;
}

export interface RiskModelsTable {
  org_id: string;
  id: Generated<string>;
  trained_at: Timestamp;
  /** Read through `parseRiskModel`. */
  model: Json<RiskModel>;
  /** Read through `parseRiskModelMetrics`. */
  metrics: Json<StoredRiskModelMetrics>;
}

export interface RiskScoresTable {
  org_id: string;
  user_id: string;
  scored_at: Timestamp;
  probability: number;
  at_risk: boolean;
  /** Written for the learner's data export; the server never reads it back. */
  features: Json<RiskScoreFeatures>;
  /** Read through `parseRiskReasons`. */
  reasons: Json<readonly RiskReason[]>;
}

export interface RiskHistoryTable {
  org_id: string;
  user_id: string;
  week: ColumnType<string, string, string>;
  probability: number;
  at_risk: boolean;
}

/** Classes, dashboards' aggregates and early warning (migration 0005). */
export interface ClassesAnalyticsTables {
  classes: ClassesTable;
  class_members: ClassMembersTable;
  class_pathways: ClassPathwaysTable;
  interventions: InterventionsTable;
  learner_activity_daily: LearnerActivityDailyTable;
  analytics_watermarks: AnalyticsWatermarksTable;
  analytics_consents: AnalyticsConsentsTable;
  risk_models: RiskModelsTable;
  risk_scores: RiskScoresTable;
  risk_history: RiskHistoryTable;
}
