import { truncateDuration } from '../formats/duration.ts';
import { parseTimestamp } from '../formats/timestamp.ts';
import { childPath, isPlainObject } from './result.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Decides whether two statements are "the same statement" under the spec's comparison rules (Data 2.3.1):
 * differences the LRS may cause are ignored (`stored`, `authority`, `version`; `id` and `timestamp` when one
 * side lacks them; time zones of timestamps; key order; single versus array contextActivities and their order;
 * the order of Group members; Activity definitions and Verb displays, which are not part of the statement;
 * case of e-mail domains and language tags; duration digits beyond hundredths of a second). Used to answer
 * 204 or 409 for an existing id, and to check a signed statement against its JWS payload.
 */
export function statementsAreEquivalent(a: unknown, b: unknown): boolean {
  return findStatementDifference(a, b) === null;
}

/** Like {@link statementsAreEquivalent}, but returns the JSON path of the first difference, or null. */
export function findStatementDifference(a: unknown, b: unknown): string | null {
  const [left, right] = [comparable(a), comparable(b)];
  if (isPlainObject(left) && isPlainObject(right)) {
    for (const key of ['id', 'timestamp']) {
      if (left[key] == null || right[key] == null) {
        delete left[key];
        delete right[key];
      }
    }
  }
  return difference(left, right, '$');
}

function comparable(statement: unknown): Json {
  if (!isPlainObject(statement)) return statement as Json;
  const { stored: _s, authority: _a, version: _v, ...rest } = statement;
  return normalize(rest, []) as Json;
}

function normalize(value: unknown, keys: string[]): unknown {
  const key = keys.at(-1);
  const parent = keys.at(-2);
  if (Array.isArray(value)) {
    const items = value.map((item) => normalize(item, [...keys, '[]']));
    if (key === 'attachments' && items.length === 0) return undefined;
    return isUnordered(key) ? items.sort(byJson) : items;
  }
  if (!isPlainObject(value)) return scalar(value, key);
  if (key === 'extensions') return value;
  if (parent === 'contextActivities') return normalize([value], keys);
  if (key === 'verb') return { id: value.id };
  if (isActivity(value, key, parent)) return { objectType: 'Activity', id: value.id };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    out[isLanguageMapKey(key) ? k.toLowerCase() : k] = normalize(v, [...keys, k]);
  if (isActorPosition(key, parent) && out.objectType === undefined) out.objectType = 'Agent';
  return out;
}

function scalar(value: unknown, key: string | undefined): unknown {
  if (typeof value !== 'string') return value;
  if (key === 'timestamp') return parseTimestamp(value)?.epochMs ?? value;
  if (key === 'duration') return truncateDuration(value);
  if (key === 'mbox') return value.replace(/@(.*)$/, (_, domain: string) => `@${domain.toLowerCase()}`);
  if (key === 'registration' || key === 'id')
    return /^[0-9A-F-]{36}$/i.test(value) ? value.toLowerCase() : value;
  return value;
}

const CONTEXT_LISTS = ['parent', 'grouping', 'category', 'other'];

function isActivity(
  value: Record<string, unknown>,
  key: string | undefined,
  parent: string | undefined,
): boolean {
  const inActivityPosition = key === 'object' || (key === '[]' && CONTEXT_LISTS.includes(parent ?? ''));
  return (
    inActivityPosition &&
    (value.objectType === undefined || value.objectType === 'Activity') &&
    'id' in value &&
    !('actor' in value)
  );
}

function isActorPosition(key: string | undefined, parent: string | undefined): boolean {
  return key === 'actor' || key === 'instructor' || key === 'agent' || (key === '[]' && parent === 'member');
}

function isLanguageMapKey(key: string | undefined): boolean {
  return key === 'display' || key === 'description' || key === 'name';
}

function isUnordered(key: string | undefined): boolean {
  return ['member', ...CONTEXT_LISTS, 'contextAgents', 'contextGroups'].includes(key ?? '');
}

function byJson(a: unknown, b: unknown): number {
  const [x, y] = [stableJson(a), stableJson(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isPlainObject(value)) {
    const entries = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function difference(a: unknown, b: unknown, path: string): string | null {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return path;
    for (const [i, item] of a.entries()) {
      const found = difference(item, b[i], childPath(path, i));
      if (found) return found;
    }
    return null;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set(
      [...Object.keys(a), ...Object.keys(b)].filter((k) => a[k] !== undefined || b[k] !== undefined),
    );
    for (const key of [...keys].sort()) {
      const found = difference(a[key], b[key], childPath(path, key));
      if (found) return found;
    }
    return null;
  }
  return stableJson(a) === stableJson(b) ? null : path;
}
