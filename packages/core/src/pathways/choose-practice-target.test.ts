import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_LEARNER_MODEL_PARAMS as params } from '../learner-model/default-params.ts';
import { newLearnerModelState, recordResponse } from '../learner-model/update-mastery.ts';
import { asSkillId } from '../skills-graph/skill.ts';
import { choosePracticeTarget, predictAt, TARGET_BAND } from './choose-practice-target.ts';
import { MASTERY_THRESHOLD } from './mastery-threshold.ts';

const a = asSkillId('a');
const b = asSkillId('b');

test('the practice band ends at the chance at which a skill counts as known', () => {
  assert.equal(TARGET_BAND.high, MASTERY_THRESHOLD);
  assert.ok(TARGET_BAND.low < TARGET_BAND.high);
});

test('an easier level predicts more success than a harder one', () => {
  const state = newLearnerModelState(params);
  assert.ok(predictAt(state, a, 1, params) > predictAt(state, a, 2, params));
  assert.ok(predictAt(state, a, 2, params) > predictAt(state, a, 3, params));
});

test('the target is the level nearest the band, and a skill in progress is preferred to a fresh one', () => {
  assert.equal(choosePracticeTarget(newLearnerModelState(params), [], params), null);
  const fresh = choosePracticeTarget(newLearnerModelState(params), [a, b], params);
  assert.ok(fresh);
  const distance = (p: number) => Math.max(0, TARGET_BAND.low - p, p - TARGET_BAND.high);
  for (const level of [1, 2, 3] as const) {
    const p = predictAt(newLearnerModelState(params), fresh.skillId, level, params);
    assert.ok(distance(fresh.predicted) <= distance(p) + 1e-9, `level ${level} is nearer the band`);
  }
  const started = recordResponse(newLearnerModelState(params), { skills: [b], correct: true }, params);
  assert.equal(choosePracticeTarget(started, [a, b], params)?.skillId, b);
});
