import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';
import { createJoinCode, type JoinCode } from '../join-codes.ts';

/** A learner as a teacher's member picker shows them. */
export interface ReachableLearner {
  userId: string;
  name: string;
  email: string;
}

/**
 * The learners a teacher reaches: those who are learners in at least one class the teacher teaches, by name.
 * These are the only learners a teacher sees, adds to another class, follows or awards (issue 9).
 */
export async function listTaughtLearners(
  db: Kysely<Database>,
  orgId: string,
  teacherId: string,
): Promise<ReachableLearner[]> {
  return db
    .selectFrom('class_members as l')
    .innerJoin('class_members as t', (j) =>
      j.onRef('t.org_id', '=', 'l.org_id').onRef('t.class_id', '=', 'l.class_id'),
    )
    .innerJoin('users as u', 'u.id', 'l.user_id')
    .innerJoin('memberships as m', (j) =>
      j.onRef('m.org_id', '=', 'l.org_id').onRef('m.user_id', '=', 'l.user_id'),
    )
    .select(['u.id as userId', 'u.name as name', 'u.email as email'])
    .distinct()
    .where('l.org_id', '=', orgId)
    .where('l.role', '=', 'learner')
    .where('t.user_id', '=', teacherId)
    .where('t.role', '=', 'teacher')
    .where('m.role', '=', 'learner')
    .where('u.deleted_at', 'is', null)
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
}

/** Whether `learnerId` is a learner in a class that `teacherId` teaches. */
export async function teachesLearner(
  db: Kysely<Database>,
  input: { orgId: string; teacherId: string; learnerId: string },
): Promise<boolean> {
  const row = await db
    .selectFrom('class_members as l')
    .innerJoin('class_members as t', (j) =>
      j.onRef('t.org_id', '=', 'l.org_id').onRef('t.class_id', '=', 'l.class_id'),
    )
    .select('l.user_id')
    .where('l.org_id', '=', input.orgId)
    .where('l.user_id', '=', input.learnerId)
    .where('l.role', '=', 'learner')
    .where('t.user_id', '=', input.teacherId)
    .where('t.role', '=', 'teacher')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The organization setting "teachers may enrol any member learner" (false for an unknown organization). */
export async function findTeachersEnrolAnyLearner(db: Kysely<Database>, orgId: string): Promise<boolean> {
  const row = await db
    .selectFrom('organizations')
    .select('teachers_enrol_any_learner')
    .where('id', '=', orgId)
    .executeTakeFirst();
  return row?.teachers_enrol_any_learner === true;
}

/** Turns "teachers may enrol any member learner" on or off. */
export async function setTeachersEnrolAnyLearner(
  db: Kysely<Database>,
  orgId: string,
  enabled: boolean,
): Promise<void> {
  await db
    .updateTable('organizations')
    .set({ teachers_enrol_any_learner: enabled })
    .where('id', '=', orgId)
    .execute();
}

/** Creates a class code: a learner join code that also puts whoever uses it into the class. */
export async function createClassJoinCode(
  db: Kysely<Database>,
  input: {
    orgId: string;
    classId: string;
    code: string;
    maxUses: number | null;
    expiresAt: Date | null;
    createdBy: string | null;
  },
): Promise<JoinCode> {
  return createJoinCode(db, { ...input, role: 'learner' });
}

/** The live codes of a class, newest first. */
export async function listClassJoinCodes(
  db: Kysely<Database>,
  orgId: string,
  classId: string,
): Promise<JoinCode[]> {
  return db
    .selectFrom('join_codes')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('class_id', '=', classId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Revokes a live code of a class; false when the class has no such live code. */
export async function revokeClassJoinCode(
  db: Kysely<Database>,
  input: { orgId: string; classId: string; id: string },
): Promise<boolean> {
  const result = await db
    .updateTable('join_codes')
    .set({ revoked_at: new Date() })
    .where('org_id', '=', input.orgId)
    .where('class_id', '=', input.classId)
    .where('id', '=', input.id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
