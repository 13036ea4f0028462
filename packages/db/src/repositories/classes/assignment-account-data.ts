import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';

/**
 * The assignment rows of one person for their data export: the teachers' overrides of their gradebook cells
 * (status, grade, reason). Erasure needs no step of its own: an override goes with the learner's place in the
 * class (`class_members`, on delete cascade).
 */
export async function readAssignmentData(db: Kysely<Database>, userId: string) {
  return {
    gradebookOverrides: await db
      .selectFrom('assignment_overrides')
      .select(['org_id', 'class_id', 'assignment_id', 'status', 'grade', 'reason', 'set_at'])
      .where('user_id', '=', userId)
      .orderBy('set_at')
      .execute(),
  };
}
