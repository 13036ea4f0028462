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
import { skillSuccessCounts } from './skill-success-counts.ts';
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
  const { counts, overall } = skillSuccessCounts(logs);
  const rates = new Map(
    [...counts].map(([s, [r, n]]) => [s, (r + strength * overall) / (n + strength)] as const),
  );
  return { rates, overall };
}

/** One logged problem as the fitter sees it: its features before the answer and its share of right rows. */
interface Example {
  readonly terms: readonly FeatureTerm[];
  readonly target: number;
  readonly weight: number;
}

/** Replays every log through the production update functions, recording each problem's features before it. */
function collectExamples(
  logs: readonly LearnerLog[],
  scoring: Scoring,
  settings: FeatureSettings,
  rateOf: (s: SkillId) => number,
): Example[] {
  const examples: Example[] = [];
  for (const log of logs) {
    let state = newLearnerModelState({ settings });
    for (const problem of groupProblems(log.rows, scoring)) {
      const right = problem.correct.filter(Boolean).length;
      const n = problem.correct.length;
      examples.push({ terms: featureTerms(state, problem.skills, settings), target: right / n, weight: n });
      state = replayProblem(state, problem, rateOf, settings);
    }
  }
  return examples;
}

/** The column layout: intercept, global weights, then per skill (easiness + slope deviations), then combos. */
interface Columns {
  readonly skillIndex: ReadonlyMap<SkillId, number>;
  readonly comboIndex: ReadonlyMap<string, number>;
  readonly skillBase: number;
  readonly comboBase: number;
  readonly total: number;
}

function layColumns(skills: readonly SkillId[], examples: readonly Example[], minComboRows: number): Columns {
  const comboRows = new Map<string, number>();
  for (const ex of examples) {
    const combo = ex.terms.find((t) => t.kind === 'combo')?.combo;
    if (combo !== undefined) comboRows.set(combo, (comboRows.get(combo) ?? 0) + ex.weight);
  }
  const frequent = [...comboRows].filter(([, n]) => n >= minComboRows);
  const skillBase = 1 + GLOBAL.length;
  const comboBase = skillBase + PER_SKILL * skills.length;
  return {
    skillIndex: new Map(skills.map((s, i) => [s, i])),
    comboIndex: new Map(frequent.map(([k], i) => [k, i])),
    skillBase,
    comboBase,
    total: comboBase + frequent.length,
  };
}

/** The sparse row of one example: each term goes to its global column and, per skill, to its own column. */
function designRow(terms: readonly FeatureTerm[], cols: Columns, use: (t: FeatureTerm) => boolean) {
  const index: number[] = [];
  const value: number[] = [];
  for (const term of terms) {
    if (!use(term)) continue;
    const skillAt = cols.skillBase + PER_SKILL * (cols.skillIndex.get(term.skill!) ?? 0);
    const slope = PER_SKILL_SLOPES.indexOf(term.kind as (typeof PER_SKILL_SLOPES)[number]);
    if (term.kind === 'intercept') index.push(0);
    else if (term.kind === 'easiness') index.push(skillAt);
    else if (term.kind === 'combo') {
      const c = cols.comboIndex.get(term.combo!);
      if (c === undefined) continue;
      index.push(cols.comboBase + c);
    } else index.push(1 + GLOBAL.indexOf(term.kind as (typeof GLOBAL)[number]));
    value.push(term.value);
    if (slope >= 0 && cols.skillIndex.size > 0) {
      index.push(skillAt + 1 + slope);
      value.push(term.value);
    }
  }
  return { index, value };
}

/** Reads the fitted coefficients back into named parameters. */
function toParams(
  coef: Float64Array,
  cols: Columns,
  settings: FeatureSettings,
  rateOf: (s: SkillId) => number,
  overall: number,
): LearnerModelParams {
  const c = (i: number): number => coef[i] ?? 0;
  const weights = Object.fromEntries([
    ['intercept', c(0)],
    ...GLOBAL.map((k, i) => [k, c(1 + i)] as const),
  ]) as unknown as GlobalWeights;
  const skills: Record<string, SkillParams> = {};
  for (const [skill, i] of cols.skillIndex) {
    const at = cols.skillBase + PER_SKILL * i;
    skills[skill] = {
      easiness: c(at),
      baseRate: rateOf(skill),
      successes: c(at + 1),
      failures: c(at + 2),
      recent: c(at + 3),
    };
  }
  const easiness = Object.values(skills).map((p) => p.easiness);
  const prior: SkillParams = {
    easiness: easiness.length > 0 ? easiness.reduce((a, b) => a + b, 0) / easiness.length : 0,
    baseRate: overall,
    successes: 0,
    failures: 0,
    recent: 0,
  };
  const combos = Object.fromEntries([...cols.comboIndex].map(([k, i]) => [k, c(cols.comboBase + i)]));
  return { version: 1, settings, weights, prior, skills, combos };
}

/**
 * Fits the learner model's weights by L2-regularised logistic regression over the logged problems, replaying each
 * learner's history through the production update functions, so that each problem is predicted from the state
 * before it.
 *
 * @example
 * const { params } = fitLearnerModel(logs, { scoring: 'leak-free' });
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
  const examples = collectExamples(logs, options.scoring, settings, rateOf);
  const useCombos = perSkill && !exclude.has('combo');
  const cols = layColumns(
    perSkill ? [...rates.keys()] : [],
    useCombos ? examples : [],
    options.minComboRows ?? 20,
  );
  const use = (t: FeatureTerm): boolean =>
    !exclude.has(t.kind) && (perSkill || (t.kind !== 'easiness' && t.kind !== 'combo'));
  const builder = new DesignBuilder();
  for (const ex of examples) {
    const row = designRow(ex.terms, cols, use);
    builder.push(row.index, row.value, ex.target, ex.weight);
  }
  const design = builder.build(cols.total);
  const l2 = new Float64Array(design.columns).fill(options.l2 ?? 1);
  l2[0] = 0;
  const fit = fitLogistic(design, { l2, maxIterations: options.maxIterations ?? 800 });
  return {
    params: toParams(fit.coef, cols, settings, rateOf, overall),
    iterations: fit.iterations,
    converged: fit.converged,
    trainLogloss: fit.logloss,
    examples: design.target.length,
  };
}
