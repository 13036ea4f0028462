import type { ImportProblem } from './import-result.ts';

/** The longest line read, in characters (OATutor's longest record is 55,716); a longer one is refused unread. */
export const MAX_LINE_CHARS = 1024 * 1024;
/** The deepest nesting of arrays and objects a record may have (the datasets nest 6 levels at most). */
export const MAX_JSON_DEPTH = 64;
/** The rejected records an import report lists; the rest are only counted (by reason). */
export const KEPT_PROBLEMS = 100;
/** Distinct reasons counted; any further reason is counted as `(other)`. */
const MAX_REASONS = 50;

/**
 * One line of an import file: its text, or, for a line longer than {@link MAX_LINE_CHARS} that a stream reader
 * dropped while reading, only its length.
 */
export type ImportLine = string | { readonly overLong: number };

/** A parsed JSONL line with its 1-based line number. */
export interface JsonlRecord {
  readonly line: number;
  readonly value: Record<string, unknown>;
}

/**
 * The lines of a text, one at a time, without splitting it into an array (each line is a slice of the text).
 * @example
 * [...linesOf('a\r\nb')]; // ['a', 'b']
 */
export function* linesOf(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    yield text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;
  }
}

/** The general form of a problem, for counting: indexes and figure names dropped, the message's detail cut. */
function reasonOf(problem: ImportProblem): string {
  const field = problem.field.replace(/\[\d+\]/g, '[]').replace(/^figures\..*/, 'figures.*');
  return `${field}: ${problem.reason ?? problem.message.split(':')[0]}`;
}

/**
 * The problems of an import, bounded: the first {@link KEPT_PROBLEMS} are kept as they are, every one is counted
 * by its reason (so a file of a million broken lines costs a few kilobytes, not gigabytes).
 */
export class ProblemLog {
  readonly kept: ImportProblem[] = [];
  count = 0;
  private readonly reasons = new Map<string, number>();
  private readonly records = new Map<string, number>();
  private lastRejectedLine = 0;

  add(problem: ImportProblem): void {
    this.count++;
    // NOTE: a record's problems are added together and a record with any problem is rejected, so the first
    // problem of a new line marks one more rejected record, counted under that problem's reason.
    if (problem.line > 0 && problem.line !== this.lastRejectedLine) {
      this.lastRejectedLine = problem.line;
      const key = reasonOf(problem);
      const counted = this.records.has(key) || this.records.size < MAX_REASONS ? key : '(other)';
      this.records.set(counted, (this.records.get(counted) ?? 0) + 1);
    }
    if (this.kept.length < KEPT_PROBLEMS) {
      const { reason: _reason, ...kept } = problem;
      this.kept.push(kept);
    }
    let reason = reasonOf(problem);
    if (!this.reasons.has(reason) && this.reasons.size >= MAX_REASONS) reason = '(other)';
    this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1);
  }

  addAll(problems: readonly ImportProblem[]): void {
    for (const p of problems) this.add(p);
  }

  /** Count of problems by reason, e.g. `{ "(line): not valid JSON": 3 }`. */
  byReason(): Record<string, number> {
    return Object.fromEntries(this.reasons);
  }

  /** Rejected records by the reason of their first problem (each record counted once). */
  recordsByReason(): Record<string, number> {
    return Object.fromEntries(this.records);
  }
}

/** The nesting depth of a JSON text beyond `max` (brackets inside strings do not count); false when within. */
function nestedDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/**
 * Reads JSONL one line at a time into objects, logging each line that is not a JSON object (too long, nested
 * too deep, not JSON, not an object). Blank lines are skipped but counted in the line numbers.
 * @example
 * const reader = new JsonlReader(log);
 * reader.read('{"a":1}'); // { line: 1, value: { a: 1 } }
 * reader.read('nope'); // null; log has { line: 2, field: '(line)', message: 'not valid JSON: …' }
 */
export class JsonlReader {
  /** Lines read so far, blank ones included. */
  line = 0;
  /** Non-blank lines read: records, good and broken. */
  records = 0;

  constructor(private readonly log: ProblemLog) {}

  read(input: ImportLine): JsonlRecord | null {
    const line = ++this.line;
    const fail = (message: string, reason: string) => {
      this.records++;
      this.log.add({ line, field: '(line)', message, reason });
      return null;
    };
    const length = typeof input === 'string' ? input.length : input.overLong;
    if (typeof input !== 'string' || length > MAX_LINE_CHARS) {
      return fail(
        `longer than the ${MAX_LINE_CHARS} characters a line may have (${length})`,
        'line too long',
      );
    }
    const raw = input.trim();
    if (raw === '') return null;
    if (nestedDeeperThan(raw, MAX_JSON_DEPTH))
      return fail(`nested deeper than ${MAX_JSON_DEPTH} levels`, 'nested too deep');
    // NOTE: cheap refusals first: a hostile file of millions of broken lines would otherwise cost an exception
    // each (about 12 µs with its stack trace, 6 µs without).
    if (raw.charCodeAt(0) === 123 && raw.charCodeAt(raw.length - 1) !== 125)
      return fail('not valid JSON: the object does not end with }', 'not valid JSON');
    let value: unknown;
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      return fail(`not valid JSON: ${(error as Error).message.slice(0, 120)}`, 'not valid JSON');
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    this.records++;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.log.add({ line, field: '(line)', message: 'not a JSON object' });
      return null;
    }
    return { line, value: value as Record<string, unknown> };
  }
}

/** Collects the problems of one record; `text` reads a required non-empty string field. */
export class RecordCheck {
  readonly problems: ImportProblem[] = [];
  constructor(readonly line: number) {}

  /** `reason`: the message's general form when the message names a value (an id, a file). */
  fail(field: string, message: string, reason?: string): void {
    this.problems.push({ line: this.line, field, message, ...(reason ? { reason } : {}) });
  }

  text(record: Record<string, unknown>, field: string, path = field): string {
    const value = record[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.fail(path, value === undefined ? 'missing' : 'must be a non-empty string');
    return '';
  }
}
