/** The fields of a JSON object. */
export type JsonFields = { readonly [key: string]: unknown };

/** A JSONB value without the shape its column promises; the message names the column and every problem. */
export class StoredJsonError extends Error {
  constructor(
    readonly column: string,
    readonly problems: readonly string[],
  ) {
    super(`${column}: ${problems.join('; ')}`);
    this.name = 'StoredJsonError';
  }
}

type Range = { min?: number; max?: number };

function rangeText({ min, max }: Range): string {
  if (min !== undefined && max !== undefined) return ` in [${min}, ${max}]`;
  if (min !== undefined) return ` of at least ${min}`;
  return max === undefined ? '' : ` of at most ${max}`;
}

const isObject = (v: unknown): v is JsonFields => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads the parts of a stored JSON value, noting each part that is missing or of the wrong type with its path
 * (`skills[0].threshold`). Each read answers a value of the right type even then (`''`, `0`, `false`, `[]`, `{}`),
 * so that a parser builds its result in one go; {@link parseStoredJson} throws before that result is seen.
 */
export class StoredJsonReader {
  readonly problems: string[] = [];

  /** Notes a problem at `path` (the root when empty). */
  problem(path: string, message: string): void {
    this.problems.push(path === '' ? message : `${path} ${message}`);
  }

  object(v: unknown, path: string): JsonFields {
    if (isObject(v)) return v;
    this.problem(path, 'must be an object');
    return {};
  }

  string(v: unknown, path: string): string {
    if (typeof v === 'string') return v;
    this.problem(path, 'must be a string');
    return '';
  }

  /** A finite number, within `[min, max]` when they are given. */
  number(v: unknown, path: string, range: Range = {}): number {
    const { min = -Infinity, max = Infinity } = range;
    if (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max) return v;
    this.problem(path, `must be a finite number${rangeText(range)}`);
    return 0;
  }

  boolean(v: unknown, path: string): boolean {
    if (typeof v === 'boolean') return v;
    this.problem(path, 'must be true or false');
    return false;
  }

  /** One of a closed list of strings. */
  oneOf<T extends string>(v: unknown, path: string, options: readonly T[]): T {
    const found = options.find((o) => o === v);
    if (found !== undefined) return found;
    this.problem(path, `must be one of ${options.join(', ')}`);
    return options[0]!;
  }

  /** An array, each element read by `each` at `path[i]`. */
  array<T>(v: unknown, path: string, each: (element: unknown, path: string) => T): T[] {
    if (Array.isArray(v)) return v.map((e, i) => each(e, `${path}[${i}]`));
    this.problem(path, 'must be an array');
    return [];
  }

  /** A JSON object used as a map, each value read by `each` at `path.key`. */
  record<T>(v: unknown, path: string, each: (value: unknown, path: string) => T): Record<string, T> {
    const out: Record<string, T> = {};
    for (const [key, value] of Object.entries(this.object(v, path)))
      out[key] = each(value, fieldPath(path, key));
    return out;
  }
}

/** The path of a field: `key` at the root, `parent.key` below it. */
export function fieldPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/**
 * Reads a JSONB value through `read`, and throws a {@link StoredJsonError} naming `column` and every problem the
 * reader noted; a row that does not have its column's shape is never used half-read.
 *
 * @example
 * parseStoredJson('organizations.settings', row.settings, (json, r) => r.object(json, ''));
 */
export function parseStoredJson<T>(
  column: string,
  json: unknown,
  read: (json: unknown, reader: StoredJsonReader) => T,
): T {
  const reader = new StoredJsonReader();
  const value = read(json, reader);
  if (reader.problems.length > 0) throw new StoredJsonError(column, reader.problems);
  return value;
}
