import type { StatementRow } from '@pathwise/xapi';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * Inserts prepared, indexed statements of one organization. Call inside the transaction of the change they
 * record, so that an event and its statement are stored together or not at all.
 */
export async function insertStatements(
  db: Kysely<Database>,
  orgId: string,
  rows: readonly StatementRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('xapi_statements')
    .values(
      rows.map(({ statement, index }) => ({
        org_id: orgId,
        id: statement.id,
        stored: statement.stored,
        verb_id: index.verbId,
        registration: index.registration ?? null,
        agents: index.agents,
        related_agents: index.relatedAgents,
        activities: index.activities,
        related_activities: index.relatedActivities,
        statement_ref_target: index.statementRefTarget ?? null,
        voids: index.voids ?? null,
        statement: JSON.stringify(statement),
      })),
    )
    .execute();
}
