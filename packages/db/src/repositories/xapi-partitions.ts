import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * Creates the monthly partitions of `xapi_statements` for this month and the next `monthsAhead` months where
 * missing. Run at start; statements of a month without a partition land in the default partition.
 */
export async function ensureStatementPartitions(
  db: Kysely<Database>,
  now: Date,
  monthsAhead = 3,
): Promise<void> {
  const day = now.toISOString().slice(0, 10);
  await sql`select xapi_ensure_partitions(${day}::date, ${monthsAhead + 1}::int)`.execute(db);
}
