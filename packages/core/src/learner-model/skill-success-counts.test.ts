import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asSkillId } from '../skills-graph/skill.ts';
import type { LearnerLog } from './response-log.ts';
import { skillMeanPredictor } from './skill-mean-baseline.ts';
import { skillSuccessCounts } from './skill-success-counts.ts';

const a = asSkillId('a');
const b = asSkillId('b');
const logs: LearnerLog[] = [
  {
    learner: 'l0',
    rows: [
      { skill: a, correct: true, problem: 0 },
      { skill: a, correct: false, problem: 1 },
      { skill: b, correct: true, problem: 2 },
    ],
  },
  { learner: 'l1', rows: [{ skill: a, correct: true, problem: 0 }] },
];

describe('skill success counts', () => {
  it('counts right and all rows per skill across learners, and the overall rate', () => {
    const { counts, overall } = skillSuccessCounts(logs);
    assert.deepEqual(
      [...counts],
      [
        [a, [2, 3]],
        [b, [1, 1]],
      ],
    );
    assert.equal(overall, 3 / 4);
  });

  it('is 0.5 overall with no rows', () => {
    assert.equal(skillSuccessCounts([]).overall, 0.5);
  });

  it('the skill-mean baseline predicts each skill by its rate, and an unseen skill by the overall rate', () => {
    const model = skillMeanPredictor(logs);
    const predictions = model.predict(model.start(), { skills: [a, b, asSkillId('c')], correct: [] });
    assert.deepEqual(predictions, [2 / 3, 1, 3 / 4]);
  });
});
