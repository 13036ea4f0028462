import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asSkillId } from '../skills-graph/skill.ts';
import { DEFAULT_LEARNER_MODEL_PARAMS as params } from './default-params.ts';
import type { LearnerModelState } from './learner-state.ts';
import { DEFAULT_MASTERY_RULE, isMastered, masteryChanges, masteryEstimate } from './mastery-rule.ts';
import { newLearnerModelState, recordResponse } from './update-mastery.ts';

const X = asSkillId('x');

function run(outcomes: readonly boolean[], skill = X): LearnerModelState {
  return outcomes.reduce(
    (s, correct) => recordResponse(s, { skills: [skill], correct }, params),
    newLearnerModelState(params),
  );
}

describe('isMastered', () => {
  it('needs evidence on the skill itself, however strong the learner', () => {
    let strong = newLearnerModelState(params);
    for (let i = 0; i < 40; i++)
      strong = recordResponse(strong, { skills: [asSkillId(`s${i % 5}`)], correct: true }, params);
    assert.equal(isMastered(strong, X, params), false);
  });

  it('masters a new skill after a short run of right answers for an average learner', () => {
    const firstMastered = [1, 2, 3, 4, 5, 6, 7, 8].find((n) =>
      isMastered(run(Array(n).fill(true)), X, params),
    );
    assert.ok(
      firstMastered !== undefined && firstMastered >= DEFAULT_MASTERY_RULE.minAttempts && firstMastered <= 5,
    );
  });

  it('withdraws mastery after a wrong answer and requires the threshold', () => {
    const mastered = run(Array(6).fill(true));
    assert.equal(isMastered(mastered, X, params), true);
    const slipped = recordResponse(mastered, { skills: [X], correct: false }, params);
    assert.equal(isMastered(slipped, X, params), false);
    const strict = { ...DEFAULT_MASTERY_RULE, threshold: masteryEstimate(mastered, X, params) + 0.01 };
    assert.equal(isMastered(mastered, X, params, strict), false);
  });

  it('does not master a skill answered right and wrong alternately', () => {
    assert.equal(isMastered(run([true, false, true, false, true, false, true]), X, params), false);
  });
});

describe('masteryChanges', () => {
  it('reports the answer that crosses into mastery, per distinct skill of the item', () => {
    let state = newLearnerModelState(params);
    const crossings: number[] = [];
    for (let i = 0; i < 8; i++) {
      const next = recordResponse(state, { skills: [X, X], correct: true }, params);
      const [change, ...rest] = masteryChanges(state, next, [X, X], params);
      assert.equal(rest.length, 0);
      assert.ok(change!.estimateAfter >= change!.estimateBefore);
      if (!change!.masteredBefore && change!.masteredAfter) crossings.push(i);
      state = next;
    }
    assert.equal(crossings.length, 1);
  });
});
