import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';

/** One entry of a class's intervention log. */
export interface InterventionRow {
  id: string;
  learnerId: string;
  learnerName: string;
  teacherId: string | null;
  teacherName: string | null;
  action: string;
  note: string;
  createdAt: Date;
}

/** Records what a teacher did for a learner. */
export async function addIntervention(
  db: Kysely<Database>,
  input: {
    orgId: string;
    classId: string;
    learnerId: string;
    teacherId: string | null;
    action: string;
    note: string;
    at: Date;
  },
): Promise<{ id: string }> {
  return db
    .insertInto('interventions')
    .values({
      org_id: input.orgId,
      class_id: input.classId,
      learner_id: input.learnerId,
      teacher_id: input.teacherId,
      action: input.action,
      note: input.note,
      created_at: input.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** A class's intervention log, newest first; optionally for one learner. */
export async function listInterventions(
  db: Kysely<Database>,
  input: { orgId: string; classId: string; learnerId?: string; limit?: number },
): Promise<InterventionRow[]> {
  let q = db
    .selectFrom('interventions as i')
    .innerJoin('users as l', 'l.id', 'i.learner_id')
    .leftJoin('users as t', 't.id', 'i.teacher_id')
    .select([
      'i.id',
      'i.learner_id',
      'l.name as learner_name',
      'i.teacher_id',
      't.name as teacher_name',
      'i.action',
      'i.note',
      'i.created_at',
    ])
    .where('i.org_id', '=', input.orgId)
    .where('i.class_id', '=', input.classId);
  if (input.learnerId) q = q.where('i.learner_id', '=', input.learnerId);
  const rows = await q
    .orderBy('i.created_at', 'desc')
    .limit(input.limit ?? 200)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    learnerId: r.learner_id,
    learnerName: r.learner_name,
    teacherId: r.teacher_id,
    teacherName: r.teacher_name,
    action: r.action,
    note: r.note,
    createdAt: r.created_at,
  }));
}
