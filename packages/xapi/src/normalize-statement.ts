import { isPlainObject } from './model/result.ts';
import type { Activity, Context, Statement } from './model/statement-types.ts';

/**
 * Returns a statement in the form the LRS stores: every contextActivities value is an array (a single Activity
 * object becomes an array of one, Data 2.4.6.2), in the statement and in a SubStatement. The input is not
 * modified; the result shares the parts that did not change with it (statements are immutable).
 */
export function normalizeStatement<T extends Statement>(statement: T): T {
  const out = { ...statement };
  if (statement.context) out.context = normalizeContext(statement.context);
  if (statement.object.objectType === 'SubStatement' && statement.object.context) {
    out.object = { ...statement.object, context: normalizeContext(statement.object.context) };
  }
  return out;
}

function normalizeContext(context: Context): Context {
  const activities = context.contextActivities as Record<string, Activity | Activity[]> | undefined;
  if (!activities || !Object.values(activities).some(isPlainObject)) return context;
  const arrays = Object.fromEntries(
    Object.entries(activities).map(([key, value]) => [key, isPlainObject(value) ? [value] : value]),
  );
  return { ...context, contextActivities: arrays };
}
