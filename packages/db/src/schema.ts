import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T = unknown> = ColumnType<T, string | T | undefined, string | T>;

export interface OrganizationsTable {
  id: Generated<string>;
  slug: string;
  name: string;
  settings: Json<Record<string, unknown>>;
  created_at: Generated<Date>;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string;
  locale: Generated<string>;
  /** What the person signed up for, when they joined no organization: learning or hiring. */
  kind: Generated<string>;
  created_at: Generated<Date>;
  deleted_at: NullableTimestamp;
}

export interface MembershipsTable {
  org_id: string;
  user_id: string;
  role: string;
  created_at: Generated<Date>;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  active_org_id: string | null;
  created_at: Generated<Date>;
  expires_at: Timestamp;
}

export interface InvitationsTable {
  id: Generated<string>;
  org_id: string;
  email: string;
  role: string;
  token_hash: string;
  invited_by: string | null;
  expires_at: Timestamp;
  accepted_at: NullableTimestamp;
  accepted_by: string | null;
  revoked_at: NullableTimestamp;
  created_at: Generated<Date>;
}

export interface JoinCodesTable {
  id: Generated<string>;
  org_id: string;
  code: string;
  role: string;
  max_uses: number | null;
  uses: Generated<number>;
  expires_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface ApiTokensTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  role: string;
  token_hash: string;
  prefix: string;
  created_by: string | null;
  created_at: Generated<Date>;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface AuditEventsTable {
  id: Generated<string>;
  org_id: string | null;
  actor_user_id: string | null;
  actor_token_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  details: Json<Record<string, unknown>>;
  created_at: Generated<Date>;
}

export interface XapiStatementsTable {
  org_id: string;
  id: string;
  seq: Generated<number>;
  stored: Timestamp;
  verb_id: string;
  registration: string | null;
  agents: string[];
  related_agents: string[];
  activities: string[];
  related_activities: string[];
  statement_ref_target: string | null;
  voids: string | null;
  voided: Generated<boolean>;
  statement: Json<Record<string, unknown>>;
}

export interface XapiStatementIdsTable {
  org_id: string;
  id: string;
  stored: Timestamp;
}

export interface XapiDocumentsTable {
  org_id: string;
  kind: 'state' | 'activity_profile' | 'agent_profile';
  activity_id: Generated<string>;
  agent_key: Generated<string>;
  registration: Generated<string>;
  document_id: string;
  content_type: string;
  contents: Buffer;
  etag: string;
  updated: Timestamp;
}

export interface XapiAttachmentsTable {
  org_id: string;
  sha2: string;
  content_type: string | null;
  data: Buffer;
}

export interface XapiCredentialsTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  key: string;
  secret_hash: string;
  scopes: string[];
  created_by: string | null;
  created_at: Generated<Date>;
  revoked_at: NullableTimestamp;
}

export interface LearningContentVersionsTable {
  org_id: string;
  version: Generated<number>;
}

export interface SkillsTable {
  org_id: string;
  id: string;
  framework: string;
  parent_id: string | null;
  name: Json<{ en: string; es: string }>;
  description: Json<{ en: string; es: string }>;
  prerequisites: string[];
  position: Generated<number>;
}

export interface PathwaysTable {
  org_id: string;
  id: string;
  framework: string;
  name: Json<{ en: string; es: string }>;
  description: Json<{ en: string; es: string }>;
  goal_skill_ids: string[];
  position: Generated<number>;
  created_at: Generated<Date>;
}

export interface ItemsTable {
  org_id: string;
  id: string;
  skill_id: string;
  source: string;
  difficulty: Generated<number>;
  family_id: string | null;
  seed: number | null;
  /** The item itself (stem, figure, steps with answers, hints, scaffolds); null when a family regenerates it. */
  content: Json<Record<string, unknown> | null>;
  created_at: Generated<Date>;
}

export interface EnrollmentsTable {
  org_id: string;
  user_id: string;
  pathway_id: string;
  status: string;
  placement: Json<Record<string, unknown>>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface LearnerStatesTable {
  org_id: string;
  user_id: string;
  state: Json<Record<string, unknown>>;
  updated_at: Timestamp;
}

export interface LearnerSkillStatesTable {
  org_id: string;
  user_id: string;
  skill_id: string;
  state: Json<Record<string, unknown>>;
  estimate: number;
  mastered: boolean;
  mastered_via: string | null;
  mastered_at: NullableTimestamp;
  updated_at: Timestamp;
}

export interface MasteryHistoryTable {
  id: Generated<number>;
  org_id: string;
  user_id: string;
  skill_id: string;
  at: Timestamp;
  estimate: number;
  mastered: boolean;
}

export interface ServedItemsTable {
  org_id: string;
  id: Generated<string>;
  user_id: string;
  pathway_id: string;
  item_id: string;
  skill_id: string;
  source: string;
  mode: string;
  item: Json<Record<string, unknown>>;
  predicted: number | null;
  step_index: Generated<number>;
  outcome: boolean | null;
  completed_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface AttemptsTable {
  id: Generated<number>;
  org_id: string;
  user_id: string;
  served_id: string;
  item_id: string;
  skill_id: string;
  step_id: string;
  answer: string;
  correct: boolean;
  misconception: string | null;
  statement_id: string;
  created_at: Timestamp;
}

export interface ReviewCardsTable {
  org_id: string;
  user_id: string;
  skill_id: string;
  card: Json<Record<string, unknown>>;
  due: Timestamp;
  updated_at: Timestamp;
}

export interface TutorTurnsTable {
  id: Generated<number>;
  org_id: string;
  served_id: string;
  user_id: string;
  step_id: string;
  speaker: string;
  text: string;
  turn: Json<Record<string, unknown>>;
  source: string | null;
  created_at: Timestamp;
}

/** Every table Pathwise keeps, as Kysely sees them. */
export interface Database {
  xapi_statements: XapiStatementsTable;
  xapi_statement_ids: XapiStatementIdsTable;
  xapi_documents: XapiDocumentsTable;
  xapi_attachments: XapiAttachmentsTable;
  xapi_credentials: XapiCredentialsTable;
  organizations: OrganizationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  join_codes: JoinCodesTable;
  api_tokens: ApiTokensTable;
  audit_events: AuditEventsTable;
  learning_content_versions: LearningContentVersionsTable;
  skills: SkillsTable;
  pathways: PathwaysTable;
  items: ItemsTable;
  enrollments: EnrollmentsTable;
  learner_states: LearnerStatesTable;
  learner_skill_states: LearnerSkillStatesTable;
  mastery_history: MasteryHistoryTable;
  served_items: ServedItemsTable;
  attempts: AttemptsTable;
  review_cards: ReviewCardsTable;
  tutor_turns: TutorTurnsTable;
}

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
  model: Json<Record<string, unknown>>;
  metrics: Json<Record<string, unknown>>;
}

export interface RiskScoresTable {
  org_id: string;
  user_id: string;
  scored_at: Timestamp;
  probability: number;
  at_risk: boolean;
  features: Json<Record<string, unknown>>;
  reasons: Json<unknown[]>;
}

export interface RiskHistoryTable {
  org_id: string;
  user_id: string;
  week: ColumnType<string, string, string>;
  probability: number;
  at_risk: boolean;
}

// NOTE: declaration merging adds the classes and analytics tables (migration 0005) to `Database` above.
export interface Database {
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

export interface IssuerKeysTable {
  id: Generated<string>;
  org_id: string;
  verification_method: string;
  public_key_multibase: string;
  /** The secret key sealed with AES-256-GCM under the configuration key; never leaves the server. */
  sealed_secret: string;
  status: 'active' | 'retired' | 'revoked';
  created_at: Generated<Date>;
  retired_at: NullableTimestamp;
}

export interface AchievementsTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  description: Generated<string>;
  achievement_type: Generated<string>;
  criteria: Json<Record<string, unknown>>;
  skill_ids: string[];
  validity_days: number | null;
  created_at: Generated<Date>;
  archived_at: NullableTimestamp;
}

export interface IssuedCredentialsTable {
  id: Generated<string>;
  org_id: string;
  user_id: string | null;
  achievement_id: string;
  credential_id: string;
  status_list: number;
  status_index: number;
  log_index: ColumnType<string, number | string, number | string>;
  document: Json<Record<string, unknown>>;
  evidence: Json<unknown[]>;
  awarded_by: string | null;
  issued_at: Timestamp;
  valid_until: NullableTimestamp;
  revoked_at: NullableTimestamp;
  revocation_reason: string | null;
}

export interface StatusListsTable {
  org_id: string;
  list_no: number;
  encoded_list: string;
  credential: Json<Record<string, unknown>>;
  updated_at: Timestamp;
}

export interface IssuanceLogEntriesTable {
  org_id: string;
  idx: ColumnType<string, number | string, number | string>;
  entry: Uint8Array;
}

export interface IssuanceLogNodesTable {
  org_id: string;
  level: number;
  idx: ColumnType<string, number | string, number | string>;
  hash: Uint8Array;
}

export interface IssuanceLogCheckpointsTable {
  org_id: string;
  tree_size: ColumnType<string, number | string, number | string>;
  checkpoint: Json<Record<string, unknown>>;
  created_at: Generated<Date>;
}

export interface CredentialNotificationsTable {
  id: Generated<string>;
  org_id: string;
  user_id: string;
  credential_id: string;
  created_at: Timestamp;
  read_at: NullableTimestamp;
}

export interface ShareLinksTable {
  id: Generated<string>;
  org_id: string;
  user_id: string;
  token_hash: string;
  label: Generated<string>;
  credential_ids: string[];
  expires_at: Timestamp;
  revoked_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface ShareLinkViewsTable {
  id: Generated<string>;
  share_link_id: string;
  viewed_at: Timestamp;
  viewer: string;
}

export interface JobProfilesTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  source: 'manual' | 'onet' | 'esco';
  source_code: string | null;
  skills: Json<unknown[]>;
  created_at: Timestamp;
}

export interface Database {
  issuer_keys: IssuerKeysTable;
  achievements: AchievementsTable;
  issued_credentials: IssuedCredentialsTable;
  status_lists: StatusListsTable;
  issuance_log_entries: IssuanceLogEntriesTable;
  issuance_log_nodes: IssuanceLogNodesTable;
  issuance_log_checkpoints: IssuanceLogCheckpointsTable;
  credential_notifications: CredentialNotificationsTable;
  share_links: ShareLinksTable;
  share_link_views: ShareLinkViewsTable;
  job_profiles: JobProfilesTable;
}
