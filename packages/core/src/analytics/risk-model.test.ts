import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { calibrationBins, fitPlattScaling } from './calibration.ts';
import { fitLogisticRegression, logistic, logisticLogit } from './logistic-regression.ts';
import type { RiskInputs } from './risk-features.ts';
import { DEFAULT_RISK_MODEL, type RiskExample, scoreRisk, trainRiskModel } from './risk-model.ts';
import { riskReasons, suggestedAction } from './risk-reasons.ts';

const steady: RiskInputs = {
  daysInactive: 1,
  activeDays14: 9,
  attempts7: 30,
  attemptsPrev7: 28,
  attempts14: 58,
  correct14: 45,
  seconds14: 7200,
  fallingSkills: 0,
  masteredSkills: 6,
  weeksActive: 4,
  medianMasteryRate: 1.2,
};
const drifting: RiskInputs = {
  ...steady,
  daysInactive: 9,
  activeDays14: 2,
  attempts7: 0,
  attemptsPrev7: 12,
  attempts14: 12,
  correct14: 5,
  seconds14: 900,
  fallingSkills: 2,
  masteredSkills: 2,
};

function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 2 ** 32;
    return s / 2 ** 32;
  };
}

describe('logistic regression', () => {
  it('recovers the sign and rough size of a known effect', () => {
    const r = rng(1);
    const rows: number[][] = [];
    const labels: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const x = r() * 4 - 2;
      rows.push([x, r()]);
      labels.push(r() < logistic(1.5 * x - 0.5) ? 1 : 0);
    }
    const m = fitLogisticRegression(rows, labels, { l2: 0.01 });
    const slope = m.weights[0]! / m.scales[0]!;
    assert.ok(slope > 1.2 && slope < 1.8, `slope ${slope}`);
    assert.ok(Math.abs(m.weights[1]!) < 0.2);
    assert.ok(Math.abs(logisticLogit(m, [0, 0.5]) - -0.5) < 0.25);
  });
  it('Platt scaling shrinks over-confident logits and bins report observed rates', () => {
    const r = rng(2);
    const logits: number[] = [];
    const labels: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const z = r() * 8 - 4;
      logits.push(z);
      labels.push(r() < logistic(z / 2) ? 1 : 0);
    }
    const { a } = fitPlattScaling(logits, labels);
    assert.ok(a > 0.35 && a < 0.65, `a ${a}`);
    const bins = calibrationBins([0.1, 0.15, 0.9, 0.95], [0, 1, 1, 1]);
    assert.deepEqual(
      bins.map((b) => [b.count, b.observed]),
      [
        [2, 0.5],
        [2, 1],
      ],
    );
  });
});

describe('risk model', () => {
  it('flags a drifting learner with reasons in words, and not a steady one', () => {
    const high = scoreRisk(DEFAULT_RISK_MODEL, drifting);
    const low = scoreRisk(DEFAULT_RISK_MODEL, steady);
    assert.ok(high.probability >= DEFAULT_RISK_MODEL.threshold, String(high.probability));
    assert.ok(low.probability < 0.2, String(low.probability));
    const reasons = riskReasons(drifting, high.contributions).map((r) => r.text.en);
    assert.equal(reasons[0], 'no activity for 9 days');
    assert.ok(reasons.includes('mastery falling in 2 skills'), reasons.join('; '));
    assert.equal(riskReasons(steady, low.contributions).length, 0);
    assert.match(suggestedAction(riskReasons(drifting, high.contributions)).es, /mensaje/);
  });
  it('trains on learners and reports held-out AUC above the inactivity baseline when pacing matters', () => {
    const r = rng(3);
    const examples: RiskExample[] = [];
    for (let i = 0; i < 600; i++) {
      const inactive = Math.floor(r() * 10);
      const mastered = Math.floor(r() * 8);
      const z = 0.4 * inactive - 0.8 * mastered + 1;
      examples.push({
        learnerId: `l${i}`,
        inputs: { ...steady, daysInactive: inactive, masteredSkills: mastered },
        label: r() < logistic(z) ? 1 : 0,
      });
    }
    const trained = trainRiskModel(examples);
    assert.ok(trained);
    assert.equal(trained.model.source, 'trained');
    assert.ok(trained.metrics.auc > trained.metrics.baselineAuc, JSON.stringify(trained.metrics));
    assert.ok(trained.metrics.auc > 0.75);
    assert.ok(trained.metrics.testLearners > 80 && trained.metrics.testLearners < 160);
    assert.ok(trained.metrics.brier < 0.25);
    assert.equal(trainRiskModel(examples.slice(0, 20)), null);
  });
});
