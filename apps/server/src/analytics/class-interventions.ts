import type { InterventionInput, InterventionList } from '@pathwise/contracts';
import { AppError } from '@pathwise/core/errors';
import { addIntervention, type Database, findClassRole, listInterventions, recordAudit } from '@pathwise/db';
import type { Kysely } from 'kysely';

/** The class's intervention log, newest first. */
export async function listClassInterventions(
  db: Kysely<Database>,
  input: { orgId: string; classId: string },
): Promise<InterventionList> {
  const rows = await listInterventions(db, input);
  return { interventions: rows.map((i) => ({ ...i, createdAt: i.createdAt.toISOString() })) };
}

/** Records what a teacher did for a learner of the class, with its audit entry, in one transaction. */
export async function recordIntervention(
  db: Kysely<Database>,
  input: { orgId: string; classId: string; teacherId: string | null; body: InterventionInput; now: Date },
): Promise<{ id: string }> {
  const { orgId, classId, body } = input;
  return db.transaction().execute(async (trx) => {
    if ((await findClassRole(trx, orgId, classId, body.learnerId)) !== 'learner') {
      throw new AppError('validation_failed', 'That person is not a learner of this class', [
        { field: 'body/learnerId', message: 'not a learner of this class' },
      ]);
    }
    const created = await addIntervention(trx, {
      orgId,
      classId,
      learnerId: body.learnerId,
      teacherId: input.teacherId,
      action: body.action,
      note: body.note,
      at: input.now,
    });
    await recordAudit(trx, {
      orgId,
      actorUserId: input.teacherId,
      action: 'intervention.recorded',
      targetType: 'user',
      targetId: body.learnerId,
      details: { classId, action: body.action },
    });
    return { id: created.id };
  });
}
