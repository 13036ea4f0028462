import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * The most recently stored definition of an activity in an organization's statements (the statement object),
 * or null when no stored statement has that activity as its object with a definition.
 */
export async function findActivityDefinition(
  db: Kysely<Database>,
  orgId: string,
  activityId: string,
): Promise<Record<string, unknown> | null> {
  const { rows } = await sql<{ definition: Record<string, unknown> }>`
    select statement->'object'->'definition' as definition from xapi_statements
    where org_id = ${orgId}::uuid and activities @> array[${activityId}]::text[]
      and statement->'object' ? 'definition'
    order by stored desc limit 1`.execute(db);
  return rows[0]?.definition ?? null;
}
