/** One thing wrong with an input, located by a JSON path such as `$.context.contextActivities.parent[0].id`. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** Either the parsed value or every problem found: validation never stops at the first one. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: Problem[] };

/** Wraps a value as a successful {@link Result}. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps problems as a failed {@link Result}. */
export function fail<T>(problems: Problem[]): Result<T> {
  return { ok: false, problems };
}

/** Appends a key or an index to a JSON path: `$` + `actor` → `$.actor`, `$.member` + 0 → `$.member[0]`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  let suffix = SUFFIXES.get(key);
  if (suffix === undefined) {
    suffix = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
    if (SUFFIXES.size < 1_000) SUFFIXES.set(key, suffix);
  }
  return path + suffix;
}

// Property names repeat in every statement; their path suffixes are computed once.
const SUFFIXES = new Map<string, string>();

/** True for a JSON object (not null, not an array). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
