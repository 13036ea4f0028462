import { childPath, isPlainObject } from '../model/result.ts';
import { VOIDED_VERB_ID } from '../model/statement-types.ts';
import type { Checker } from './checker.ts';
import { checkActor } from './validate-actor.ts';
import { checkAttachments } from './validate-attachment.ts';
import { checkContext } from './validate-context.ts';
import { checkObject } from './validate-object.ts';
import { checkResult } from './validate-result.ts';

const SHARED_KEYS = ['actor', 'verb', 'object', 'result', 'context', 'timestamp', 'attachments'];
const STATEMENT_KEYS = ['id', 'stored', 'authority', 'version', ...SHARED_KEYS];
const STATEMENT_ONLY_KEYS = ['id', 'stored', 'version', 'authority'];
// Statement-only keys are let through the generic unknown-key check so they get a specific message.
const SUBSTATEMENT_KEYS = ['objectType', ...SHARED_KEYS, ...STATEMENT_ONLY_KEYS];
const VERSION_1_0 = /^1\.0(?:\.\d+)?$/;
const VERSION_1_0_OR_2_0 = /^(?:1|2)\.0(?:\.\d+)?$/;

/** Validates a Statement or a SubStatement: the properties they share plus those only a Statement has. */
export function checkStatementBody(
  c: Checker,
  value: unknown,
  path: string,
  kind: 'Statement' | 'SubStatement',
): void {
  const isSub = kind === 'SubStatement';
  const statement = c.object(value, path, isSub ? SUBSTATEMENT_KEYS : STATEMENT_KEYS);
  if (!statement) return;
  if (isSub) {
    for (const key of STATEMENT_ONLY_KEYS) {
      if (key in statement) c.report(childPath(path, key), 'is not allowed in a SubStatement');
    }
  }
  if (c.required(statement, 'actor', path)) checkActor(c, statement.actor, childPath(path, 'actor'), 'actor');
  if (c.required(statement, 'verb', path)) checkVerb(c, statement.verb, childPath(path, 'verb'));
  if (c.required(statement, 'object', path))
    checkObject(c, statement.object, childPath(path, 'object'), isSub);
  const objectType = isPlainObject(statement.object)
    ? (statement.object.objectType ?? 'Activity')
    : undefined;
  c.optional(statement, 'result', path, (v, at) => checkResult(c, v, at));
  c.optional(statement, 'context', path, (v, at) => checkContext(c, v, at, objectType === 'Activity'));
  // NOTE: a null statement timestamp is taken as "not provided" (the LRS sets it to `stored`): the 2.0
  // conformance suite sends `"timestamp": null` and expects the statement to be stored, not rejected.
  if (isSub || statement.timestamp !== null)
    c.optional(statement, 'timestamp', path, (v, at) => c.timestamp(v, at));
  c.optional(statement, 'attachments', path, (v, at) => checkAttachments(c, v, at));
  if (isSub) return;
  c.optional(statement, 'id', path, (v, at) => c.uuid(v, at));
  c.optional(statement, 'stored', path, (v, at) => c.timestamp(v, at));
  c.optional(statement, 'authority', path, (v, at) => checkActor(c, v, at, 'authority'));
  c.optional(statement, 'version', path, (v, at) => checkVersion(c, v, at));
  const verbId = isPlainObject(statement.verb) ? statement.verb.id : undefined;
  if (verbId === VOIDED_VERB_ID && objectType !== 'StatementRef') {
    c.report(childPath(path, 'object'), 'a voiding statement must have a StatementRef object');
  }
}

function checkVerb(c: Checker, value: unknown, path: string): void {
  const verb = c.object(value, path, ['id', 'display']);
  if (!verb) return;
  if (c.required(verb, 'id', path)) c.iri(verb.id, childPath(path, 'id'));
  c.optional(verb, 'display', path, (v, at) => c.languageMap(v, at));
}

function checkVersion(c: Checker, value: unknown, path: string): void {
  if (!c.string(value, path)) return;
  const accepted = c.model === '2.0' ? VERSION_1_0_OR_2_0 : VERSION_1_0;
  if (!accepted.test(value))
    c.report(path, c.model === '2.0' ? 'must be 1.0.x or 2.0.x' : 'must start with "1.0"');
}
