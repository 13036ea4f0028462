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
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 50; iter++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (let i = 0; i < logits.length; i++) {
      const f = logits[i]!;
      const t = labels[i] === 1 ? hi : lo;
      const p = logistic(a * f + b);
      const w = p * (1 - p);
      ga += (p - t) * f;
      gb += p - t;
      haa += w * f * f;
      hab += w * f;
      hbb += w;
    }
    const det = haa * hbb - hab * hab || 1e-12;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}

/** Mean squared difference between probabilities and 0/1 outcomes. */
export function brierScore(probabilities: readonly number[], labels: readonly number[]): number {
  if (probabilities.length === 0) return Number.NaN;
  return probabilities.reduce((s, p, i) => s + (p - labels[i]!) ** 2, 0) / probabilities.length;
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
