import { childPath, isPlainObject } from '../model/result.ts';
import type { Checker } from './checker.ts';
import { checkActivity } from './validate-activity.ts';
import { checkActor } from './validate-actor.ts';
import { checkStatementRef } from './validate-object.ts';

const CONTEXT_KEYS_1_0 = [
  'registration',
  'instructor',
  'team',
  'contextActivities',
  'revision',
  'platform',
  'language',
  'statement',
  'extensions',
];
const CONTEXT_KEYS_2_0 = [...CONTEXT_KEYS_1_0, 'contextAgents', 'contextGroups'];
const CONTEXT_ACTIVITY_KEYS = ['parent', 'grouping', 'category', 'other'];

/**
 * Validates a Context object. `objectIsActivity` enforces that "revision" and "platform" are only used when
 * the statement's object is an Activity (Data 2.4.6).
 */
export function checkContext(c: Checker, value: unknown, path: string, objectIsActivity: boolean): void {
  // 2.0-only keys pass the generic unknown-key check so that 1.0.x requests get a specific message.
  const context = c.object(value, path, CONTEXT_KEYS_2_0);
  if (!context) return;
  if (c.model === '1.0') {
    for (const key of CONTEXT_KEYS_2_0.filter((k) => !CONTEXT_KEYS_1_0.includes(k) && k in context)) {
      c.report(childPath(path, key), 'is not allowed: it is defined by xAPI 2.0 only');
    }
  }
  c.optional(context, 'registration', path, (v, at) => c.uuid(v, at));
  c.optional(context, 'instructor', path, (v, at) => checkActor(c, v, at, 'actor'));
  c.optional(context, 'team', path, (v, at) => checkActor(c, v, at, 'group'));
  c.optional(context, 'contextActivities', path, (v, at) => checkContextActivities(c, v, at));
  for (const key of ['revision', 'platform']) {
    c.optional(context, key, path, (v, at) => {
      c.string(v, at);
      if (!objectIsActivity) c.report(at, 'may only be used when the object is an Activity');
    });
  }
  c.optional(context, 'language', path, (v, at) => c.languageTag(v, at));
  c.optional(context, 'statement', path, (v, at) => checkStatementRef(c, v, at));
  c.optional(context, 'extensions', path, (v, at) => c.extensions(v, at));
  c.optional(context, 'contextAgents', path, (v, at) => checkRelevant(c, v, at, 'contextAgent', 'agent'));
  c.optional(context, 'contextGroups', path, (v, at) => checkRelevant(c, v, at, 'contextGroup', 'group'));
}

function checkContextActivities(c: Checker, value: unknown, path: string): void {
  const map = c.object(value, path, CONTEXT_ACTIVITY_KEYS);
  if (!map) return;
  for (const key of CONTEXT_ACTIVITY_KEYS) {
    c.optional(map, key, path, (v, at) => {
      // A single Activity object is allowed for 0.95 compatibility; the LRS returns it as an array.
      if (isPlainObject(v)) checkActivity(c, v, at);
      else c.array(v, at, (item, itemAt) => checkActivity(c, item, itemAt));
    });
  }
}

function checkRelevant(
  c: Checker,
  value: unknown,
  path: string,
  objectType: string,
  member: 'agent' | 'group',
): void {
  c.array(value, path, (item, at) => {
    const entry = c.object(item, at, ['objectType', member, 'relevantTypes']);
    if (!entry) return;
    if (c.required(entry, 'objectType', at) && entry.objectType !== objectType) {
      c.report(childPath(at, 'objectType'), `must be "${objectType}"`);
    }
    if (c.required(entry, member, at)) checkActor(c, entry[member], childPath(at, member), member);
    c.optional(entry, 'relevantTypes', at, (v, typesAt) => {
      const types = c.array(v, typesAt, (type, typeAt) => c.iri(type, typeAt));
      if (types?.length === 0) c.report(typesAt, 'must not be empty');
    });
  });
}
