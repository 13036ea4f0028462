import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asSkillId } from '../skills-graph/skill.ts';
import { DEFAULT_LEARNER_MODEL_PARAMS } from './default-params.ts';
import { explain } from './explain.ts';
import type { LearnerModelParams } from './learner-model-params.ts';
import { predictCorrect } from './predict-correct.ts';
import { newLearnerModelState, recordResponse } from './update-mastery.ts';

const params: LearnerModelParams = {
  ...DEFAULT_LEARNER_MODEL_PARAMS,
  skills: { slope: { easiness: -0.8, baseRate: 0.5, successes: 0.1, failures: -0.05, recent: 0.2 } },
  combos: { 'lines+slope': -0.3 },
};

function history() {
  let s = newLearnerModelState(params);
  for (const [skill, correct] of [
    ['slope', true],
    ['lines', false],
    ['slope', true],
    ['lines', true],
    ['slope', false],
  ] as const) {
    s = recordResponse(s, { skills: [asSkillId(skill)], correct }, params);
  }
  return s;
}

const SLOPE = asSkillId('slope');
const TAGS = [SLOPE, asSkillId('lines')];

describe('explain', () => {
  it('gives contributions that add up to the prediction', () => {
    const state = history();
    const why = explain(state, TAGS, params);
    const sum = why.contributions.reduce((z, c) => z + c.contribution, 0);
    assert.ok(Math.abs(sum - why.logit) < 1e-12);
    assert.ok(Math.abs(why.probability - predictCorrect(state, TAGS, params)) < 1e-12);
  });

  it('lists the largest effects first, with the skill-specific weights and the tag combination', () => {
    const why = explain(history(), TAGS, params);
    const sizes = why.contributions.map((c) => Math.abs(c.contribution));
    assert.deepEqual(
      sizes,
      [...sizes].sort((a, b) => b - a),
    );
    const easiness = why.contributions.find((c) => c.feature === 'easiness' && c.skill === 'slope');
    assert.equal(easiness?.contribution, -0.8);
    assert.equal(why.contributions.find((c) => c.feature === 'combo')?.contribution, -0.3);
  });

  it('states each effect in probability points, signed like the contribution', () => {
    const why = explain(history(), TAGS, params);
    for (const c of why.contributions) {
      assert.equal(Math.sign(c.effect), Math.sign(c.contribution));
      assert.ok(Math.abs(c.effect) < 1);
    }
    const combo = why.contributions.find((c) => c.feature === 'combo')!;
    const withoutCombo = 1 / (1 + Math.exp(-(why.logit + 0.3)));
    assert.ok(Math.abs(combo.effect - (why.probability - withoutCombo)) < 1e-12);
  });

  it('reports the evidence per skill in counts', () => {
    const why = explain(history(), [SLOPE], params);
    assert.deepEqual(why.evidence, [
      {
        skill: 'slope',
        attempts: 3,
        successes: 2,
        failures: 1,
        recentRate: why.evidence[0]!.recentRate,
        itemsSinceLastPractice: 0,
      },
    ]);
    assert.equal(why.learner.responses, 5);
  });
});
