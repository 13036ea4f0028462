import { childPath } from '../model/result.ts';
import type { Checker } from './checker.ts';
import { checkActivity } from './validate-activity.ts';
import { checkActor } from './validate-actor.ts';
import { checkStatementBody } from './validate-statement-body.ts';

const OBJECT_TYPES = ['Activity', 'Agent', 'Group', 'StatementRef', 'SubStatement'];

/** Validates a statement's "object", dispatching on its objectType (absent means Activity). */
export function checkObject(c: Checker, value: unknown, path: string, insideSubStatement: boolean): void {
  const objectType = (value as { objectType?: unknown } | null)?.objectType ?? 'Activity';
  switch (objectType) {
    case 'Activity':
      checkActivity(c, value, path);
      return;
    case 'Agent':
    case 'Group':
      checkActor(c, value, path, 'object');
      return;
    case 'StatementRef':
      checkStatementRef(c, value, path);
      return;
    case 'SubStatement':
      if (insideSubStatement)
        c.report(childPath(path, 'objectType'), 'a SubStatement cannot contain a SubStatement');
      else checkStatementBody(c, value, path, 'SubStatement');
      return;
    default:
      c.report(childPath(path, 'objectType'), `must be one of ${OBJECT_TYPES.join(', ')}`);
  }
}

/** Validates a Statement Reference: objectType "StatementRef" and a UUID id, nothing else. */
export function checkStatementRef(c: Checker, value: unknown, path: string): void {
  const ref = c.object(value, path, ['objectType', 'id']);
  if (!ref) return;
  if (c.required(ref, 'objectType', path) && ref.objectType !== 'StatementRef') {
    c.report(childPath(path, 'objectType'), 'must be "StatementRef"');
  }
  if (c.required(ref, 'id', path)) c.uuid(ref.id, childPath(path, 'id'));
}
