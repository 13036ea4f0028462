import type { CrosswalkRelation, SkillCrosswalk } from '../../skills-graph/crosswalk.ts';
import { asSkillId, type SkillId } from '../../skills-graph/skill.ts';

/** O*NET 29 skill elements the demo framework maps to (codes and names as O*NET publishes them). */
const ONET = {
  mathematics: { code: '2.A.1.e', name: 'Mathematics' },
  criticalThinking: { code: '2.A.2.a', name: 'Critical Thinking' },
  complexProblemSolving: { code: '2.B.2.i', name: 'Complex Problem Solving' },
} as const;

/** ESCO skills and knowledge the demo framework maps to, by preferred label (as occupations list them). */
const ESCO = {
  algebra: 'algebra',
  mathematics: 'mathematics',
  calculations: 'execute analytical mathematical calculations',
  statistics: 'apply statistical analysis techniques',
  patterns: 'identify statistical patterns',
} as const;

function onet(
  skill: string,
  target: { code: string; name: string },
  relation: CrosswalkRelation = 'broadMatch',
): SkillCrosswalk {
  return {
    skillId: asSkillId(skill),
    targetFramework: 'onet',
    targetCode: target.code,
    targetName: target.name,
    relation,
  };
}

function esco(skill: string, label: string, relation: CrosswalkRelation = 'broadMatch'): SkillCrosswalk {
  return {
    skillId: asSkillId(skill),
    targetFramework: 'esco',
    targetCode: label,
    targetName: label,
    relation,
  };
}

const ALGEBRA_LEAVES = [
  'alg.integers-add',
  'alg.integers-multiply',
  'alg.order-of-operations',
  'alg.evaluate-expressions',
  'alg.write-expressions',
  'alg.like-terms',
  'alg.distributive',
  'alg.simplify-expressions',
  'alg.one-step-add',
  'alg.one-step-multiply',
  'alg.two-step-equations',
  'alg.variables-both-sides',
  'alg.linear-word-problems',
  'alg.inequalities-one-step',
  'alg.inequalities-two-step',
  'alg.slope',
  'alg.slope-intercept',
  'alg.line-equation',
  'alg.systems-substitution',
  'alg.systems-elimination',
];
const ARITHMETIC = ['alg.integers-add', 'alg.integers-multiply', 'alg.order-of-operations'];
const PERCENTAGES = ['data.fraction-decimal-percent', 'data.percent-of', 'data.percent-change'];
const STATISTICS = ['data.mean', 'data.median', 'data.mean-vs-median'];
const CHARTS = ['data.read-bar-chart', 'data.read-line-graph', 'data.pie-chart'];

/**
 * How the demo framework maps to O*NET and ESCO. Every demo skill is narrower than the occupational skill it
 * serves (`broadMatch`: O*NET's "Mathematics" is much more than solving two-step equations), so matching counts
 * such a skill as part of the target; spotting a misleading graph, for example, is part of critical thinking.
 */
export const demoCrosswalks: readonly SkillCrosswalk[] = [
  ...ALGEBRA_LEAVES.map((s) => onet(s, ONET.mathematics)),
  ...ALGEBRA_LEAVES.map((s) => esco(s, ESCO.algebra)),
  ...ALGEBRA_LEAVES.map((s) => esco(s, ESCO.mathematics)),
  ...ARITHMETIC.map((s) => esco(s, ESCO.calculations)),
  onet('alg.linear-word-problems', ONET.complexProblemSolving),
  ...PERCENTAGES.map((s) => onet(s, ONET.mathematics)),
  ...PERCENTAGES.map((s) => esco(s, ESCO.calculations)),
  ...STATISTICS.map((s) => onet(s, ONET.mathematics)),
  ...STATISTICS.map((s) => esco(s, ESCO.statistics)),
  ...CHARTS.map((s) => esco(s, ESCO.patterns)),
  onet('data.mean-vs-median', ONET.criticalThinking),
  onet('data.misleading-graphs', ONET.criticalThinking),
];

/** The crosswalks of one skill (for tests and explanations). */
export function crosswalksOf(skill: SkillId): SkillCrosswalk[] {
  return demoCrosswalks.filter((c) => c.skillId === skill);
}
