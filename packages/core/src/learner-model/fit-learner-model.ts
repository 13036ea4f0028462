import type { SkillId } from '../skills-graph/skill.ts';
import { type FeatureTerm, featureTerms, PER_SKILL_SLOPES, type TermKind } from './feature-terms.ts';
import { DesignBuilder, fitLogistic } from './fit-logistic.ts';
import {
  DEFAULT_FEATURE_SETTINGS,
  type FeatureSettings,
  type GlobalWeights,
  type LearnerModelParams,
  type SkillParams,
} from './learner-model-params.ts';
import { replayProblem } from './replay-problem.ts';
import { groupProblems, type LearnerLog, type Scoring } from './response-log.ts';
import { newLearnerModelState } from './update-mastery.ts';

/** Options of {@link fitLearnerModel}. */
export interface LearnerModelFitOptions {
  readonly scoring: Scoring;
  readonly settings?: FeatureSettings;
  /** L2 penalty on every weight but the intercept. */
  readonly l2?: number;
  /** Tag combinations seen on fewer rows than this get no weight of their own. */
  readonly minComboRows?: number;
  readonly maxIterations?: number;
  /** Features left out (their weights stay 0), for ablations. */
  readonly exclude?: readonly TermKind[];
  /**
   * Whether skills get their own easiness, slopes and tag-combination weights. `false` fits one model shared by
   * every skill: the model a skill without data gets.
   */
  readonly perSkill?: boolean;
}

/** The fitted parameters and how the fit went. */
export interface LearnerModelFit {
  readonly params: LearnerModelParams;
  readonly iterations: number;
  readonly converged: boolean;
  readonly trainLogloss: number;
  readonly examples: number;
}

const GLOBAL = ['successes', 'failures', 'recent', 'last', 'seen', 'gap', 'ability', 'form'] as const;
const PER_SKILL = 1 + PER_SKILL_SLOPES.length;

/** Population success rate per skill, smoothed towards the overall rate by `strength` pseudo-rows. */
function baseRates(
  logs: readonly LearnerLog[],
  strength = 5,
): { rates: Map<SkillId, number>; overall: number } {
  const counts = new Map<SkillId, [number, number]>();
  let right = 0;
  let total = 0;
  for (const log of logs) {
    for (const row of log.rows) {
      const c = counts.get(row.skill) ?? [0, 0];
      c[0] += row.correct ? 1 : 0;
      c[1] += 1;
      counts.set(row.skill, c);
      right += row.correct ? 1 : 0;
      total += 1;
    }
  }
  const overall = total === 0 ? 0.5 : right / total;
  const rates = new Map(
    [...counts].map(([s, [r, n]]) => [s, (r + strength * overall) / (n + strength)] as const),
  );
  return { rates, overall };
}

/**
 * Fits the learner model's weights by L2-regularised logistic regression over the logged problems, replaying each
 * learner's history through the production update functions, so that each problem is predicted from the state
 * before it.
 */
export function fitLearnerModel(
  logs: readonly LearnerLog[],
  options: LearnerModelFitOptions,
): LearnerModelFit {
  const settings = options.settings ?? DEFAULT_FEATURE_SETTINGS;
  const { rates, overall } = baseRates(logs);
  const exclude = new Set(options.exclude ?? []);
  const perSkill = options.perSkill ?? true;
  // NOTE: a pooled model knows no skill, so its ability yardstick is the overall rate, as in production.
  const rateOf = (s: SkillId): number => (perSkill ? (rates.get(s) ?? overall) : overall);
  const skillIndex = new Map<SkillId, number>([...rates.keys()].map((s, i) => [s, i]));
  const comboRows = new Map<string, number>();
  const terms: { terms: FeatureTerm[]; target: number; weight: number }[] = [];
  for (const log of logs) {
    let state = newLearnerModelState({ settings });
    for (const problem of groupProblems(log.rows, options.scoring)) {
      const t = featureTerms(state, problem.skills, settings);
      const right = problem.correct.filter(Boolean).length;
      terms.push({ terms: t, target: right / problem.correct.length, weight: problem.correct.length });
      const combo = t.find((x) => x.kind === 'combo')?.combo;
      if (combo !== undefined) comboRows.set(combo, (comboRows.get(combo) ?? 0) + problem.correct.length);
      state = replayProblem(state, problem, rateOf, settings);
    }
  }
  const minComboRows = options.minComboRows ?? 20;
  const comboIndex = new Map(
    [...comboRows].filter(([, n]) => n >= minComboRows).map(([k], i) => [k, i] as const),
  );
  const skillBase = 1 + GLOBAL.length;
  const comboBase = skillBase + PER_SKILL * skillIndex.size;
  const column = (term: FeatureTerm): number => {
    if (term.kind === 'intercept') return 0;
    if (term.kind === 'combo')
      return comboIndex.has(term.combo!) ? comboBase + comboIndex.get(term.combo!)! : -1;
    return 1 + GLOBAL.indexOf(term.kind as (typeof GLOBAL)[number]);
  };
  const builder = new DesignBuilder();
  for (const ex of terms) {
    const index: number[] = [];
    const value: number[] = [];
    const add = (c: number, v: number): void => {
      index.push(c);
      value.push(v);
    };
    for (const term of ex.terms) {
      if (exclude.has(term.kind)) continue;
      if (!perSkill && (term.kind === 'easiness' || term.kind === 'combo')) continue;
      const skillAt =
        term.skill === undefined ? -1 : skillBase + PER_SKILL * (skillIndex.get(term.skill) ?? 0);
      if (term.kind === 'easiness') {
        add(skillAt, term.value);
        continue;
      }
      const c = column(term);
      if (c >= 0) add(c, term.value);
      const slope = PER_SKILL_SLOPES.indexOf(term.kind as (typeof PER_SKILL_SLOPES)[number]);
      if (slope >= 0 && perSkill) add(skillAt + 1 + slope, term.value);
    }
    builder.push(index, value, ex.target, ex.weight);
  }
  const design = builder.build(comboBase + comboIndex.size);
  const l2 = new Float64Array(design.columns).fill(options.l2 ?? 1);
  l2[0] = 0;
  const fit = fitLogistic(design, { l2, maxIterations: options.maxIterations ?? 800 });
  const coef = (i: number): number => fit.coef[i] ?? 0;
  const weights = Object.fromEntries([
    ['intercept', coef(0)],
    ...GLOBAL.map((k, i) => [k, coef(1 + i)] as const),
  ]) as unknown as GlobalWeights;
  const skills: Record<string, SkillParams> = {};
  let easinessSum = 0;
  for (const [skill, i] of perSkill ? skillIndex : new Map<SkillId, number>()) {
    const at = skillBase + PER_SKILL * i;
    const p: SkillParams = {
      easiness: coef(at),
      baseRate: rateOf(skill),
      successes: coef(at + 1),
      failures: coef(at + 2),
      recent: coef(at + 3),
    };
    skills[skill] = p;
    easinessSum += p.easiness;
  }
  const prior: SkillParams = {
    easiness: perSkill && skillIndex.size > 0 ? easinessSum / skillIndex.size : 0,
    baseRate: overall,
    successes: 0,
    failures: 0,
    recent: 0,
  };
  const combos = Object.fromEntries([...comboIndex].map(([k, i]) => [k, coef(comboBase + i)]));
  return {
    params: { version: 1, settings, weights, prior, skills, combos },
    iterations: fit.iterations,
    converged: fit.converged,
    trainLogloss: fit.logloss,
    examples: design.target.length,
  };
}
