import type { AttachmentData } from './attachments/statement-attachments.ts';
import type { StoredStatement } from './model/statement-types.ts';
import type { StatementIndex } from './statement-index.ts';
import type { StatementListQuery } from './statement-query.ts';

/** One statement to insert, with the filter values derived by `indexStatement`. */
export interface StatementRow {
  readonly statement: StoredStatement;
  readonly index: StatementIndex;
}

/** A page of a statement query: `cursor` is opaque to this package and becomes the `more` link. */
export interface StatementPage {
  readonly statements: StoredStatement[];
  readonly cursor?: string;
}

/**
 * What the LRS service needs from storage, per organization (tenancy is the implementation's concern). The
 * package implements none of it; `packages/db` does, and the routes use it with this package's functions:
 * `statementIdsToLookUp` → {@link findByIds} → `planStatementWrites` → {@link write}.
 */
export interface StatementRepository {
  /** Stored statements by id, keyed by lower-cased id; ids not stored are absent. */
  findByIds(ids: readonly string[]): Promise<Map<string, StoredStatement>>;
  /**
   * Inserts the rows, their attachment data and marks `voids` as voided, all in one transaction: a batch is
   * stored whole or not at all.
   */
  write(
    rows: readonly StatementRow[],
    attachments: readonly AttachmentData[],
    voids: readonly string[],
  ): Promise<void>;
  /**
   * One statement by id. With `voided: false` (statementId) a voided statement is not returned; with
   * `voided: true` (voidedStatementId) only a voided one is.
   */
  findOne(id: string, options: { readonly voided: boolean }): Promise<StoredStatement | null>;
  /**
   * A page of statements matching the filters (Communication 2.1.3): voided statements excluded, statements
   * targeting matching statements through a StatementRef included (recursively), `since`/`until`/`limit`
   * applied to the statements returned, ordered by `stored` (descending unless `ascending`).
   */
  query(
    query: StatementListQuery,
    page: { readonly limit: number; readonly cursor?: string },
  ): Promise<StatementPage>;
  /** The attachment data with these SHA-2 digests, for `attachments=true` responses. */
  attachments(sha2s: readonly string[]): Promise<AttachmentData[]>;
}
