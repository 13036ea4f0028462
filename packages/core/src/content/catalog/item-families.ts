import { distributiveFamily } from '../families/algebra/distributive.ts';
import { evaluateExpressionsFamily } from '../families/algebra/evaluate-expressions.ts';
import { inequalitiesOneStepFamily } from '../families/algebra/inequalities-one-step.ts';
import { inequalitiesTwoStepFamily } from '../families/algebra/inequalities-two-step.ts';
import { integersAddFamily } from '../families/algebra/integers-add.ts';
import { integersMultiplyFamily } from '../families/algebra/integers-multiply.ts';
import { likeTermsFamily } from '../families/algebra/like-terms.ts';
import { lineEquationFamily } from '../families/algebra/line-equation.ts';
import { linearWordProblemsFamily } from '../families/algebra/linear-word-problems.ts';
import { oneStepAddFamily } from '../families/algebra/one-step-add.ts';
import { oneStepMultiplyFamily } from '../families/algebra/one-step-multiply.ts';
import { orderOfOperationsFamily } from '../families/algebra/order-of-operations.ts';
import { simplifyExpressionsFamily } from '../families/algebra/simplify-expressions.ts';
import { slopeFamily } from '../families/algebra/slope.ts';
import { slopeInterceptFamily } from '../families/algebra/slope-intercept.ts';
import { systemsEliminationFamily } from '../families/algebra/systems-elimination.ts';
import { systemsSubstitutionFamily } from '../families/algebra/systems-substitution.ts';
import { twoStepEquationsFamily } from '../families/algebra/two-step-equations.ts';
import { variablesBothSidesFamily } from '../families/algebra/variables-both-sides.ts';
import { writeExpressionsFamily } from '../families/algebra/write-expressions.ts';
import { fractionDecimalPercentFamily } from '../families/data/fraction-decimal-percent.ts';
import { meanFamily } from '../families/data/mean.ts';
import { meanVsMedianFamily } from '../families/data/mean-vs-median.ts';
import { medianFamily } from '../families/data/median.ts';
import { misleadingGraphsFamily } from '../families/data/misleading-graphs.ts';
import { percentChangeFamily } from '../families/data/percent-change.ts';
import { percentOfFamily } from '../families/data/percent-of.ts';
import { pieChartFamily } from '../families/data/pie-chart.ts';
import { readBarChartFamily } from '../families/data/read-bar-chart.ts';
import { readLineGraphFamily } from '../families/data/read-line-graph.ts';
import type { Item, ItemFamily } from '../item.ts';
import type { SkillExplanation } from '../skill-explanation.ts';
import * as algebraDistributive from './more-algebra-distributive.ts';
import * as algebraEquations from './more-algebra-equations.ts';
import * as algebraGraphs from './more-algebra-graphs.ts';
import * as algebraLikeTerms from './more-algebra-like-terms.ts';
import * as algebraNumbers from './more-algebra-numbers.ts';
import * as algebraSimplify from './more-algebra-simplify.ts';
import * as algebraSystems from './more-algebra-systems.ts';
import * as dataCompare from './more-data-compare.ts';
import * as dataPercentMedian from './more-data-percent-median.ts';
import * as dataReading from './more-data-reading.ts';
import * as dataStatistics from './more-data-statistics.ts';

const groups = [
  algebraNumbers,
  algebraLikeTerms,
  algebraDistributive,
  algebraSimplify,
  algebraEquations,
  algebraSystems,
  algebraGraphs,
  dataReading,
  dataStatistics,
  dataPercentMedian,
  dataCompare,
];

/** Every demo item family: at least three per practice skill of both demo pathways, the first one listed first. */
export const itemFamilies: readonly ItemFamily[] = [
  integersAddFamily,
  integersMultiplyFamily,
  orderOfOperationsFamily,
  evaluateExpressionsFamily,
  writeExpressionsFamily,
  likeTermsFamily,
  distributiveFamily,
  simplifyExpressionsFamily,
  oneStepAddFamily,
  oneStepMultiplyFamily,
  twoStepEquationsFamily,
  variablesBothSidesFamily,
  linearWordProblemsFamily,
  inequalitiesOneStepFamily,
  inequalitiesTwoStepFamily,
  slopeFamily,
  slopeInterceptFamily,
  lineEquationFamily,
  systemsSubstitutionFamily,
  systemsEliminationFamily,
  readBarChartFamily,
  readLineGraphFamily,
  fractionDecimalPercentFamily,
  percentOfFamily,
  percentChangeFamily,
  pieChartFamily,
  meanFamily,
  medianFamily,
  meanVsMedianFamily,
  misleadingGraphsFamily,
  ...groups.flatMap((g) => g.families),
];

const explanationOf = new Map(groups.flatMap((g) => g.explanations).map((e) => [e.skillId, e]));

/** The explanation of a demo skill, or null when it has none (skills of imported frameworks). */
export function skillExplanation(skillId: string): SkillExplanation | null {
  return explanationOf.get(skillId) ?? null;
}

const byId = new Map(itemFamilies.map((f) => [f.id, f]));

/** The family with this id, or null. */
export function findItemFamily(familyId: string): ItemFamily | null {
  return byId.get(familyId) ?? null;
}

/** The families that practise a skill. */
export function familiesForSkill(skillId: string): ItemFamily[] {
  return itemFamilies.filter((f) => f.skillId === skillId);
}

/**
 * Regenerates an item from its id (`familyId/seed/difficulty`), or null when the id names no family or is
 * malformed. Items need not be stored: the id is enough.
 */
export function findItem(itemId: string): Item | null {
  const match = /^(.+)\/(\d{1,9})\/([123])$/.exec(itemId);
  const family = match ? byId.get(match[1]!) : undefined;
  if (!match || !family) return null;
  return family.generate(Number(match[2]), Number(match[3]) as 1 | 2 | 3);
}
