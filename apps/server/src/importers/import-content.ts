import type { ImportAttribution, ImportProblem, ImportResult } from '@pathwise/core/importers/index';
import {
  type Database,
  type ItemRow,
  recordAudit,
  upsertItems,
  upsertPathways,
  upsertSkills,
} from '@pathwise/db';
import type { Kysely } from 'kysely';

/** What an import did: nothing (`written: false`) when records were broken and partial import was not chosen. */
export interface ImportReport {
  source: string;
  framework: string;
  pathwayId: string;
  attribution: ImportAttribution;
  records: number;
  imported: number;
  skills: number;
  written: boolean;
  rejected: ImportProblem[];
}

export interface ImportOptions {
  /** Import the good records when some are broken (the administrator's choice); default all-or-nothing. */
  acceptPartial?: boolean;
  /** Called as items are written: (written so far, total to write). */
  onProgress?: (done: number, total: number) => void;
  /** Who asked, for the audit log. */
  actorUserId?: string | null;
}

const CHUNK = 250;

function itemRow(result: ImportResult, item: ImportResult['items'][number]): ItemRow {
  const { line: _line, ...content } = item;
  return {
    id: item.id,
    skillId: item.skillId,
    source: result.source,
    difficulty: item.difficulty,
    familyId: null,
    seed: null,
    content: content as unknown as Record<string, unknown>,
  };
}

/**
 * Writes a parsed import into an organization in one transaction: the dataset's framework (its skills), one
 * pathway over the imported skills, and the items, whose stored content carries the dataset's attribution.
 * With broken records and no `acceptPartial`, nothing is written.
 */
export async function importContent(
  db: Kysely<Database>,
  orgId: string,
  result: ImportResult,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const skills = result.skills;
  // NOTE: the framework keeps every skill of the dataset; the pathway only those with an item to serve.
  const withItems = new Set(result.items.map((i) => i.skillId));
  const report: ImportReport = {
    source: result.source,
    framework: result.framework,
    pathwayId: `import-${result.source}`,
    attribution: result.attribution,
    records: result.records,
    imported: 0,
    skills: 0,
    written: false,
    rejected: [...result.problems],
  };
  const refused = (result.problems.length > 0 && !options.acceptPartial) || result.items.length === 0;
  if (refused) return report;
  const rows = result.items.map((i) => itemRow(result, i));
  await db.transaction().execute(async (trx) => {
    await upsertSkills(
      trx,
      orgId,
      skills.map((s) => ({ ...s, framework: result.framework, prerequisites: [] })),
    );
    await upsertPathways(trx, orgId, [
      {
        id: report.pathwayId,
        framework: result.framework,
        name: {
          en: `${result.attribution.dataset} (imported)`,
          es: `${result.attribution.dataset} (importado)`,
        },
        description: { en: result.attribution.text, es: result.attribution.text },
        goalSkillIds: skills.filter((s) => withItems.has(s.id)).map((s) => s.id),
      },
    ]);
    for (let start = 0; start < rows.length; start += CHUNK) {
      await upsertItems(trx, orgId, rows.slice(start, start + CHUNK));
      options.onProgress?.(Math.min(start + CHUNK, rows.length), rows.length);
    }
    await recordAudit(trx, {
      orgId,
      actorUserId: options.actorUserId ?? null,
      action: 'content.imported',
      targetType: 'item-source',
      targetId: result.source,
      details: { records: result.records, imported: rows.length, rejected: result.problems.length },
    });
  });
  return { ...report, imported: rows.length, skills: skills.length, written: true };
}
