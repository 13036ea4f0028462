import { randomUUID } from 'node:crypto';
import { toUtcTimestamp } from './formats/timestamp.ts';
import type { Actor, Statement, StoredStatement, XapiVersion } from './model/statement-types.ts';
import { normalizeStatement } from './normalize-statement.ts';

/** What the LRS knows when it stores a statement. */
export interface PrepareOptions {
  /** The Agent (or OAuth Group) of the credentials used; it overwrites any submitted authority. */
  readonly authority: Actor;
  /** The negotiated request version; it decides the default statement `version`. */
  readonly version: XapiVersion;
  /** When the statement is stored; defaults to now. */
  readonly stored?: Date;
  /** Generates ids for statements that have none; defaults to random UUIDs. */
  readonly generateId?: () => string;
}

/**
 * Prepares a validated statement for storage as an LRS does: assigns `id` when absent, sets `stored`,
 * defaults `timestamp` to `stored` when absent or null (and re-expresses a given one in UTC), overwrites `authority`, sets
 * `version` when absent (`1.0.0` under 1.0.x, `2.0.0` under 2.0) and normalizes contextActivities to arrays.
 * @example
 * const stored = prepareStatement(statement, { authority: credentialsAgent, version: '2.0.0' });
 */
export function prepareStatement(statement: Statement, options: PrepareOptions): StoredStatement {
  const stored = (options.stored ?? new Date()).toISOString();
  const normalized = normalizeStatement(statement);
  // A null timestamp (accepted by validation) counts as absent.
  const timestamp = normalized.timestamp == null ? stored : (toUtcTimestamp(normalized.timestamp) ?? stored);
  return {
    ...normalized,
    id: normalized.id ?? (options.generateId ?? randomUUID)(),
    timestamp,
    stored,
    authority: options.authority,
    version: normalized.version ?? (options.version === '2.0.0' ? '2.0.0' : '1.0.0'),
  };
}

/** Prepares a batch with one `stored` time for all its statements, so a batch is stored as one moment. */
export function prepareStatements(
  statements: readonly Statement[],
  options: PrepareOptions,
): StoredStatement[] {
  const stored = options.stored ?? new Date();
  return statements.map((statement) => prepareStatement(statement, { ...options, stored }));
}
