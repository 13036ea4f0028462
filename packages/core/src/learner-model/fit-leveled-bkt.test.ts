import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  fitLeveledBkt,
  type LeveledAnswer,
  type LeveledBktParams,
  leveledBktUpdate,
} from './fit-leveled-bkt.ts';
import type { ItemLevel } from './mastery-rule.ts';

const TRUTH: LeveledBktParams = { init: 0.3, learn: 0.2, guess: [0.3, 0.15, 0.06], slip: [0.04, 0.08, 0.16] };

/** A small deterministic generator (a linear congruential one) so the test data is the same on every run. */
function lcg(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

function draw(learners: number, length: number, p: LeveledBktParams, seed: number): LeveledAnswer[][] {
  const random = lcg(seed);
  return Array.from({ length: learners }, () => {
    let known = random() < p.init;
    return Array.from({ length }, () => {
      const level = (1 + Math.floor(random() * 3)) as ItemLevel;
      const i = level - 1;
      const correct = random() < (known ? 1 - p.slip[i]! : p.guess[i]!);
      if (!known && random() < p.learn) known = true;
      return { correct, level };
    });
  });
}

describe('fitLeveledBkt', () => {
  it('recovers guess and slip per level from answers drawn with them', () => {
    const fit = fitLeveledBkt(draw(3000, 12, TRUTH, 7));
    for (const i of [0, 1, 2]) {
      assert.ok(Math.abs(fit.guess[i]! - TRUTH.guess[i]!) < 0.05, `guess ${i}: ${fit.guess[i]}`);
      assert.ok(Math.abs(fit.slip[i]! - TRUTH.slip[i]!) < 0.04, `slip ${i}: ${fit.slip[i]}`);
    }
    assert.ok(Math.abs(fit.learn - TRUTH.learn) < 0.05 && Math.abs(fit.init - TRUTH.init) < 0.05);
  });

  it('trusts a right answer on a hard item more than one on an easy item', () => {
    const easy = leveledBktUpdate(0.3, { correct: true, level: 1 }, TRUTH);
    const hard = leveledBktUpdate(0.3, { correct: true, level: 3 }, TRUTH);
    assert.ok(hard > easy + 0.1, `${hard} vs ${easy}`);
    assert.ok(leveledBktUpdate(0.9, { correct: false, level: 2 }, TRUTH) < 0.9);
  });
});
