import type { StoredItemContent } from '@pathwise/core/content';
import type { StoredImportReport } from '@pathwise/core/importers';
import type { Generated } from 'kysely';
import type { Json, Timestamp } from './column-types.ts';

/** Where an import run is: waiting, reading its files, writing its items, finished, or stopped by an error. */
export type ImportRunStatus = 'queued' | 'parsing' | 'writing' | 'done' | 'failed';

export interface ImportRunsTable {
  id: Generated<string>;
  org_id: string;
  format: string;
  accept_partial: boolean;
  status: Generated<ImportRunStatus>;
  done: Generated<number>;
  total: Generated<number>;
  /**
   * The import's report (what was written, every rejected record) once it has finished; read through
   * `parseImportReport`.
   */
  report: Json<StoredImportReport | null>;
  error: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface ImportRunItemsTable {
  run_id: string;
  id: string;
  skill_id: string;
  difficulty: number;
  /**
   * What the item's `items.content` will hold. NOTE: only ever copied into `items` by SQL (`promoteStagedItems`),
   * never read here, so it is checked when it is read from `items` (`parseStoredItemContent`).
   */
  content: Json<StoredItemContent>;
}

export interface ContentFiguresTable {
  org_id: string;
  sha256: string;
  media_type: string;
  bytes: Uint8Array;
  alt: string | null;
  created_at: Generated<Date>;
}

export interface ContentImportsTables {
  import_runs: ImportRunsTable;
  import_run_items: ImportRunItemsTable;
  content_figures: ContentFiguresTable;
}
