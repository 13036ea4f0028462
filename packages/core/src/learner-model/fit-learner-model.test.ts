import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seededRandom } from '../content/seeded-random.ts';
import { asSkillId } from '../skills-graph/skill.ts';
import { fitLearnerModel } from './fit-learner-model.ts';
import {
  DEFAULT_FEATURE_SETTINGS,
  type GlobalWeights,
  type LearnerModelParams,
} from './learner-model-params.ts';
import { simulateLearnerLogs } from './simulate-learner-logs.ts';

const TRUE_WEIGHTS: GlobalWeights = {
  intercept: 0.3,
  successes: 0.4,
  failures: -0.3,
  recent: 1.2,
  last: 0.15,
  seen: 0.5,
  gap: -0.15,
  ability: 2,
  form: 0.8,
};
const NO_SKILL = { easiness: 0, baseRate: 0.66, successes: 0, failures: 0, recent: 0 };

function params(skills: LearnerModelParams['skills'] = {}): LearnerModelParams {
  return {
    version: 1,
    settings: DEFAULT_FEATURE_SETTINGS,
    weights: TRUE_WEIGHTS,
    prior: NO_SKILL,
    skills,
    combos: {},
  };
}

describe('fitLearnerModel', () => {
  it('recovers the shared weights from data simulated from the model', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((s) => [asSkillId(s)]);
    const logs = simulateLearnerLogs(params(), {
      learners: 1500,
      itemsPerLearner: 80,
      items,
      random: seededRandom(7).next,
    });
    const fit = fitLearnerModel(logs, { scoring: 'leak-free', perSkill: false, l2: 1e-3 });
    assert.ok(fit.converged);
    for (const [name, truth] of Object.entries(TRUE_WEIGHTS)) {
      const got = fit.params.weights[name as keyof GlobalWeights];
      // NOTE: recent, form and ability correlate with the counts, so even 120,000 responses pin them down less tightly.
      const tolerance = name === 'ability' ? 0.4 : name === 'form' || name === 'recent' ? 0.3 : 0.1;
      assert.ok(Math.abs(got - truth) < tolerance, `${name}: fitted ${got.toFixed(3)}, true ${truth}`);
    }
  });

  it('recovers per-skill easiness (relative to the other skills)', () => {
    const easiness: Record<string, number> = { a: -1.2, b: -0.4, c: 0.4, d: 1.2 };
    const skills = Object.fromEntries(
      Object.entries(easiness).map(([s, e]) => [s, { ...NO_SKILL, easiness: e }]),
    );
    const logs = simulateLearnerLogs(params(skills), {
      learners: 500,
      itemsPerLearner: 60,
      items: Object.keys(easiness).map((s) => [asSkillId(s)]),
      random: seededRandom(11).next,
    });
    const fitted = fitLearnerModel(logs, { scoring: 'leak-free', l2: 1e-2 }).params.skills;
    const shift = (fitted.a!.easiness + fitted.d!.easiness) / 2;
    for (const [s, truth] of Object.entries(easiness)) {
      const got = fitted[s]!.easiness - shift;
      assert.ok(Math.abs(got - truth) < 0.25, `${s}: fitted ${got.toFixed(3)}, true ${truth}`);
    }
    assert.ok(fitted.a!.easiness < fitted.b!.easiness && fitted.b!.easiness < fitted.c!.easiness);
  });
});
