/**
 * Column names (snake_case) to and from the camelCase names the contracts use, typed: a column added to a table
 * type is a property of the record, and a property added to a record is a column, with no list to edit.
 */

/** `validity_days` → `validityDays`. */
export type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/** `validityDays` → `validity_days`. */
export type SnakeCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${SnakeCase<Tail>}`
  : S;

/** A row with camelCase keys. */
export type CamelKeys<T> = { [K in keyof T as K extends string ? CamelCase<K> : K]: T[K] };

/** A record with snake_case keys. */
export type SnakeKeys<T> = { [K in keyof T as K extends string ? SnakeCase<K> : K]: T[K] };

/** A row's keys in camelCase (values untouched). */
export function camelKeys<T extends object>(row: T): CamelKeys<T> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
      value,
    ]),
  ) as CamelKeys<T>;
}

/** A record's keys in snake_case (values untouched); `undefined` values are left out. */
export function snakeKeys<T extends object>(record: T): SnakeKeys<T> {
  return Object.fromEntries(
    Object.entries(record)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), value]),
  ) as SnakeKeys<T>;
}
