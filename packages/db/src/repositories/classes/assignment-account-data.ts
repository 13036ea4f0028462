import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';

/**
 * The assignment rows of one person for their data export: the teachers' overrides of their gradebook cells
 * (status, grade, reason) and which served item they got for each position of an item set (the items and answers
 * are in the learning section). Erasure needs no step of its own: an override goes with the learner's place in the
 * class (`class_members`, on delete cascade), an item set's position with its served item (`served_items`).
 */
export async function readAssignmentData(db: Kysely<Database>, userId: string) {
  return {
    gradebookOverrides: await db
      .selectFrom('assignment_overrides')
      .select(['org_id', 'class_id', 'assignment_id', 'status', 'grade', 'reason', 'set_at'])
      .where('user_id', '=', userId)
      .orderBy('set_at')
      .execute(),
    itemSetServes: await db
      .selectFrom('item_set_serves')
      .select(['org_id', 'assignment_id', 'position', 'served_id', 'created_at'])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute(),
  };
}
