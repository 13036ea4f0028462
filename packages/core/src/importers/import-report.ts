import { fieldPath, parseStoredJson, type StoredJsonReader } from '../stored-json/parse-stored-json.ts';
import type { ImportAttribution, ImportProblem } from './import-result.ts';

/**
 * What an import did (`written: false`: nothing, when records were broken and partial import was not chosen);
 * `imported` + `importedAsSteps` + the `skippedByReason` counts = `records`. The API answers it as it is.
 */
export interface ImportReport {
  readonly source: string;
  readonly framework: string;
  readonly pathwayId: string;
  /** The imported pathway is a draft until an administrator publishes it. */
  readonly pathwayStatus: 'draft' | 'published';
  readonly attribution: ImportAttribution;
  /** Records read: imported + importedAsSteps + every skipped one. */
  readonly records: number;
  /** Records that became items. */
  readonly imported: number;
  /** Records that became steps of an earlier item (follow-up questions). */
  readonly importedAsSteps: number;
  readonly skippedByReason: Readonly<Record<string, number>>;
  readonly skills: number;
  readonly figures: number;
  readonly written: boolean;
  /** The first rejected records. */
  readonly rejected: ImportProblem[];
  /** Every problem found, counted. */
  readonly rejectedCount: number;
  readonly rejectedByReason: Readonly<Record<string, number>>;
}

/** The counts a report gained after the first imports: a report stored before them lacks them. */
type LaterCounts =
  | 'pathwayStatus'
  | 'importedAsSteps'
  | 'skippedByReason'
  | 'rejectedCount'
  | 'rejectedByReason';

/** An import report as the `import_runs.report` column holds it (older reports lack the later counts). */
export type StoredImportReport = Omit<ImportReport, LaterCounts> & Partial<Pick<ImportReport, LaterCounts>>;

function problemOf(r: StoredJsonReader, v: unknown, path: string): ImportProblem {
  const p = r.object(v, path);
  return {
    line: r.number(p.line, fieldPath(path, 'line'), { min: 0 }),
    field: r.string(p.field, fieldPath(path, 'field')),
    message: r.string(p.message, fieldPath(path, 'message')),
    ...(p.reason === undefined ? {} : { reason: r.string(p.reason, fieldPath(path, 'reason')) }),
  };
}

function attributionOf(r: StoredJsonReader, v: unknown): ImportAttribution {
  const a = r.object(v, 'attribution');
  const part = (key: string) => r.string(a[key], fieldPath('attribution', key));
  return { dataset: part('dataset'), text: part('text'), license: part('license'), url: part('url') };
}

/**
 * Reads a stored import report (the `import_runs.report` JSONB column) back. A report stored before every record
 * was accounted for lacks the later counts; they read as such (a published pathway, no steps, nothing skipped,
 * the rejected records kept as the count). Throws a `StoredJsonError` naming the column and each bad part.
 *
 * @example
 * parseImportReport(row.report).rejectedCount; // rejected.length for a report stored before the count
 */
export function parseImportReport(json: unknown): ImportReport {
  return parseStoredJson('import_runs.report', json, (value, r) => {
    const report = r.object(value, '');
    const count = (key: string) => r.number(report[key], key, { min: 0 });
    const counts = (key: LaterCounts) =>
      report[key] === undefined ? {} : r.record(report[key], key, (n, path) => r.number(n, path, { min: 0 }));
    const rejected = r.array(report.rejected, 'rejected', (p, path) => problemOf(r, p, path));
    return {
      source: r.string(report.source, 'source'),
      framework: r.string(report.framework, 'framework'),
      pathwayId: r.string(report.pathwayId, 'pathwayId'),
      pathwayStatus:
        report.pathwayStatus === undefined
          ? 'published'
          : r.oneOf(report.pathwayStatus, 'pathwayStatus', ['draft', 'published'] as const),
      attribution: attributionOf(r, report.attribution),
      records: count('records'),
      imported: count('imported'),
      importedAsSteps: report.importedAsSteps === undefined ? 0 : count('importedAsSteps'),
      skippedByReason: counts('skippedByReason'),
      skills: count('skills'),
      figures: count('figures'),
      written: r.boolean(report.written, 'written'),
      rejected,
      rejectedCount: report.rejectedCount === undefined ? rejected.length : count('rejectedCount'),
      rejectedByReason: counts('rejectedByReason'),
    };
  });
}
