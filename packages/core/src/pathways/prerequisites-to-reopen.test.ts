import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoContent } from '../content/index.ts';
import { DEFAULT_LEARNER_MODEL_PARAMS as MODEL_PARAMS } from '../learner-model/default-params.ts';
import type { LearnerModelState } from '../learner-model/learner-state.ts';
import { newLearnerModelState, recordResponse } from '../learner-model/update-mastery.ts';
import { getSkillGraph } from '../skills-graph/build-skill-graph.ts';
import { asSkillId } from '../skills-graph/skill.ts';
import { prerequisitesToReopen } from './prerequisites-to-reopen.ts';

const graph = getSkillGraph(demoContent.skills);
const twoStep = asSkillId('alg.two-step-equations');
const mastered = new Set([asSkillId('alg.one-step-add'), asSkillId('alg.one-step-multiply')]);

function after(answers: boolean[]): LearnerModelState {
  return answers.reduce(
    (s, correct) => recordResponse(s, { skills: [twoStep], correct }, MODEL_PARAMS),
    newLearnerModelState(MODEL_PARAMS),
  );
}

test('every eighth failure on a skill going badly sends its mastered prerequisites back to practice', () => {
  assert.deepEqual(prerequisitesToReopen(graph, after(Array(7).fill(false)), twoStep, mastered), []);
  assert.deepEqual(
    prerequisitesToReopen(graph, after(Array(8).fill(false)), twoStep, mastered).sort(),
    [...mastered].sort(),
  );
  assert.deepEqual(
    prerequisitesToReopen(
      graph,
      after([false, false, false, false, false, false, true, true, true, true, true, false, false]),
      twoStep,
      mastered,
    ),
    [],
    'not while the recent answers are mostly right',
  );
});
