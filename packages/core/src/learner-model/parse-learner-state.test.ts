import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asSkillId } from '../skills-graph/skill.ts';
import { DEFAULT_LEARNER_MODEL_PARAMS as params } from './default-params.ts';
import { parseLearnerState, parseSkillState } from './parse-learner-state.ts';
import { newLearnerModelState, recordResponse } from './update-mastery.ts';

describe('parseSkillState / parseLearnerState', () => {
  it('reads back what the model wrote, through JSON', () => {
    const x = asSkillId('x');
    const state = recordResponse(newLearnerModelState(params), { skills: [x], correct: true }, params);
    assert.deepEqual(parseSkillState(JSON.parse(JSON.stringify(state.skills[x]))), state.skills[x]);
    assert.deepEqual(parseLearnerState(JSON.parse(JSON.stringify(state.learner))), state.learner);
  });

  it('drops unknown fields and names the bad ones', () => {
    assert.deepEqual(parseLearnerState({ responses: 2, residual: 0.1, form: 0.7, extra: 1 }), {
      responses: 2,
      residual: 0.1,
      form: 0.7,
    });
    assert.throws(
      () => parseSkillState({ attempts: 1, successes: 'one' }),
      /successes must be a finite number/,
    );
    assert.throws(
      () => parseSkillState({ attempts: 1, successes: 2, recent: 0.5, lastSeen: 0, streak: 0 }),
      /inconsistent/,
    );
  });
});
