import { childPath, fail, isPlainObject, ok, type Problem, type Result } from '../model/result.ts';
import type { Statement, XapiVersion } from '../model/statement-types.ts';
import { Checker, type ModelVersion } from './checker.ts';
import { checkStatementBody } from './validate-statement-body.ts';

/** Options of statement validation. */
export interface ValidateOptions {
  /** The negotiated request version; 2.0 allows contextAgents/contextGroups and requires time zones. */
  readonly version: XapiVersion;
}

/**
 * Strictly validates one statement as the LRS receives it and returns every problem with its JSON path,
 * or the statement typed. Unknown properties, nulls outside extensions, wrong types, malformed IRIs, UUIDs,
 * timestamps, durations, language tags and every cross-field rule of the data model are reported.
 * @example
 * const result = validateStatement(JSON.parse(body), { version: '2.0.0' });
 * if (!result.ok) return badRequest(result.problems);
 */
export function validateStatement(input: unknown, options: ValidateOptions, path = '$'): Result<Statement> {
  const c = new Checker(modelOf(options.version));
  checkStatementBody(c, input, path, 'Statement');
  return c.problems.length === 0 ? ok(input as Statement) : fail(c.problems);
}

/**
 * Validates the body of a POST: one statement or an array of them. Reports problems of every statement
 * (paths `$[i]…`) and ids used twice in the batch, which the spec says to reject with 400.
 */
export function validateStatementBatch(input: unknown, options: ValidateOptions): Result<Statement[]> {
  const isArray = Array.isArray(input);
  const items: unknown[] = isArray ? input : [input];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const path = isArray ? childPath('$', index) : '$';
    const result = validateStatement(item, options, path);
    if (!result.ok) problems.push(...result.problems);
    const id = isPlainObject(item) && typeof item.id === 'string' ? item.id.toLowerCase() : undefined;
    if (id === undefined) return;
    const first = seen.get(id);
    if (first !== undefined)
      problems.push({ path: childPath(path, 'id'), message: `repeats the id of statement ${first}` });
    else seen.set(id, index);
  });
  return problems.length === 0 ? ok(items as Statement[]) : fail(problems);
}

/** Parses a JSON request body, reporting malformed JSON as a problem at `$` instead of throwing. */
export function parseJsonBody(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    return fail([{ path: '$', message: `is not valid JSON: ${(error as Error).message}` }]);
  }
}

/** The data-model generation of a protocol version. */
export function modelOf(version: XapiVersion): ModelVersion {
  return version.startsWith('2.') ? '2.0' : '1.0';
}
