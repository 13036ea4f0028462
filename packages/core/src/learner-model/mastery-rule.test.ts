import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asSkillId } from '../skills-graph/skill.ts';
import { DEFAULT_LEARNER_MODEL_PARAMS as params } from './default-params.ts';
import type { LearnerModelState } from './learner-state.ts';
import {
  type ItemLevel,
  isMastered,
  levelsToServe,
  MASTERY_AVERAGE_WEIGHT,
  masteryChanges,
  masteryProgress,
  nextMasteryAverage,
} from './mastery-rule.ts';
import { newLearnerModelState, recordResponse } from './update-mastery.ts';

const X = asSkillId('x');

type Answer = readonly [correct: boolean, level: ItemLevel];

function run(answers: readonly Answer[], skill = X): LearnerModelState {
  return answers.reduce(
    (s, [correct, level]) => recordResponse(s, { skills: [skill], correct, level }, params),
    newLearnerModelState(params),
  );
}

const right = (level: ItemLevel = 2): Answer => [true, level];
const wrong = (level: ItemLevel = 2): Answer => [false, level];
/** How many more right answers on `level` items make the skill mastered after `history`; null if 40 do not. */
function rightAnswersToMastery(history: readonly Answer[], level: ItemLevel = 2): number | null {
  for (let n = 0; n <= 40; n++) {
    if (isMastered(run([...history, ...Array<Answer>(n).fill(right(level))]), X, params)) return n;
  }
  return null;
}

describe('isMastered', () => {
  it('needs evidence on the skill itself, however strong the learner', () => {
    let strong = newLearnerModelState(params);
    for (let i = 0; i < 40; i++)
      strong = recordResponse(strong, { skills: [asSkillId(`s${i % 5}`)], correct: true }, params);
    assert.equal(isMastered(strong, X, params), false);
  });

  it('masters a new skill after five right answers in a row on standard items, not four', () => {
    assert.equal(rightAnswersToMastery([]), 5);
    assert.equal(rightAnswersToMastery([], 3), 5);
  });

  it('needs three right answers after a single slip on a skill going well', () => {
    assert.equal(rightAnswersToMastery([...Array<Answer>(6).fill(right()), wrong()]), 3);
  });

  it('reaches mastery in at most five right answers after any history of errors', () => {
    const histories: Answer[][] = [
      [wrong()],
      [wrong(), wrong(), wrong()],
      Array<Answer>(8).fill(wrong()),
      [right(), right(), right(), right(), wrong()],
      [wrong(1), right(), wrong(3), right(), right(), wrong(), wrong(1)],
    ];
    for (const history of histories) {
      const n = rightAnswersToMastery(history);
      assert.ok(n !== null && n >= 1 && n <= 5, `${history.length} answers of history: ${n}`);
    }
  });

  it('never masters on right answers to easy items alone, and an easy item still counts when wrong', () => {
    assert.equal(rightAnswersToMastery([], 1), null);
    const five = run(Array<Answer>(5).fill(right()));
    assert.equal(isMastered(five, X, params), true);
    assert.equal(isMastered(run([...Array<Answer>(5).fill(right()), wrong(1)]), X, params), false);
  });

  it('reads states stored before the mastery average existed as no evidence', () => {
    const old = run(Array<Answer>(6).fill(right()));
    const { masteryAverage: _dropped, ...stored } = old.skills[X]!;
    assert.equal(isMastered({ ...old, skills: { [X]: stored } }, X, params), false);
  });

  it('does not master a skill answered right and wrong alternately', () => {
    const alternating = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? right() : wrong()));
    assert.equal(isMastered(run(alternating), X, params), false);
    assert.equal(isMastered(run([...alternating, right()]), X, params), false);
  });

  it('respects a stricter threshold', () => {
    const five = run(Array<Answer>(5).fill(right()));
    assert.equal(isMastered(five, X, params, { threshold: 0.9 }), false);
    assert.equal(isMastered(run(Array<Answer>(6).fill(right())), X, params, { threshold: 0.9 }), true);
  });
});

describe('nextMasteryAverage and levelsToServe', () => {
  it('ignores a right answer on an easy item and moves by the weight otherwise', () => {
    assert.equal(nextMasteryAverage(0.5, true, 1), 0.5);
    assert.ok(Math.abs(nextMasteryAverage(0.5, true, 2) - (0.5 + 0.5 * MASTERY_AVERAGE_WEIGHT)) < 1e-12);
    assert.ok(Math.abs(nextMasteryAverage(0.5, false, 1) - 0.5 * (1 - MASTERY_AVERAGE_WEIGHT)) < 1e-12);
  });

  it('serves at least a standard item after a right answer', () => {
    assert.deepEqual(levelsToServe(undefined), [1, 2, 3]);
    assert.deepEqual(levelsToServe(run([right(1)]).skills[X]), [2, 3]);
    assert.deepEqual(levelsToServe(run([right(), wrong()]).skills[X]), [1, 2, 3]);
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

describe('masteryProgress', () => {
  it('counts the right answers still needed, and moves after every counted answer', () => {
    const fresh = masteryProgress(undefined);
    assert.deepEqual([fresh.rightToGo, fresh.share, fresh.threshold], [5, 0, 0.85]);
    const seen: number[] = [];
    let share = 0;
    for (let i = 1; i <= 5; i++) {
      const state = run(Array<Answer>(i).fill(right()));
      const p = masteryProgress(state.skills[X]);
      seen.push(p.rightToGo);
      assert.equal(p.rightToGo === 0, isMastered(state, X, params), `after ${i} right`);
      assert.ok(p.share > share, `the bar moves after right answer ${i}`);
      share = p.share;
    }
    assert.deepEqual(seen, [4, 3, 2, 1, 0]);
    const slipped = masteryProgress(run([...Array<Answer>(5).fill(right()), wrong()]).skills[X]);
    assert.ok(slipped.rightToGo > 0 && slipped.share < 1, 'a wrong answer sets progress back');
    assert.equal(
      masteryProgress(run([right(1)]).skills[X]).rightToGo,
      5,
      'an easy right answer does not count',
    );
  });
});
