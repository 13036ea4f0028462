import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_LEARNER_MODEL_PARAMS } from './default-params.ts';
import { parseLearnerModelParams } from './parse-learner-model-params.ts';

describe('parseLearnerModelParams', () => {
  it('accepts the shipped defaults after a JSON round trip', () => {
    const json = JSON.parse(JSON.stringify(DEFAULT_LEARNER_MODEL_PARAMS));
    assert.deepEqual(parseLearnerModelParams(json), DEFAULT_LEARNER_MODEL_PARAMS);
  });

  it('lists every problem with its path', () => {
    const broken = {
      ...DEFAULT_LEARNER_MODEL_PARAMS,
      weights: { ...DEFAULT_LEARNER_MODEL_PARAMS.weights, last: undefined },
      settings: { ...DEFAULT_LEARNER_MODEL_PARAMS.settings, skillDecay: 1.5 },
      skills: { slope: { easiness: 'hard' } },
    };
    assert.throws(
      () => parseLearnerModelParams(broken),
      (e: Error) =>
        e.message.includes('weights.last: expected a finite number') &&
        e.message.includes('settings.skillDecay: expected a value in [0, 1]') &&
        e.message.includes('skills.slope.easiness: expected a finite number') &&
        e.message.includes('skills.slope.baseRate: expected a finite number'),
    );
  });
});
