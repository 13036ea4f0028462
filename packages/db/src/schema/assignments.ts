import type { Generated } from 'kysely';
import type { Json, NullableTimestamp, Timestamp } from './column-types.ts';

export interface AssignmentsTable {
  org_id: string;
  id: Generated<string>;
  class_id: string;
  kind: string;
  /** The kind's own fields, read through `parseAssignmentTarget`. */
  target: Json<unknown>;
  title: string | null;
  instructions: string | null;
  due_at: Timestamp;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  archived_at: NullableTimestamp;
}

export interface AssignmentOverridesTable {
  org_id: string;
  assignment_id: string;
  class_id: string;
  user_id: string;
  status: 'not_started' | 'in_progress' | 'done';
  grade: string | null;
  reason: string;
  set_by: string | null;
  set_at: Timestamp;
}

/** Which served item a learner got for each position of an item set (migration 0022). */
export interface ItemSetServesTable {
  org_id: string;
  assignment_id: string;
  user_id: string;
  position: number;
  served_id: string;
  created_at: Generated<Date>;
}

/** Assignments of a class and the teacher's overrides of gradebook cells (migration 0015); item sets (0022). */
export interface AssignmentsTables {
  assignments: AssignmentsTable;
  assignment_overrides: AssignmentOverridesTable;
  item_set_serves: ItemSetServesTable;
}
