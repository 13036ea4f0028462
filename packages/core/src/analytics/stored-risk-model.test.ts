import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_RISK_MODEL } from './risk-model.ts';
import { parseRiskModel, parseRiskModelMetrics, type StoredRiskModelMetrics } from './stored-risk-model.ts';

const through = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const metrics: StoredRiskModelMetrics = {
  trainRows: 120,
  testRows: 40,
  testLearners: 12,
  positiveRate: 0.3,
  auc: 0.74,
  baselineAuc: 0.66,
  brier: 0.18,
  ece: 0.04,
  calibration: [{ from: 0, to: 0.2, count: 10, meanPredicted: 0.12, observed: 0.1 }],
  flaggedShare: 0.2,
  precision: null,
  examples: 200,
};

describe('parseRiskModel', () => {
  it('reads a stored model back as it was saved', () => {
    const trained = { ...DEFAULT_RISK_MODEL, source: 'trained' as const, threshold: 0.62 };
    assert.deepEqual(parseRiskModel(through(trained)), trained);
  });
  it('throws naming the column and each bad part', () => {
    const logistic = { ...DEFAULT_RISK_MODEL.logistic, weights: [1, 2] };
    assert.throws(() => parseRiskModel({ ...DEFAULT_RISK_MODEL, source: 'guess', logistic, threshold: 2 }), {
      message:
        'risk_models.model: source must be one of default, trained; ' +
        'logistic.weights must hold 7 numbers, one per feature; threshold must be a finite number in [0, 1]',
    });
    const reordered = [...DEFAULT_RISK_MODEL.features].reverse();
    assert.throws(
      () => parseRiskModel({ ...DEFAULT_RISK_MODEL, features: reordered }),
      /^StoredJsonError: risk_models\.model: features must be daysInactive, .*, in this order$/,
    );
  });
});

describe('parseRiskModelMetrics', () => {
  it('reads stored metrics back as they were saved', () => {
    assert.deepEqual(parseRiskModelMetrics(through(metrics)), metrics);
  });
  it('leaves out the metrics an older model was stored without', () => {
    const { ece: _ece, flaggedShare: _share, precision: _precision, examples: _examples, ...older } = metrics;
    assert.deepEqual(parseRiskModelMetrics(through(older)), older);
  });
  it('throws naming the column and each bad part', () => {
    assert.throws(() => parseRiskModelMetrics({ ...metrics, auc: null, calibration: [{ from: 0 }] }), {
      message:
        'risk_models.metrics: auc must be a finite number in [0, 1]; calibration[0].to must be a finite number in [0, 1]; ' +
        'calibration[0].count must be a finite number of at least 0; ' +
        'calibration[0].meanPredicted must be a finite number in [0, 1]; calibration[0].observed must be a finite number in [0, 1]',
    });
  });
});
