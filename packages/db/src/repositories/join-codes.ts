import type { Kysely, Selectable } from 'kysely';
import type { Database, JoinCodesTable } from '../schema.ts';

export type JoinCode = Selectable<JoinCodesTable>;

export async function createJoinCode(
  db: Kysely<Database>,
  input: {
    orgId: string;
    /** A class code: whoever joins with it also lands in this class. */
    classId?: string | null;
    code: string;
    role: string;
    maxUses: number | null;
    expiresAt: Date | null;
    createdBy: string | null;
  },
): Promise<JoinCode> {
  return db
    .insertInto('join_codes')
    .values({
      org_id: input.orgId,
      class_id: input.classId ?? null,
      code: input.code,
      role: input.role,
      max_uses: input.maxUses,
      expires_at: input.expiresAt,
      created_by: input.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Live join codes of an organization; `role` limits them to codes granting that role. */
export async function listJoinCodes(db: Kysely<Database>, orgId: string, role?: string): Promise<JoinCode[]> {
  // NOTE: a class's codes belong to that class (listClassJoinCodes): the organization's list leaves them out.
  let query = db
    .selectFrom('join_codes')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('class_id', 'is', null);
  if (role) query = query.where('role', '=', role);
  return query.where('revoked_at', 'is', null).orderBy('created_at', 'desc').execute();
}

/**
 * Uses a join code once: increments its count when it is live (not revoked, not expired, uses left) and
 * returns it; null otherwise. One statement, so concurrent joins cannot exceed `max_uses`.
 */
export async function consumeJoinCode(
  db: Kysely<Database>,
  code: string,
  now: Date,
): Promise<JoinCode | null> {
  const row = await db
    .updateTable('join_codes')
    .set((eb) => ({ uses: eb('uses', '+', 1) }))
    .where('code', '=', code)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .where((eb) => eb.or([eb('max_uses', 'is', null), eb('uses', '<', eb.ref('max_uses'))]))
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

/** Revokes a live join code (of the given role only, when `role` is set); false when there is none. */
export async function revokeJoinCode(
  db: Kysely<Database>,
  orgId: string,
  id: string,
  role?: string,
): Promise<boolean> {
  let query = db
    .updateTable('join_codes')
    .set({ revoked_at: new Date() })
    .where('org_id', '=', orgId)
    .where('class_id', 'is', null);
  if (role) query = query.where('role', '=', role);
  const result = await query.where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
