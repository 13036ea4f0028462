import type { TutorTurn } from '@pathwise/core/tutor';
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';

/** One stored turn of a tutor conversation on one step of a served item. */
export interface TutorTurnRow {
  speaker: 'learner' | 'tutor';
  text: string;
  /** The engine's record of the turn (move, rung, scaffold, misconception). */
  turn: TutorTurn;
  source: 'engine' | 'model' | null;
  at: Date;
}

/** Appends turns to the conversation of a step. */
export async function insertTutorTurns(
  db: Kysely<Database>,
  key: { orgId: string; userId: string; servedId: string; stepId: string },
  turns: readonly TutorTurnRow[],
): Promise<void> {
  if (turns.length === 0) return;
  await db
    .insertInto('tutor_turns')
    .values(
      turns.map((t) => ({
        org_id: key.orgId,
        user_id: key.userId,
        served_id: key.servedId,
        step_id: key.stepId,
        speaker: t.speaker,
        text: t.text,
        turn: JSON.stringify(t.turn),
        source: t.source,
        created_at: t.at,
      })),
    )
    .execute();
}

/** The conversation of one step, oldest first. */
export async function listTutorTurns(
  db: Kysely<Database>,
  key: { orgId: string; servedId: string; stepId: string },
): Promise<TutorTurnRow[]> {
  const rows = await db
    .selectFrom('tutor_turns')
    .select(['speaker', 'text', 'turn', 'source', 'created_at'])
    .where('org_id', '=', key.orgId)
    .where('served_id', '=', key.servedId)
    .where('step_id', '=', key.stepId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    speaker: r.speaker as TutorTurnRow['speaker'],
    text: r.text,
    turn: r.turn,
    source: r.source as TutorTurnRow['source'],
    at: r.created_at,
  }));
}
