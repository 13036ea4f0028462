import { isPlainObject } from './result.ts';
import type { Activity, Context, Statement } from './statement-types.ts';

/**
 * Returns a deep copy of a statement in the form the LRS stores: every contextActivities value is an array
 * (a single Activity object becomes an array of one, Data 2.4.6.2), in the statement and in a SubStatement.
 */
export function normalizeStatement<T extends Statement>(statement: T): T {
  const copy = structuredClone(statement);
  normalizeContext(copy.context);
  if (copy.object.objectType === 'SubStatement') normalizeContext(copy.object.context);
  return copy;
}

function normalizeContext(context: Context | undefined): void {
  const activities = context?.contextActivities as Record<string, Activity | Activity[]> | undefined;
  if (!activities) return;
  for (const [key, value] of Object.entries(activities)) {
    if (isPlainObject(value)) activities[key] = [value as Activity];
  }
}
