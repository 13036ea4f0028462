import { type PlacementState, parsePlacementState } from '@pathwise/core/pathways';
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';

export type EnrollmentStatus = 'placement' | 'active' | 'paused' | 'completed';

export interface EnrollmentRow {
  pathwayId: string;
  status: EnrollmentStatus;
  /** The placement's state while it runs, then its result (parsed: a malformed row throws). */
  placement: PlacementState;
  createdAt: Date;
}

function toRow(r: {
  pathway_id: string;
  status: string;
  placement: PlacementState;
  created_at: Date;
}): EnrollmentRow {
  return {
    pathwayId: r.pathway_id,
    status: r.status as EnrollmentStatus,
    placement: parsePlacementState(r.placement),
    createdAt: r.created_at,
  };
}

/** A learner's enrolment in a pathway, or null; `forUpdate` locks it for the transaction. */
export async function findEnrollment(
  db: Kysely<Database>,
  key: { orgId: string; userId: string; pathwayId: string },
  options: { forUpdate?: boolean } = {},
): Promise<EnrollmentRow | null> {
  let query = db
    .selectFrom('enrollments')
    .select(['pathway_id', 'status', 'placement', 'created_at'])
    .where('org_id', '=', key.orgId)
    .where('user_id', '=', key.userId)
    .where('pathway_id', '=', key.pathwayId);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? toRow(row) : null;
}

/** Every enrolment of a learner in an organization. */
export async function listEnrollments(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
): Promise<EnrollmentRow[]> {
  const rows = await db
    .selectFrom('enrollments')
    .select(['pathway_id', 'status', 'placement', 'created_at'])
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
  return rows.map(toRow);
}

/** Enrols a learner; returns false when they are enrolled already. */
export async function createEnrollment(
  db: Kysely<Database>,
  input: {
    orgId: string;
    userId: string;
    pathwayId: string;
    status: EnrollmentStatus;
    placement: PlacementState;
    now: Date;
  },
): Promise<boolean> {
  const result = await db
    .insertInto('enrollments')
    .values({
      org_id: input.orgId,
      user_id: input.userId,
      pathway_id: input.pathwayId,
      status: input.status,
      placement: JSON.stringify(input.placement),
      created_at: input.now,
      updated_at: input.now,
    })
    .onConflict((oc) => oc.columns(['org_id', 'user_id', 'pathway_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Changes an enrolment's status and/or placement state. */
export async function updateEnrollment(
  db: Kysely<Database>,
  key: { orgId: string; userId: string; pathwayId: string },
  change: { status?: EnrollmentStatus; placement?: PlacementState; now: Date },
): Promise<void> {
  await db
    .updateTable('enrollments')
    .set({
      ...(change.status ? { status: change.status } : {}),
      ...(change.placement ? { placement: JSON.stringify(change.placement) } : {}),
      updated_at: change.now,
    })
    .where('org_id', '=', key.orgId)
    .where('user_id', '=', key.userId)
    .where('pathway_id', '=', key.pathwayId)
    .execute();
}
