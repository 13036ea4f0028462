import type { Statement } from './model/statement-types.ts';
import { VOIDED_VERB_ID } from './model/statement-types.ts';

/**
 * The id of the statement a voiding statement voids, or null when the statement is not a voiding statement.
 * The LRS uses it to mark the target voided, and to refuse (400) a voiding statement whose target is itself
 * a voiding statement: voiding statements cannot be voided (Data 2.3.2).
 */
export function voidedStatementId(statement: Statement): string | null {
  if (statement.verb.id !== VOIDED_VERB_ID || statement.object.objectType !== 'StatementRef') return null;
  return statement.object.id;
}
