import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asSkillId } from '../skills-graph/skill.ts';
import { DEFAULT_LEARNER_MODEL_PARAMS as params } from './default-params.ts';
import type { LearnerModelState } from './learner-state.ts';
import { initialSkillState } from './learner-state.ts';
import { masteryEstimate } from './mastery-rule.ts';
import { predictCorrect } from './predict-correct.ts';
import { newLearnerModelState, recordResponse, updateMastery } from './update-mastery.ts';

const X = asSkillId('x');

function answer(state: LearnerModelState, skill: string, correct: boolean): LearnerModelState {
  return recordResponse(state, { skills: [asSkillId(skill)], correct }, params);
}

/** A learner with some mixed history on other skills and on 'x'. */
function someHistory(): LearnerModelState {
  let s = newLearnerModelState(params);
  const pattern = [true, false, true, true, false, true, false, false, true, true];
  pattern.forEach((c, i) => {
    s = answer(s, i % 3 === 0 ? 'x' : `other-${i % 4}`, c);
  });
  return s;
}

describe('updateMastery', () => {
  it('counts the answer and moves the recent average towards the outcome', () => {
    const before = initialSkillState(params.settings);
    const right = updateMastery(before, { correct: true, responseIndex: 4 }, params);
    const wrong = updateMastery(before, { correct: false, responseIndex: 4 }, params);
    assert.deepEqual(
      [right.attempts, right.successes, right.lastSeen, right.streak, wrong.successes, wrong.streak],
      [1, 1, 4, 1, 0, 0],
    );
    assert.ok(right.recent > before.recent && wrong.recent < before.recent);
  });

  it('does not change its input and round-trips through JSON', () => {
    const before = someHistory();
    const copy = JSON.parse(JSON.stringify(before)) as LearnerModelState;
    const after = answer(before, 'x', true);
    assert.deepEqual(before, copy);
    assert.deepEqual(JSON.parse(JSON.stringify(after)), after);
  });

  it('gives a higher estimate after a right answer than after a wrong one, from any state', () => {
    let state = newLearnerModelState(params);
    for (let i = 0; i < 30; i++) {
      const right = masteryEstimate(answer(state, 'x', true), X, params);
      const wrong = masteryEstimate(answer(state, 'x', false), X, params);
      assert.ok(right > wrong, `step ${i}: ${right} ≤ ${wrong}`);
      state = answer(state, 'x', i % 3 !== 1);
    }
  });

  it('never lowers the estimate on a run of right answers', () => {
    let state = someHistory();
    let last = masteryEstimate(state, X, params);
    for (let i = 0; i < 25; i++) {
      state = answer(state, 'x', true);
      const now = masteryEstimate(state, X, params);
      assert.ok(now >= last, `answer ${i}: ${now} < ${last}`);
      last = now;
    }
    assert.ok(last > 0.9);
  });

  it('never raises the estimate on a run of wrong answers once the skill has been practised', () => {
    // NOTE: the very first answer on a skill removes the "new skill" effect (weight `seen`), so it may raise it.
    let state = answer(someHistory(), 'x', false);
    let last = masteryEstimate(state, X, params);
    for (let i = 0; i < 25; i++) {
      state = answer(state, 'x', false);
      const now = masteryEstimate(state, X, params);
      assert.ok(now <= last, `answer ${i}: ${now} > ${last}`);
      last = now;
    }
    assert.ok(last < 0.35);
  });

  it('treats practice on one skill as evidence about the learner, not about another skill', () => {
    const start = newLearnerModelState(params);
    let strong = start;
    for (let i = 0; i < 20; i++) strong = answer(strong, `s${i % 4}`, true);
    assert.equal(strong.skills.y, undefined);
    assert.ok(
      predictCorrect(strong, [asSkillId('y')], params) > predictCorrect(start, [asSkillId('y')], params),
    );
  });
});
