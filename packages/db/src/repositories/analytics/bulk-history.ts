import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';

/**
 * Appends mastery-history points in bulk (1,000 rows per statement), for simulated cohorts and imports where
 * one insert per answer would be far too slow.
 */
export async function insertMasteryHistory(
  db: Kysely<Database>,
  rows: readonly {
    orgId: string;
    userId: string;
    skillId: string;
    at: Date;
    estimate: number;
    mastered: boolean;
  }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insertInto('mastery_history')
      .values(
        rows.slice(i, i + 1000).map((r) => ({
          org_id: r.orgId,
          user_id: r.userId,
          skill_id: r.skillId,
          at: r.at,
          estimate: r.estimate,
          mastered: r.mastered,
        })),
      )
      .execute();
  }
}

/**
 * Creates people in bulk who cannot sign in (no usable password): simulated learners, with the ids given (a
 * simulation that must come out the same each time) or new ones.
 */
export async function insertSimulatedUsers(
  db: Kysely<Database>,
  people: readonly { email: string; name: string; id?: string }[],
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < people.length; i += 1000) {
    const rows = await db
      .insertInto('users')
      .values(
        people
          .slice(i, i + 1000)
          .map((p) => ({ ...(p.id ? { id: p.id } : {}), email: p.email, name: p.name, password_hash: '!' })),
      )
      .returning('id')
      .execute();
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}
