import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';

/** Tables of things an organization hands out and revokes: a row is live while `revoked_at` is null. */
export type RevocableTable = 'api_tokens' | 'invitations' | 'xapi_credentials';

/**
 * The live (unrevoked) rows of an organization in a revocable table, newest first.
 *
 * @example
 * const tokens = await listLiveRows(db, 'api_tokens', orgId);
 */
export async function listLiveRows<T extends RevocableTable>(
  db: Kysely<Database>,
  table: T,
  orgId: string,
): Promise<Selectable<Database[T]>[]> {
  const rows = await db
    .selectFrom(table as RevocableTable)
    .selectAll()
    .where('org_id', '=', orgId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
  return rows as Selectable<Database[T]>[];
}

/**
 * Revokes the live row `id` of the organization (sets `revoked_at` to now); false when there is no such live
 * row, so that the caller can answer 404.
 *
 * @example
 * if (!(await revokeLiveRow(db, 'invitations', orgId, id))) throw notFound();
 */
export async function revokeLiveRow(
  db: Kysely<Database>,
  table: RevocableTable,
  orgId: string,
  id: string,
): Promise<boolean> {
  const result = await db
    .updateTable(table)
    .set({ revoked_at: new Date() })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
