import type { Kysely, Selectable } from 'kysely';
import type { Database, StatusListsTable } from '../../schema.ts';

export type StatusListRow = Selectable<StatusListsTable>;

/** A status list of the organization, or null before its first publication. */
export async function findStatusList(
  db: Kysely<Database>,
  orgId: string,
  listNo: number,
): Promise<StatusListRow | null> {
  const row = await db
    .selectFrom('status_lists')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('list_no', '=', listNo)
    .executeTakeFirst();
  return row ?? null;
}

/** Publishes (inserts or replaces) a signed status list credential. */
export async function saveStatusList(
  db: Kysely<Database>,
  input: {
    orgId: string;
    listNo: number;
    encodedList: string;
    credential: Record<string, unknown>;
    now: Date;
  },
): Promise<void> {
  const values = {
    encoded_list: input.encodedList,
    credential: JSON.stringify(input.credential),
    updated_at: input.now,
  };
  await db
    .insertInto('status_lists')
    .values({ org_id: input.orgId, list_no: input.listNo, ...values })
    .onConflict((oc) => oc.columns(['org_id', 'list_no']).doUpdateSet(values))
    .execute();
}
