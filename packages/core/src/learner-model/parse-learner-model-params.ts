import type {
  FeatureSettings,
  GlobalWeights,
  LearnerModelParams,
  SkillParams,
} from './learner-model-params.ts';

const SETTINGS = ['skillDecay', 'learnerDecay', 'abilityPrior', 'recentPrior'] as const;
const WEIGHTS = [
  'intercept',
  'successes',
  'failures',
  'recent',
  'last',
  'seen',
  'gap',
  'ability',
  'form',
] as const;
const SKILL = ['easiness', 'baseRate', 'successes', 'failures', 'recent'] as const;

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function numbers<K extends string>(
  value: unknown,
  keys: readonly K[],
  path: string,
  problems: string[],
): Record<K, number> {
  const obj = record(value);
  if (!obj) {
    problems.push(`${path}: expected an object`);
    return {} as Record<K, number>;
  }
  for (const k of keys) {
    if (typeof obj[k] !== 'number' || !Number.isFinite(obj[k]))
      problems.push(`${path}.${k}: expected a finite number`);
  }
  return obj as Record<K, number>;
}

/**
 * Checks stored or shipped parameters (JSON from a file or a database column) and returns them typed; throws one
 * error listing every problem with its path.
 */
export function parseLearnerModelParams(json: unknown): LearnerModelParams {
  const problems: string[] = [];
  const obj = record(json) ?? {};
  if (obj.version !== 1) problems.push('version: expected 1');
  const settings: FeatureSettings = numbers(obj.settings, SETTINGS, 'settings', problems);
  const weights: GlobalWeights = numbers(obj.weights, WEIGHTS, 'weights', problems);
  const prior: SkillParams = numbers(obj.prior, SKILL, 'prior', problems);
  const skills: Record<string, SkillParams> = {};
  for (const [id, p] of Object.entries(record(obj.skills) ?? {}))
    skills[id] = numbers(p, SKILL, `skills.${id}`, problems);
  if (record(obj.skills) === undefined) problems.push('skills: expected an object');
  const combos = record(obj.combos);
  if (combos === undefined) problems.push('combos: expected an object');
  for (const [k, v] of Object.entries(combos ?? {})) {
    if (typeof v !== 'number' || !Number.isFinite(v)) problems.push(`combos.${k}: expected a finite number`);
  }
  const within = (path: string, x: number | undefined, lo: number, hi: number): void => {
    if (typeof x === 'number' && !(x >= lo && x <= hi))
      problems.push(`${path}: expected a value in [${lo}, ${hi}]`);
  };
  within('settings.skillDecay', settings.skillDecay, 0, 1);
  within('settings.learnerDecay', settings.learnerDecay, 0, 1);
  within('settings.recentPrior', settings.recentPrior, 0, 1);
  within('settings.abilityPrior', settings.abilityPrior, 1e-9, Number.POSITIVE_INFINITY);
  for (const [path, p] of [
    ['prior', prior] as const,
    ...Object.entries(skills).map(([k, v]) => [`skills.${k}`, v] as const),
  ]) {
    within(`${path}.baseRate`, p.baseRate, 0, 1);
  }
  if (problems.length > 0) throw new Error(`invalid learner model parameters:\n${problems.join('\n')}`);
  return { version: 1, settings, weights, prior, skills, combos: combos as Record<string, number> };
}
