import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asSkillId } from '../skills-graph/skill.ts';
import { DEFAULT_LEARNER_MODEL_PARAMS as params } from './default-params.ts';
import type { LearnerLog } from './response-log.ts';
import { learnerModelPredictor, scoreSequentially } from './sequential-model.ts';

function log(labels: readonly boolean[]): LearnerLog {
  const skills = ['a', 'b', 'a', 'c', 'd', 'a'];
  const problems = [0, 0, 1, 2, 2, 3];
  return {
    learner: 'l',
    rows: skills.map((skill, i) => ({ skill: asSkillId(skill), correct: labels[i]!, problem: problems[i]! })),
  };
}

describe('learnerModelPredictor', () => {
  it('leak-free: the outcome of a problem never changes the predictions for that problem', () => {
    const base = [true, true, false, true, true, false];
    const flipped = [true, true, false, false, false, false];
    const p1 = scoreSequentially([log(base)], 'leak-free', learnerModelPredictor(params)).predictions;
    const p2 = scoreSequentially([log(flipped)], 'leak-free', learnerModelPredictor(params)).predictions;
    assert.deepEqual([...p1.slice(0, 5)], [...p2.slice(0, 5)]);
    assert.notEqual(p1[5], p2[5]);
    assert.equal(p1[3], p1[4]);
  });

  it('as-is: the second row of a problem sees the first', () => {
    const right = scoreSequentially(
      [log([true, true, true, true, true, true])],
      'as-is',
      learnerModelPredictor(params),
    );
    const wrong = scoreSequentially(
      [log([false, true, true, true, true, true])],
      'as-is',
      learnerModelPredictor(params),
    );
    assert.notEqual(right.predictions[1], wrong.predictions[1]);
  });
});
