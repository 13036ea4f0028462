import { rocAuc } from '../learner-model/prediction-metrics.ts';
import {
  brierScore,
  type CalibrationBin,
  calibrationBins,
  expectedCalibrationError,
  fitPlattScaling,
  type PlattScaling,
  thresholdForPrecision,
} from './calibration.ts';
import {
  fitLogisticRegression,
  type LogisticModel,
  logistic,
  logisticContributions,
  logisticLogit,
} from './logistic-regression.ts';
import { RISK_FEATURES, type RiskFeature, type RiskInputs, riskFeatureVector } from './risk-features.ts';

/** An early-warning model: a logistic regression, its Platt calibration, and the flag threshold. */
export interface RiskModel {
  readonly source: 'default' | 'trained';
  readonly features: readonly RiskFeature[];
  readonly logistic: LogisticModel;
  readonly calibration: PlattScaling;
  /** A learner is flagged at risk from this calibrated probability up (chosen for precision when trained). */
  readonly threshold: number;
}

/**
 * Share of flagged learners who should turn out at risk: the trained threshold is the lowest whose flags were
 * right this often on the calibration learners. A flag asks a teacher to act; most flags should deserve it.
 */
export const RISK_FLAG_PRECISION = 0.8;

/** The alert budget: the trained threshold flags at most this share of the calibration learners' rows. */
export const RISK_ALERT_BUDGET = 0.2;

/** How a model did on learners it never saw. */
export interface RiskModelMetrics {
  readonly trainRows: number;
  readonly testRows: number;
  readonly testLearners: number;
  readonly positiveRate: number;
  readonly auc: number;
  /** AUC of days-inactive alone on the same rows: what the model adds over the obvious signal. */
  readonly baselineAuc: number;
  readonly brier: number;
  /** Expected calibration error on the held-out learners (10 equal-width bins). */
  readonly ece: number;
  readonly calibration: readonly CalibrationBin[];
  /** Among held-out rows: the share flagged by the threshold, and how many of those flags were right. */
  readonly flaggedShare: number;
  readonly precision: number | null;
}

/** One training row: a learner at a cut-off, and whether the outcome the model predicts then happened (1). */
export interface RiskExample {
  readonly learnerId: string;
  readonly inputs: RiskInputs;
  readonly label: 0 | 1;
}

/**
 * The model used before an organization has enough history to train its own: hand-set weights on the same
 * features (inactivity and falling mastery raise risk; regular, accurate, on-pace practice lowers it).
 */
export const DEFAULT_RISK_MODEL: RiskModel = {
  source: 'default',
  features: RISK_FEATURES,
  logistic: {
    intercept: -1.2,
    weights: [1.2, -0.5, -0.3, -0.3, 0.7, -0.3, -0.3],
    means: [1.5, 5, 0, 0.65, 0.5, 0, 3],
    scales: [0.8, 3, 0.7, 0.15, 1, 0.6, 1.5],
  },
  calibration: { a: 1, b: 0 },
  threshold: 0.5,
};

/** The calibrated probability and each feature's contribution to the log-odds. */
export function scoreRisk(
  model: RiskModel,
  inputs: RiskInputs,
): { probability: number; contributions: Record<RiskFeature, number> } {
  const x = riskFeatureVector(inputs);
  const terms = logisticContributions(model.logistic, x);
  const logit = logisticLogit(model.logistic, x);
  const probability = logistic(model.calibration.a * logit + model.calibration.b);
  const contributions = Object.fromEntries(
    model.features.map((f, i) => [f, model.calibration.a * terms[i]!]),
  ) as Record<RiskFeature, number>;
  return { probability, contributions };
}

/** A stable share of learners in [0, 1), so that every row of one learner falls in the same split. */
export function learnerBucket(learnerId: string): number {
  let h = 2166136261;
  for (let i = 0; i < learnerId.length; i++) h = Math.imul(h ^ learnerId.charCodeAt(i), 16777619);
  // NOTE: FNV alone spreads similar ids (l1, l2, …) poorly; murmur3's finalizer mixes the bits.
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 2 ** 32;
}

/**
 * Trains a model on examples split by learner: 60 % to fit the regression, 20 % to fit the Platt calibration and
 * choose the flag threshold (precision {@link RISK_FLAG_PRECISION} within the alert budget
 * {@link RISK_ALERT_BUDGET}), and 20 % held out for the metrics. Returns null when there are too few learners or
 * only one outcome.
 */
export function trainRiskModel(
  examples: readonly RiskExample[],
  options: { minExamples?: number } = {},
): { model: RiskModel; metrics: RiskModelMetrics } | null {
  const split = (lo: number, hi: number) =>
    examples.filter((e) => {
      const b = learnerBucket(e.learnerId);
      return b >= lo && b < hi;
    });
  const train = split(0, 0.6);
  const calib = split(0.6, 0.8);
  const test = split(0.8, 1);
  const classes = (rows: readonly RiskExample[]) => new Set(rows.map((r) => r.label)).size === 2;
  if (train.length < (options.minExamples ?? 40) || !classes(train) || !classes(calib) || !classes(test)) {
    return null;
  }
  const fitted = fitLogisticRegression(
    train.map((e) => riskFeatureVector(e.inputs)),
    train.map((e) => e.label),
    { l2: 1 },
  );
  const calibration = fitPlattScaling(
    calib.map((e) => logisticLogit(fitted, riskFeatureVector(e.inputs))),
    calib.map((e) => e.label),
  );
  const calibrated: RiskModel = { ...DEFAULT_RISK_MODEL, source: 'trained', logistic: fitted, calibration };
  const threshold = thresholdForPrecision(
    calib.map((e) => scoreRisk(calibrated, e.inputs).probability),
    calib.map((e) => e.label),
    { precision: RISK_FLAG_PRECISION, maxShare: RISK_ALERT_BUDGET, minFlagged: 5, fallback: 0.9 },
  );
  const model: RiskModel = { ...calibrated, threshold };
  const probabilities = test.map((e) => scoreRisk(model, e.inputs).probability);
  const labels = test.map((e) => e.label);
  const flagged = labels.filter((_, i) => probabilities[i]! >= threshold);
  return {
    model,
    metrics: {
      trainRows: train.length,
      testRows: test.length,
      testLearners: new Set(test.map((e) => e.learnerId)).size,
      positiveRate: labels.reduce<number>((s, y) => s + y, 0) / labels.length,
      auc: rocAuc(probabilities, labels),
      baselineAuc: rocAuc(
        test.map((e) => e.inputs.daysInactive ?? 1e9),
        labels,
      ),
      brier: brierScore(probabilities, labels),
      ece: expectedCalibrationError(probabilities, labels),
      calibration: calibrationBins(probabilities, labels),
      flaggedShare: flagged.length / labels.length,
      precision: flagged.length === 0 ? null : flagged.reduce<number>((s, y) => s + y, 0) / flagged.length,
    },
  };
}
