import type { AttachmentData, StatementRow } from '@pathwise/xapi';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

/** What {@link writeStatements} stores besides the rows: attachment data and ids to mark voided. */
export interface StatementWriteExtras {
  readonly attachments?: readonly AttachmentData[];
  readonly voids?: readonly string[];
}

/**
 * Inserts prepared, indexed statements of one organization. Call inside the transaction of the change they
 * record, so that an event and its statement are stored together or not at all.
 */
export async function insertStatements(
  db: Kysely<Database>,
  orgId: string,
  rows: readonly StatementRow[],
): Promise<void> {
  await writeStatements(db, orgId, rows);
}

/**
 * Stores statements, their attachment data, and the voiding of earlier statements, as ONE SQL statement (data
 * modifying CTEs): it is atomic without a transaction of its own and costs one round trip. A statement id that
 * is already stored fails the whole write with a unique violation on `xapi_statement_ids`.
 */
export async function writeStatements(
  db: Kysely<Database>,
  orgId: string,
  rows: readonly StatementRow[],
  extras: StatementWriteExtras = {},
): Promise<void> {
  const voids = (extras.voids ?? []).map((id) => id.toLowerCase());
  const attachments = extras.attachments ?? [];
  if (rows.length === 0 && voids.length === 0) return;
  const records = rows.map(({ statement, index }) => ({
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
    statement,
  }));
  const files = attachments.map((a) => ({
    sha2: a.sha2,
    content_type: a.contentType ?? null,
    data: a.data.toString('base64'),
  }));
  await sql`
    with r as (
      select * from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as x(
        id uuid, stored timestamptz, verb_id text, registration uuid, agents text[], related_agents text[],
        activities text[], related_activities text[], statement_ref_target uuid, voids uuid, statement jsonb)
    ),
    ids as (insert into xapi_statement_ids (org_id, id, stored) select ${orgId}::uuid, id, stored from r),
    ins as (
      insert into xapi_statements (org_id, id, stored, verb_id, registration, agents, related_agents, activities,
        related_activities, statement_ref_target, voids, voided, statement)
      select ${orgId}::uuid, id, stored, verb_id, registration, agents, related_agents, activities,
        related_activities, statement_ref_target, voids, id = any(${voids}::uuid[]), statement from r
    ),
    v as (
      update xapi_statements set voided = true
      where org_id = ${orgId}::uuid and id = any(${voids}::uuid[]) and not voided
    ),
    a as (
      insert into xapi_attachments (org_id, sha2, content_type, data)
      select ${orgId}::uuid, sha2, content_type, decode(data, 'base64')
      from jsonb_to_recordset(${JSON.stringify(files)}::jsonb) as f(sha2 text, content_type text, data text)
      on conflict do nothing
    )
    select 1
  `.execute(db);
}
