import { type Database, insertStatements } from '@pathwise/db';
import {
  type Actor,
  buildPathwiseStatement,
  indexStatement,
  type PathwiseEvent,
  prepareStatement,
} from '@pathwise/xapi';
import type { Kysely } from 'kysely';

/** Where Pathwise's own statements say they come from. */
export interface ActivitySource {
  /** The installation's public URL: the home of learner accounts and activity IRIs. */
  publicUrl: string;
  now: () => Date;
}

function authority(publicUrl: string): Actor {
  return { objectType: 'Agent', name: 'Pathwise', account: { homePage: publicUrl, name: 'pathwise' } };
}

/**
 * THE one way Pathwise records a learner event (attempt, hint, tutor turn, mastery change, credential …): as an
 * xAPI statement in the organization's Learning Record Store, inside the caller's transaction, so the event and
 * the change it describes are stored together. Returns the statement id.
 *
 * @example
 * await recordActivity(trx, source, { type: 'attempt', organizationId, learner: { id }, at: now, item, correct });
 */
export async function recordActivity(
  db: Kysely<Database>,
  source: ActivitySource,
  event: PathwiseEvent,
): Promise<string> {
  const [id] = await recordActivities(db, source, [event]);
  return id!;
}

/** {@link recordActivity} for several events of one organization at once. */
export async function recordActivities(
  db: Kysely<Database>,
  source: ActivitySource,
  events: readonly PathwiseEvent[],
): Promise<string[]> {
  const stored = source.now();
  const byOrg = new Map<
    string,
    { statement: ReturnType<typeof prepareStatement>; index: ReturnType<typeof indexStatement> }[]
  >();
  for (const event of events) {
    const built = buildPathwiseStatement(event, { baseUrl: source.publicUrl });
    const statement = prepareStatement(built, {
      authority: authority(source.publicUrl),
      version: '2.0.0',
      stored,
    });
    const rows = byOrg.get(event.organizationId) ?? [];
    rows.push({ statement, index: indexStatement(statement) });
    byOrg.set(event.organizationId, rows);
  }
  for (const [orgId, rows] of byOrg) await insertStatements(db, orgId, rows);
  return [...byOrg.values()].flat().map((r) => r.statement.id);
}
