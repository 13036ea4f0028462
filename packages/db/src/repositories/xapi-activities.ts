import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

type Definition = Record<string, unknown>;

const LANGUAGE_MAPS = ['name', 'description'];

function merge(into: Definition, next: Definition): Definition {
  const merged: Definition = { ...into, ...next };
  for (const key of LANGUAGE_MAPS) {
    if (into[key] && next[key]) merged[key] = { ...(into[key] as Definition), ...(next[key] as Definition) };
  }
  return merged;
}

/**
 * The definition of an activity as the organization's statements give it (the statement objects, the latest
 * 100): later definitions win property by property, and the language maps of names and descriptions are
 * combined, so two statements describing an activity in two languages give both. Null when none is stored.
 */
export async function findActivityDefinition(
  db: Kysely<Database>,
  orgId: string,
  activityId: string,
): Promise<Definition | null> {
  const { rows } = await sql<{ definition: Definition }>`
    select definition from (
      select statement->'object'->'definition' as definition, stored, seq from xapi_statements
      where org_id = ${orgId}::uuid and related_activities @> array[${activityId}]::text[]
        and activities @> array[${activityId}]::text[]
        and statement->'object' ? 'definition'
      order by stored desc, seq desc limit 100
    ) latest order by stored, seq`.execute(db);
  if (rows.length === 0) return null;
  return rows.reduce((acc, row) => merge(acc, row.definition), {} as Definition);
}
