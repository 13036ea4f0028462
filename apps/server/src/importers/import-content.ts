import { type ImportReport, NOT_WRITTEN_REASON } from '@pathwise/contracts';
import type { StoredItemContent } from '@pathwise/core/content';
import type { ImportedItem, ImportResult } from '@pathwise/core/importers';
import {
  appendSkills,
  type Database,
  listPathways,
  promoteStagedItems,
  recordAudit,
  stageImportItems,
  updateImportRun,
  upsertContentFigures,
  upsertPathways,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import type { ParsedImport } from './parse-import.ts';

/**
 * What an import did (`written: false`: nothing, when records were broken and partial import was not chosen);
 * `imported` + `importedAsSteps` + the `skippedByReason` counts = `records`.
 */
export type { ImportReport };

/** Told as an import moves on: its phase and, within it, how far it got. */
export type ImportProgress = (status: 'parsing' | 'writing', done: number, total: number) => void;

export interface ImportOptions {
  /** Import the good records when some are broken (the administrator's choice); default all-or-nothing. */
  acceptPartial?: boolean;
  onProgress?: ImportProgress;
  /** Who asked, for the audit log. */
  actorUserId?: string | null;
}

const CHUNK = 250;

/** The report of a parsed import before anything is written: every good record counted as not written. */
export function emptyReport(result: ImportResult): ImportReport {
  const good = result.items.length + result.recordsAsSteps;
  return {
    source: result.source,
    framework: result.framework,
    pathwayId: `import-${result.source}`,
    pathwayStatus: 'draft',
    attribution: result.attribution,
    records: result.records,
    imported: 0,
    importedAsSteps: 0,
    skippedByReason: {
      ...result.rejectedRecordsByReason,
      ...(good > 0 ? { [NOT_WRITTEN_REASON]: good } : {}),
    },
    skills: 0,
    figures: 0,
    written: false,
    rejected: [...result.problems],
    rejectedCount: result.problemCount,
    rejectedByReason: { ...result.problemsByReason },
  };
}

/** What an imported item stores in `items.content`: all of it but the line of its record. */
function storedContent({ line: _line, ...content }: ImportedItem): StoredItemContent {
  return content;
}

async function stageItems(
  db: Kysely<Database>,
  runId: string,
  result: ImportResult,
  onProgress?: ImportProgress,
): Promise<void> {
  const rows = result.items.map((item) => ({
    id: item.id,
    skillId: item.skillId,
    difficulty: item.difficulty,
    content: storedContent(item),
  }));
  onProgress?.('writing', 0, rows.length);
  for (let start = 0; start < rows.length; start += CHUNK) {
    await stageImportItems(db, runId, rows.slice(start, start + CHUNK));
    await updateImportRun(db, runId, { status: 'writing', done: Math.min(start + CHUNK, rows.length) });
    onProgress?.('writing', Math.min(start + CHUNK, rows.length), rows.length);
  }
}

/**
 * Writes a parsed import of run `runId` into an organization. The checked items are first staged in chunks,
 * each committed on its own, so that the run's progress can be read while it goes (PGlite has one connection:
 * a long transaction would hold every other request); then one transaction writes the dataset's framework, a
 * pathway over the imported skills, the staged items, the figures, the audit entry and the finished run.
 * With broken records and no `acceptPartial`, nothing is written.
 */
export async function importContent(
  db: Kysely<Database>,
  run: { orgId: string; runId: string },
  parsed: ParsedImport,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const { result } = parsed;
  const report = emptyReport(result);
  const refused = (result.problemCount > 0 && !options.acceptPartial) || result.items.length === 0;
  if (refused) {
    await updateImportRun(db, run.runId, { status: 'done', report });
    return report;
  }
  await updateImportRun(db, run.runId, { status: 'writing', done: 0, total: result.items.length });
  await stageItems(db, run.runId, result, options.onProgress);
  // NOTE: the framework keeps every skill of the dataset; the pathway only those with an item to serve.
  const withItems = new Set(result.items.map((i) => i.skillId));
  return db.transaction().execute(async (trx) => {
    const { orgId } = run;
    await appendSkills(
      trx,
      orgId,
      result.skills.map((s) => ({
        ...s,
        framework: result.framework,
        prerequisites: [...(s.prerequisites ?? [])],
      })),
      { keepEdges: true },
    );
    // NOTE: a new pathway is a draft that an administrator publishes; one published before stays published.
    const before = (await listPathways(trx, orgId)).find((p) => p.id === report.pathwayId);
    await upsertPathways(trx, orgId, [
      {
        id: report.pathwayId,
        framework: result.framework,
        name: result.pathway?.name ?? {
          en: `${result.attribution.dataset} (imported)`,
          es: `${result.attribution.dataset} (importado)`,
        },
        description: result.pathway?.description ?? {
          en: `Practice with the problems of ${result.attribution.dataset}.`,
          es: `Práctica con los problemas de ${result.attribution.dataset}.`,
        },
        attribution: result.attribution,
        status: 'draft',
        goalSkillIds: result.skills.filter((s) => withItems.has(s.id)).map((s) => s.id),
      },
    ]);
    const imported = await promoteStagedItems(trx, { orgId, runId: run.runId, source: result.source });
    // NOTE: OATutor gives no text alternative for its figures; the web app labels each by its number instead.
    await upsertContentFigures(
      trx,
      orgId,
      parsed.figures.map((f) => ({ ...f, alt: null })),
    );
    await recordAudit(trx, {
      orgId,
      actorUserId: options.actorUserId ?? null,
      action: 'content.imported',
      targetType: 'item-source',
      targetId: result.source,
      details: { records: result.records, imported, rejected: result.problemCount, runId: run.runId },
    });
    const written: ImportReport = {
      ...report,
      pathwayStatus: before?.status ?? 'draft',
      imported,
      importedAsSteps: result.recordsAsSteps,
      skippedByReason: { ...result.rejectedRecordsByReason },
      skills: result.skills.length,
      figures: parsed.figures.length,
      written: true,
    };
    await updateImportRun(trx, run.runId, { status: 'done', report: written });
    return written;
  });
}
