import type { ImportProblem } from './import-result.ts';

/** A parsed JSONL line with its 1-based line number. */
export interface JsonlRecord {
  readonly line: number;
  readonly value: Record<string, unknown>;
}

/**
 * Splits JSONL text into objects, reporting each line that is not a JSON object. Blank lines are skipped.
 * @example
 * readJsonl('{"a":1}\nnope').problems; // [{ line: 2, field: '(line)', message: 'not valid JSON: …' }]
 */
export function readJsonl(text: string): { records: JsonlRecord[]; problems: ImportProblem[] } {
  const records: JsonlRecord[] = [];
  const problems: ImportProblem[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '') continue;
    try {
      const value: unknown = JSON.parse(raw);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        problems.push({ line: i + 1, field: '(line)', message: 'not a JSON object' });
      } else records.push({ line: i + 1, value: value as Record<string, unknown> });
    } catch (error) {
      problems.push({ line: i + 1, field: '(line)', message: `not valid JSON: ${(error as Error).message}` });
    }
  }
  return { records, problems };
}

/** Collects the problems of one record; `text` reads a required non-empty string field. */
export class RecordCheck {
  readonly problems: ImportProblem[] = [];
  constructor(readonly line: number) {}

  fail(field: string, message: string): void {
    this.problems.push({ line: this.line, field, message });
  }

  text(record: Record<string, unknown>, field: string, path = field): string {
    const value = record[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.fail(path, value === undefined ? 'missing' : 'must be a non-empty string');
    return '';
  }
}
