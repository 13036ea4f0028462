import type { Problem } from './model/result.ts';
import { findStatementDifference } from './model/statement-equivalence.ts';
import type { Statement, StoredStatement } from './model/statement-types.ts';
import { voidedStatementId } from './voiding.ts';

/** A problem that fails the whole request, with the status the xAPI spec gives it. */
export interface WriteProblem extends Problem {
  readonly status: 400 | 409;
}

/** What to store and how to answer for a PUT or POST of prepared statements. */
export interface WritePlan {
  /** Statements whose id is not stored yet, in request order: insert them all in one transaction. */
  readonly insert: StoredStatement[];
  /** Ids already stored with an equivalent statement: nothing changes (PUT answers 204; POST lists the id). */
  readonly alreadyStored: string[];
  /** Ids to mark voided, in the same transaction as the inserts. */
  readonly voids: string[];
  /** When not empty, store nothing; answer 400 if any problem is a 400, else 409. */
  readonly problems: WriteProblem[];
}

/**
 * The statement ids the LRS must read from its repository before {@link planStatementWrites}: the batch's own
 * ids (to detect conflicts) and the targets of its voiding statements (to refuse voiding a voiding statement).
 * Lower-cased, without duplicates.
 */
export function statementIdsToLookUp(statements: readonly Statement[]): string[] {
  const ids = statements.flatMap((s) => [s.id, voidedStatementId(s) ?? undefined]);
  return [...new Set(ids.filter((id): id is string => id !== undefined).map((id) => id.toLowerCase()))];
}

/**
 * Decides what a batch does, given the statements as received (validated), the same statements prepared for
 * storage (same order), and the stored statements found for {@link statementIdsToLookUp} (keyed by lower-cased
 * id). A statement whose id is stored is skipped when it is the same statement and is a 409 conflict otherwise
 * (statements are immutable). The comparison (Data 2.3.1) uses the statement as received, so properties the LRS
 * filled in (a defaulted timestamp, stored, authority, version) never make a re-sent statement a conflict. A
 * voiding statement targeting a voiding statement (stored or in the batch) is a 400: voiding statements cannot
 * be voided. A target that is not stored is fine (the spec says not to reject for that).
 */
export function planStatementWrites(
  received: readonly Statement[],
  prepared: readonly StoredStatement[],
  stored: ReadonlyMap<string, Statement>,
): WritePlan {
  const insert: StoredStatement[] = [];
  const alreadyStored: string[] = [];
  const voids: string[] = [];
  const problems: WriteProblem[] = [];
  const inBatch = new Map(prepared.map((s) => [s.id.toLowerCase(), s]));
  prepared.forEach((statement, index) => {
    const path = prepared.length === 1 ? '$' : `$[${index}]`;
    const existing = stored.get(statement.id.toLowerCase());
    if (existing) {
      const difference = findStatementDifference(existing, { ...received[index], id: statement.id });
      if (difference === null) alreadyStored.push(statement.id);
      else
        problems.push({
          path: `${path}.id`,
          status: 409,
          message: `a different statement is stored with this id (differs at ${difference})`,
        });
      return;
    }
    insert.push(statement);
    const target = voidedStatementId(statement);
    if (target === null) return;
    const targetStatement = stored.get(target.toLowerCase()) ?? inBatch.get(target.toLowerCase());
    if (targetStatement && voidedStatementId(targetStatement) !== null) {
      problems.push({
        path: `${path}.object.id`,
        status: 400,
        message: 'targets a voiding statement, which cannot be voided',
      });
    } else voids.push(target);
  });
  return { insert, alreadyStored, voids, problems };
}
