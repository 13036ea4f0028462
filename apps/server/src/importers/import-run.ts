import type { ImportRun } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import {
  clearStagedItems,
  createImportRun,
  type Database,
  findImportRun,
  type ImportRunRow,
  updateImportRun,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { type ImportOptions, importContent } from './import-content.ts';
import { countRecords } from './import-lines.ts';
import { checkImportFiles, type ImportFiles, type ImportFormat, parseImport } from './parse-import.ts';

/** A run that has not moved for this long while unfinished was cut short (the server stopped). */
export const STALLED_AFTER_MS = 5 * 60 * 1000;

/**
 * Creates a queued run for an import, after checking what can be checked without parsing (a required companion
 * file). The caller then hands the files to {@link processImportRun}, at once or after replying.
 * @example
 * const runId = await startImportRun(db, { orgId, format: 'gsm8k', acceptPartial: false, actorUserId });
 */
export async function startImportRun(
  db: Kysely<Database>,
  input: {
    orgId: string;
    format: ImportFormat;
    acceptPartial: boolean;
    actorUserId: string | null;
    files: Omit<ImportFiles, 'problems' | 'figures'>;
  },
): Promise<string> {
  checkImportFiles(input.format, input.files);
  return createImportRun(db, {
    orgId: input.orgId,
    format: input.format,
    acceptPartial: input.acceptPartial,
    createdBy: input.actorUserId,
  });
}

// The runs this process is processing now, by id (see importRunProcessed).
const processing = new Map<string, Promise<unknown>>();

/**
 * Processes a run: parses the files (status `parsing`), stages the good records (`writing`, with done/total),
 * writes everything in one transaction and stores the report (`done`), or records the error (`failed`, nothing
 * written). The run's staged items are forgotten at the end. A finished run is returned as it is.
 */
export function processImportRun(
  db: Kysely<Database>,
  ref: { orgId: string; runId: string },
  files: ImportFiles,
  options: Pick<ImportOptions, 'onProgress'> = {},
): Promise<ImportRunRow> {
  const work = processRun(db, ref, files, options);
  processing.set(ref.runId, work);
  const forget = () => {
    if (processing.get(ref.runId) === work) processing.delete(ref.runId);
  };
  work.then(forget, forget);
  return work;
}

/**
 * Resolves once this process has finished processing the run (at once when it is not processing it): tests follow
 * a run started over HTTP, whose route hands the files to {@link processImportRun} in a setImmediate callback.
 */
export async function importRunProcessed(runId: string): Promise<void> {
  await processing.get(runId)?.catch(() => {});
}

async function processRun(
  db: Kysely<Database>,
  ref: { orgId: string; runId: string },
  files: ImportFiles,
  options: Pick<ImportOptions, 'onProgress'>,
): Promise<ImportRunRow> {
  const run = await findImportRun(db, ref.orgId, ref.runId);
  if (!run) throw new AppError('not_found', `no import run ${ref.runId}`);
  if (run.status === 'done' || run.status === 'failed') return run;
  try {
    const lines = await countRecords(files.problems);
    await updateImportRun(db, run.id, { status: 'parsing', done: 0, total: lines });
    options.onProgress?.('parsing', 0, lines);
    const parsed = await parseImport(run.format as ImportFormat, files, (read) =>
      updateImportRun(db, run.id, { done: Math.min(read, lines) }).then(() => undefined),
    );
    await updateImportRun(db, run.id, { done: lines });
    options.onProgress?.('parsing', lines, lines);
    await importContent(db, ref, parsed, {
      acceptPartial: run.acceptPartial,
      actorUserId: run.createdBy,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  } catch (error) {
    const message = error instanceof AppError ? error.message : 'the import stopped on an internal error';
    await updateImportRun(db, run.id, { status: 'failed', error: message });
    if (!(error instanceof AppError)) throw error;
  } finally {
    await clearStagedItems(db, run.id);
  }
  return (await findImportRun(db, ref.orgId, ref.runId))!;
}

/**
 * A run as its organization follows it. An unfinished run that has not moved for {@link STALLED_AFTER_MS} was cut
 * short by a stop of the server (the files lived only in its memory): it is marked failed, nothing was written.
 */
export async function followImportRun(
  db: Kysely<Database>,
  orgId: string,
  runId: string,
  now: Date,
): Promise<ImportRunRow | null> {
  const run = await findImportRun(db, orgId, runId);
  if (!run || run.status === 'done' || run.status === 'failed') return run;
  if (now.getTime() - run.updatedAt.getTime() < STALLED_AFTER_MS) return run;
  const error = 'the import stopped before it finished (the server was restarted); nothing was written';
  await clearStagedItems(db, run.id);
  await updateImportRun(db, run.id, { status: 'failed', error });
  return { ...run, status: 'failed', error };
}

/**
 * A run as its API answer: the stored report is the report the run wrote (see `importContent`), read back whole
 * (a report stored before the later counts has them filled in, `parseImportReport`).
 */
export function presentImportRun(run: ImportRunRow): ImportRun {
  return {
    id: run.id,
    format: run.format as ImportFormat,
    status: run.status as ImportRun['status'],
    done: run.done,
    total: run.total,
    report: run.report,
    error: run.error,
    createdAt: run.createdAt.toISOString(),
  };
}
