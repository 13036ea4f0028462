import type { StoredItemContent } from '@pathwise/core/content';
import { type ImportReport, parseImportReport } from '@pathwise/core/importers';
import { type Kysely, sql } from 'kysely';
import type { ImportRunStatus } from '../../schema/content-imports.ts';
import type { Database } from '../../schema.ts';

/** An import run as stored: its progress and, once finished, its report (checked, `parseImportReport`). */
export interface ImportRunRow {
  id: string;
  orgId: string;
  format: string;
  acceptPartial: boolean;
  status: ImportRunStatus;
  done: number;
  total: number;
  report: ImportReport | null;
  error: string | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** An item a run has checked, waiting in the run's staging area for the final transaction. */
export interface StagedItem {
  id: string;
  skillId: string;
  difficulty: number;
  content: StoredItemContent;
}

/**
 * Creates a queued run.
 * @example
 * const id = await createImportRun(db, { orgId, format: 'gsm8k', acceptPartial: false, createdBy });
 */
export async function createImportRun(
  db: Kysely<Database>,
  run: { orgId: string; format: string; acceptPartial: boolean; createdBy: string | null },
): Promise<string> {
  const { id } = await db
    .insertInto('import_runs')
    .values({
      org_id: run.orgId,
      format: run.format,
      accept_partial: run.acceptPartial,
      report: null,
      error: null,
      created_by: run.createdBy,
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The run of this organization, or null (another organization's run is not found either). */
export async function findImportRun(
  db: Kysely<Database>,
  orgId: string,
  id: string,
): Promise<ImportRunRow | null> {
  const row = await db
    .selectFrom('import_runs')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    orgId: row.org_id,
    format: row.format,
    acceptPartial: row.accept_partial,
    status: row.status,
    done: row.done,
    total: row.total,
    report: row.report === null ? null : parseImportReport(row.report),
    error: row.error,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Moves a run on: its status, progress, report or error. */
export async function updateImportRun(
  db: Kysely<Database>,
  id: string,
  patch: {
    status?: ImportRunStatus;
    done?: number;
    total?: number;
    report?: ImportReport;
    error?: string;
  },
): Promise<void> {
  await db
    .updateTable('import_runs')
    .set({
      ...(patch.status === undefined ? {} : { status: patch.status }),
      ...(patch.done === undefined ? {} : { done: patch.done }),
      ...(patch.total === undefined ? {} : { total: patch.total }),
      ...(patch.report === undefined ? {} : { report: JSON.stringify(patch.report) }),
      ...(patch.error === undefined ? {} : { error: patch.error }),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

/** Adds checked items to a run's staging area (a retried run may stage an item again: the last one wins). */
export async function stageImportItems(
  db: Kysely<Database>,
  runId: string,
  items: readonly StagedItem[],
): Promise<void> {
  if (items.length === 0) return;
  await db
    .insertInto('import_run_items')
    .values(
      items.map((i) => ({
        run_id: runId,
        id: i.id,
        skill_id: i.skillId,
        difficulty: i.difficulty,
        content: JSON.stringify(i.content),
      })),
    )
    .onConflict((oc) =>
      oc.columns(['run_id', 'id']).doUpdateSet((eb) => ({
        skill_id: eb.ref('excluded.skill_id'),
        difficulty: eb.ref('excluded.difficulty'),
        content: eb.ref('excluded.content'),
      })),
    )
    .execute();
}

/**
 * Copies a run's staged items into the organization's item bank in one statement (an item already there is
 * replaced); call it in the transaction that writes the rest of the import. Returns how many were written.
 */
export async function promoteStagedItems(
  db: Kysely<Database>,
  run: { orgId: string; runId: string; source: string },
): Promise<number> {
  const result = await sql`
    insert into items (org_id, id, skill_id, source, difficulty, family_id, seed, content)
    select ${run.orgId}::uuid, id, skill_id, ${run.source}, difficulty, null, null, content
    from import_run_items where run_id = ${run.runId}::uuid
    on conflict (org_id, id) do update set
      skill_id = excluded.skill_id, source = excluded.source, difficulty = excluded.difficulty,
      family_id = null, seed = null, content = excluded.content
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Forgets a run's staged items (once it has finished, or before it starts again). */
export async function clearStagedItems(db: Kysely<Database>, runId: string): Promise<void> {
  await db.deleteFrom('import_run_items').where('run_id', '=', runId).execute();
}
