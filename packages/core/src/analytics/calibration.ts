import { logistic } from './logistic-regression.ts';

/** Platt scaling: the calibrated probability is σ(a·logit + b). */
export interface PlattScaling {
  readonly a: number;
  readonly b: number;
}

/** One bin of a reliability diagram: mean predicted probability against the observed rate. */
export interface CalibrationBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
  readonly meanPredicted: number;
  readonly observed: number;
}

/**
 * Fits Platt scaling on held-out logits by Newton's method on two parameters, with Platt's smoothed targets
 * so that a perfectly separated calibration set does not push the slope to infinity.
 */
export function fitPlattScaling(logits: readonly number[], labels: readonly number[]): PlattScaling {
  const pos = labels.filter((y) => y === 1).length;
  const neg = labels.length - pos;
  const hi = (pos + 1) / (pos + 2);
  const lo = 1 / (neg + 2);
  const target = (i: number) => (labels[i] === 1 ? hi : lo);
  const loss = (a: number, b: number) => {
    let sum = 0;
    for (let i = 0; i < logits.length; i++) {
      const z = a * logits[i]! + b;
      // log(1 + e^z) − t·z, written to stay finite for large |z|.
      sum += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - target(i) * z;
    }
    return sum;
  };
  let a = 1;
  let b = 0;
  let current = loss(a, b);
  for (let iter = 0; iter < 100; iter++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (let i = 0; i < logits.length; i++) {
      const f = logits[i]!;
      const p = logistic(a * f + b);
      const w = p * (1 - p);
      ga += (p - target(i)) * f;
      gb += p - target(i);
      haa += w * f * f;
      hab += w * f;
      hbb += w;
    }
    const det = haa * hbb - hab * hab || 1e-12;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    // NOTE: a full Newton step overshoots when the logits are far too confident; halve it until the loss falls.
    let step = 1;
    let next = loss(a - da, b - db);
    while (next > current && step > 1e-6) {
      step /= 2;
      next = loss(a - step * da, b - step * db);
    }
    a -= step * da;
    b -= step * db;
    const moved = step * (Math.abs(da) + Math.abs(db));
    current = next;
    if (moved < 1e-9) break;
  }
  return { a, b };
}

/** Mean squared difference between probabilities and 0/1 outcomes. */
export function brierScore(probabilities: readonly number[], labels: readonly number[]): number {
  if (probabilities.length === 0) return Number.NaN;
  return probabilities.reduce((s, p, i) => s + (p - labels[i]!) ** 2, 0) / probabilities.length;
}

/**
 * Expected calibration error: over `bins` equal-width bins of predicted probability, the mean gap between the mean
 * prediction and the observed rate, weighted by each bin's share of the rows (0 is perfectly calibrated).
 *
 * @example
 * expectedCalibrationError([0.2, 0.2, 0.8, 0.8], [0, 0, 1, 1]); // 0.2
 */
export function expectedCalibrationError(
  probabilities: readonly number[],
  labels: readonly number[],
  bins = 10,
): number {
  if (probabilities.length === 0) return Number.NaN;
  return calibrationBins(probabilities, labels, bins).reduce(
    (s, b) => s + (b.count / probabilities.length) * Math.abs(b.meanPredicted - b.observed),
    0,
  );
}

/**
 * The lowest flag threshold whose flagged rows (probability at or above it) were right at least `precision` of the
 * time on held-out rows, among thresholds that flag at least `minFlagged` rows and at most `maxShare` of all rows
 * (an alert budget: a teacher can follow up a few learners, not half the class); `fallback` when none does.
 * A flag a teacher acts on should usually be right, so the threshold is chosen for precision, not for recall.
 *
 * @example
 * thresholdForPrecision([0.9, 0.8, 0.3, 0.2], [1, 1, 0, 1], { precision: 0.9, minFlagged: 1, fallback: 0.95 }); // 0.8
 */
export function thresholdForPrecision(
  probabilities: readonly number[],
  labels: readonly number[],
  options: { precision: number; minFlagged?: number; maxShare?: number; fallback: number },
): number {
  const order = probabilities.map((p, i) => ({ p, y: labels[i]! })).sort((a, b) => b.p - a.p);
  const most = Math.floor((options.maxShare ?? 1) * order.length);
  let best = options.fallback;
  let pos = 0;
  for (let k = 0; k < order.length && k < most; k++) {
    pos += order[k]!.y;
    const p = order[k]!.p;
    // Only a cut between distinct probabilities is a threshold that flags exactly these rows.
    if (k + 1 < order.length && order[k + 1]!.p === p) continue;
    if (k + 1 >= (options.minFlagged ?? 10) && pos / (k + 1) >= options.precision) best = p;
  }
  return best;
}

/** Reliability diagram in `bins` equal-width bins (empty bins left out). */
export function calibrationBins(
  probabilities: readonly number[],
  labels: readonly number[],
  bins = 5,
): CalibrationBin[] {
  const out: CalibrationBin[] = [];
  for (let k = 0; k < bins; k++) {
    const from = k / bins;
    const to = (k + 1) / bins;
    const idx = probabilities
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => p >= from && (k === bins - 1 ? p <= to : p < to));
    if (idx.length === 0) continue;
    out.push({
      from,
      to,
      count: idx.length,
      meanPredicted: idx.reduce((s, { p }) => s + p, 0) / idx.length,
      observed: idx.reduce((s, { i }) => s + labels[i]!, 0) / idx.length,
    });
  }
  return out;
}
