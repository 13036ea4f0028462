import { IMPORT_FORMATS, isImportFormat } from './import-formats.ts';
import type { ImportAttribution } from './import-result.ts';

/**
 * The attribution to show wherever an item of an imported source reaches a person; null for Pathwise's own
 * content.
 */
export function attributionOfSource(source: string): ImportAttribution | null {
  return isImportFormat(source) ? IMPORT_FORMATS[source].attribution : null;
}
