import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { predictionMetrics, rocAuc } from './prediction-metrics.ts';

describe('rocAuc', () => {
  it('counts correctly ordered positive–negative pairs (3 of 4 here, checked by hand)', () => {
    // pairs (pos, neg): (0.35, 0.1) right, (0.35, 0.4) wrong, (0.8, 0.1) right, (0.8, 0.4) right
    assert.equal(rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]), 0.75);
  });

  it('gives a tied pair half a point', () => {
    // pairs: (0.5, 0.5) tie = 0.5, (0.5, 0.2) right, (0.9, 0.5) right, (0.9, 0.2) right → 3.5 / 4
    assert.equal(rocAuc([0.5, 0.5, 0.2, 0.9], [1, 0, 0, 1]), 0.875);
  });

  it('scores a constant predictor 0.5, a perfect one 1 and a reversed one 0', () => {
    assert.equal(rocAuc([0.3, 0.3, 0.3, 0.3], [1, 0, 1, 0]), 0.5);
    assert.equal(rocAuc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1]), 1);
    assert.equal(rocAuc([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1]), 0);
  });

  it('is NaN when only one class is present', () => {
    assert.ok(Number.isNaN(rocAuc([0.2, 0.7], [1, 1])));
  });
});

describe('predictionMetrics', () => {
  it('computes RMSE and log loss by their definitions', () => {
    const m = predictionMetrics([0.8, 0.4], [1, 0]);
    assert.equal(m.n, 2);
    assert.ok(Math.abs(m.rmse - Math.sqrt((0.2 ** 2 + 0.4 ** 2) / 2)) < 1e-12);
    assert.ok(Math.abs(m.logloss - -(Math.log(0.8) + Math.log(0.6)) / 2) < 1e-12);
    assert.equal(m.auc, 1);
  });

  it('clips certain wrong predictions instead of returning Infinity', () => {
    const m = predictionMetrics([0, 1], [1, 0]);
    assert.ok(Number.isFinite(m.logloss));
    assert.ok(m.logloss > 30);
  });
});
