import type { Item, StoredItemContent } from '@pathwise/core/content';
import type { LearnerState, SkillState } from '@pathwise/core/learner-model';
import type { PlacementState, StoredReviewCard } from '@pathwise/core/pathways';
import type { TutorTurn } from '@pathwise/core/tutor';
import type { Generated } from 'kysely';
import type { Json, NullableTimestamp, Timestamp } from './column-types.ts';

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
  /** A draft (an import not yet published) is not shown to learners (migration 0014). */
  status: Generated<'draft' | 'published'>;
  /** The dataset's credit, shown apart from the description (imported pathways). */
  attribution: Json<{ dataset: string; text: string; license: string; url: string } | null>;
}

export interface ItemsTable {
  org_id: string;
  id: string;
  skill_id: string;
  source: string;
  difficulty: Generated<number>;
  family_id: string | null;
  seed: number | null;
  /**
   * The item itself (stem, figure, steps with answers, hints, scaffolds); null when a family regenerates it.
   * Read through `parseStoredItemContent`.
   */
  content: Json<StoredItemContent | null>;
  created_at: Generated<Date>;
  /** Migration 0017: only `published` items are served; a copy starts as a `draft`. */
  status: Generated<'draft' | 'published' | 'archived'>;
  /** The teacher who wrote an authored item. */
  created_by: string | null;
  /** The credit line of an authored item ("Adapted from …" on a copy). */
  attribution: string | null;
  copied_from: string | null;
  updated_at: Generated<Date>;
}

export interface EnrollmentsTable {
  org_id: string;
  user_id: string;
  pathway_id: string;
  status: string;
  /** The placement's state while it runs, then its result (read through `parsePlacementState`). */
  placement: Json<PlacementState>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface LearnerStatesTable {
  org_id: string;
  user_id: string;
  /** Read through `parseLearnerState`. */
  state: Json<LearnerState>;
  updated_at: Timestamp;
}

export interface LearnerSkillStatesTable {
  org_id: string;
  user_id: string;
  skill_id: string;
  /** Read through `parseSkillState`. */
  state: Json<SkillState>;
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
  /** Exactly the item served, answers included (written by the server from a checked {@link Item}). */
  item: Json<Item>;
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
  /** Read through `parseStoredReviewCard`. */
  card: Json<StoredReviewCard>;
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
  /** The tutor engine's record of the turn (written by the server from the engine's own {@link TutorTurn}). */
  turn: Json<TutorTurn>;
  source: string | null;
  created_at: Timestamp;
}

/** A framework skill mapped to a skill of an external framework (migration 0007). */
export interface SkillCrosswalksTable {
  org_id: string;
  skill_id: string;
  target_framework: string;
  target_code: string;
  target_name: string;
  relation: 'exactMatch' | 'closeMatch' | 'narrowMatch' | 'broadMatch';
}

/** The adaptive learning loop: skills, pathways, items, learner model state, attempts, reviews, tutor (migration 0003). */
export interface LearningTables {
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
  skill_crosswalks: SkillCrosswalksTable;
}
