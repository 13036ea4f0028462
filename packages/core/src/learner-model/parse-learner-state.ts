import type { LearnerState, SkillState } from './learner-state.ts';

function fields<K extends string>(json: unknown, keys: readonly K[], what: string): Record<K, number> {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new Error(`${what}: expected an object`);
  const obj = json as Record<string, unknown>;
  const bad = keys.filter((k) => typeof obj[k] !== 'number' || !Number.isFinite(obj[k]));
  if (bad.length > 0)
    throw new Error(`${what}: ${bad.map((k) => `${k} must be a finite number`).join(', ')}`);
  return Object.fromEntries(keys.map((k) => [k, obj[k] as number])) as Record<K, number>;
}

/**
 * Reads a stored skill state (a JSONB column) back, keeping only the known fields; throws naming each bad field.
 *
 * @example
 * parseSkillState(row.state); // { attempts, successes, recent, lastSeen, streak }
 */
export function parseSkillState(json: unknown): SkillState {
  const s = fields(json, ['attempts', 'successes', 'recent', 'lastSeen', 'streak'], 'skill state');
  if (s.successes > s.attempts || s.attempts < 0 || s.successes < 0 || s.streak > s.successes) {
    throw new Error('skill state: counts are inconsistent');
  }
  const obj = json as Record<string, unknown>;
  if (obj.masteryAverage === undefined) return s;
  const average = obj.masteryAverage;
  if (typeof average !== 'number' || !(average >= 0 && average <= 1))
    throw new Error('skill state: masteryAverage must be a number in [0, 1]');
  return { ...s, masteryAverage: average };
}

/** Reads a stored learner-wide state back, keeping only the known fields; throws naming each bad field. */
export function parseLearnerState(json: unknown): LearnerState {
  return fields(json, ['responses', 'residual', 'form'], 'learner state');
}
