import { type Database, refreshActivityAggregates } from '@pathwise/db';
import type { Kysely } from 'kysely';
import { ACTIVITY_VERBS } from './activity-verbs.ts';

/**
 * Brings an organization's daily activity aggregate up to date with its statements, in short transactions of at
 * most `batch` statements each (on PGlite the job shares the one connection with requests). Returns how many
 * statements were read.
 */
export async function refreshOrgAnalytics(
  db: Kysely<Database>,
  orgId: string,
  now: Date,
  batch = 20_000,
): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await db
      .transaction()
      .execute((trx) => refreshActivityAggregates(trx, { orgId, verbs: ACTIVITY_VERBS, batch, now }));
    total += n;
    if (n < batch) return total;
  }
}
