import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seededRandom } from '../content/seeded-random.ts';
import { asSkillId } from '../skills-graph/skill.ts';
import { type BktSkillParams, bktPredict, bktUpdate } from './bkt.ts';
import { fitBkt } from './fit-bkt.ts';
import type { LearnerLog, ResponseRow } from './response-log.ts';

const P: BktSkillParams = { init: 0.3, learn: 0.2, guess: 0.2, slip: 0.1 };

describe('BKT', () => {
  it('updates P(known) by Bayes then learning (checked by hand)', () => {
    // correct: posterior = 0.3·0.9 / (0.3·0.9 + 0.7·0.2) = 0.27 / 0.41; then + (1 − posterior)·0.2
    const post = 0.27 / 0.41;
    assert.ok(Math.abs(bktUpdate(0.3, true, P) - (post + (1 - post) * 0.2)) < 1e-12);
    assert.ok(Math.abs(bktPredict(0.3, P) - (0.3 * 0.9 + 0.7 * 0.2)) < 1e-12);
    assert.ok(bktUpdate(0.3, false, P) < bktUpdate(0.3, true, P));
  });

  it('recovers its parameters by EM from data simulated from BKT', () => {
    const random = seededRandom(3).next;
    const logs: LearnerLog[] = [];
    for (let l = 0; l < 1500; l++) {
      let known = random() < P.init;
      const rows: ResponseRow[] = [];
      for (let t = 0; t < 12; t++) {
        const correct = known ? random() >= P.slip : random() < P.guess;
        rows.push({ skill: asSkillId('k'), correct, problem: t });
        if (!known && random() < P.learn) known = true;
      }
      logs.push({ learner: `l${l}`, rows });
    }
    const fitted = fitBkt(logs, { iterations: 200 }).skills.k!;
    for (const key of ['init', 'learn', 'guess', 'slip'] as const) {
      assert.ok(
        Math.abs(fitted[key] - P[key]) < 0.05,
        `${key}: fitted ${fitted[key].toFixed(3)}, true ${P[key]}`,
      );
    }
  });
});
