import type { Lesson, LessonForm } from '@pathwise/core/lessons';
import type { ColumnType, Generated } from 'kysely';
import type { Json, NullableTimestamp, Timestamp } from './column-types.ts';

/** Where a saved lesson stands: only `published` lessons are seen by every teacher of the organization. */
export type LessonStatus = 'draft' | 'published' | 'archived';

/** The review of one block of a lesson version: who marked it reviewed, and when (ISO timestamp). */
export interface BlockReview {
  reviewedBy: string | null;
  reviewedAt: string;
}

/** The reviews of a version's blocks, by block id (a block missing from the map is not reviewed). */
export type LessonReviews = Record<string, BlockReview>;

export interface LessonsTable {
  org_id: string;
  id: Generated<string>;
  author_id: string | null;
  title: string;
  status: Generated<LessonStatus>;
  latest_version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  published_at: NullableTimestamp;
}

export interface LessonVersionsTable {
  org_id: string;
  lesson_id: string;
  version: number;
  lesson: Json<Lesson>;
  form: Json<LessonForm>;
  request: string;
  seed: number;
  reviews: ColumnType<LessonReviews, string | undefined, string>;
  created_by: string | null;
  created_at: Timestamp;
}

/** Saved lessons and their versions (migration 0018). */
export interface LessonsTables {
  lessons: LessonsTable;
  lesson_versions: LessonVersionsTable;
}
