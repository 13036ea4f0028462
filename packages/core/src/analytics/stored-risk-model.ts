import { fieldPath, parseStoredJson, type StoredJsonReader } from '../stored-json/parse-stored-json.ts';
import type { CalibrationBin } from './calibration.ts';
import { RISK_FEATURES } from './risk-features.ts';
import type { RiskModel, RiskModelMetrics } from './risk-model.ts';

/** The metrics measured only since later versions: a model trained before them was stored without them. */
type LaterMetrics = 'ece' | 'flaggedShare' | 'precision';

/**
 * A trained model's metrics as the `risk_models.metrics` column holds them: those of {@link RiskModelMetrics},
 * the later ones absent from older models, and how many examples the model was trained on (when it was noted).
 */
export type StoredRiskModelMetrics = Omit<RiskModelMetrics, LaterMetrics> &
  Partial<Pick<RiskModelMetrics, LaterMetrics>> & { readonly examples?: number };

function numbers(r: StoredJsonReader, v: unknown, path: string, length: number): number[] {
  const values = r.array(v, path, (e, at) => r.number(e, at));
  if (Array.isArray(v) && values.length !== length)
    r.problem(path, `must hold ${length} numbers, one per feature`);
  return values;
}

/**
 * Reads a stored early-warning model (the `risk_models.model` JSONB column) back: its features must be the
 * model's features in their order (the weights are applied to {@link RISK_FEATURES} by position), with one
 * weight, mean and scale each, a Platt calibration and a threshold in [0, 1]. Throws a `StoredJsonError` naming
 * the column and each bad part.
 *
 * @example
 * scoreRisk(parseRiskModel(row.model), inputs).probability;
 */
export function parseRiskModel(json: unknown): RiskModel {
  return parseStoredJson('risk_models.model', json, (value, r) => {
    const model = r.object(value, '');
    const known = r.problems.length;
    const features = r.array(model.features, 'features', (f, path) => r.oneOf(f, path, RISK_FEATURES));
    const inOrder =
      features.length === RISK_FEATURES.length && features.every((f, i) => f === RISK_FEATURES[i]);
    // NOTE: the weights apply to RISK_FEATURES by position; a model over other features would score wrongly.
    if (r.problems.length === known && !inOrder)
      r.problem('features', `must be ${RISK_FEATURES.join(', ')}, in this order`);
    const logistic = r.object(model.logistic, 'logistic');
    const calibration = r.object(model.calibration, 'calibration');
    const n = RISK_FEATURES.length;
    return {
      source: r.oneOf(model.source, 'source', ['default', 'trained'] as const),
      features,
      logistic: {
        intercept: r.number(logistic.intercept, 'logistic.intercept'),
        weights: numbers(r, logistic.weights, 'logistic.weights', n),
        means: numbers(r, logistic.means, 'logistic.means', n),
        scales: numbers(r, logistic.scales, 'logistic.scales', n),
      },
      calibration: {
        a: r.number(calibration.a, 'calibration.a'),
        b: r.number(calibration.b, 'calibration.b'),
      },
      threshold: r.number(model.threshold, 'threshold', { min: 0, max: 1 }),
    };
  });
}

function bin(r: StoredJsonReader, v: unknown, path: string): CalibrationBin {
  const b = r.object(v, path);
  const share = (key: string) => r.number(b[key], fieldPath(path, key), { min: 0, max: 1 });
  return {
    from: share('from'),
    to: share('to'),
    count: r.number(b.count, fieldPath(path, 'count'), { min: 0 }),
    meanPredicted: share('meanPredicted'),
    observed: share('observed'),
  };
}

/**
 * Reads a trained model's stored metrics (the `risk_models.metrics` JSONB column) back: every metric measured
 * from the first version on must be there; `ece`, `flaggedShare`, `precision` and `examples` may be absent
 * (older models). Throws a `StoredJsonError` naming the column and each bad part.
 *
 * @example
 * parseRiskModelMetrics(row.metrics).ece ?? null; // null for a model trained before ECE was measured
 */
export function parseRiskModelMetrics(json: unknown): StoredRiskModelMetrics {
  return parseStoredJson('risk_models.metrics', json, (value, r) => {
    const m = r.object(value, '');
    const count = (key: string) => r.number(m[key], key, { min: 0 });
    const share = (key: string) => r.number(m[key], key, { min: 0, max: 1 });
    return {
      trainRows: count('trainRows'),
      testRows: count('testRows'),
      testLearners: count('testLearners'),
      positiveRate: share('positiveRate'),
      auc: share('auc'),
      baselineAuc: share('baselineAuc'),
      brier: share('brier'),
      calibration: r.array(m.calibration, 'calibration', (b, path) => bin(r, b, path)),
      ...(m.ece === undefined ? {} : { ece: share('ece') }),
      ...(m.flaggedShare === undefined ? {} : { flaggedShare: share('flaggedShare') }),
      ...(m.precision === undefined ? {} : { precision: m.precision === null ? null : share('precision') }),
      ...(m.examples === undefined ? {} : { examples: count('examples') }),
    };
  });
}
