/**
 * Isotonic calibration: a non-decreasing map from a score to the observed rate, fitted by pool-adjacent-violators
 * on held-out rows. Each pooled block becomes one anchor (its mean score, its observed rate); a score between two
 * anchors is interpolated linearly, so that distinct scores keep their order (a step function would tie them and
 * lower the AUC).
 */
export interface IsotonicCalibration {
  /** Mean score of each block, increasing. */
  readonly x: readonly number[];
  /** Observed rate of each block, non-decreasing, kept within [1/(n+2), 1 − 1/(n+2)]. */
  readonly y: readonly number[];
}

/**
 * Fits an isotonic map from scores (any monotone scale: logits or probabilities) to outcomes 0/1.
 *
 * @example
 * const iso = fitIsotonic([0.1, 0.2, 0.3, 0.4], [0, 1, 0, 1]); // anchors at 0.1 → 0, 0.25 → 0.5, 0.4 → 1 (clamped)
 */
export function fitIsotonic(scores: readonly number[], labels: readonly number[]): IsotonicCalibration {
  const order = scores.map((s, i) => ({ s, y: labels[i]! })).sort((a, b) => a.s - b.s);
  const blocks: { sum: number; pos: number; n: number }[] = [];
  for (const { s, y } of order) {
    blocks.push({ sum: s, pos: y, n: 1 });
    // Pool while the last block's rate is not above the one before it (equal rates pool too: fewer anchors).
    while (blocks.length > 1) {
      const b = blocks.at(-1)!;
      const a = blocks.at(-2)!;
      if (a.pos / a.n < b.pos / b.n) break;
      blocks.splice(-2, 2, { sum: a.sum + b.sum, pos: a.pos + b.pos, n: a.n + b.n });
    }
  }
  const eps = 1 / (order.length + 2);
  return {
    x: blocks.map((b) => b.sum / b.n),
    y: blocks.map((b) => Math.min(1 - eps, Math.max(eps, b.pos / b.n))),
  };
}

/** The calibrated probability of a score: linear between the two nearest anchors, flat beyond the ends. */
export function applyIsotonic(calibration: IsotonicCalibration, score: number): number {
  const { x, y } = calibration;
  if (x.length === 0) return 0.5;
  if (score <= x[0]!) return y[0]!;
  if (score >= x.at(-1)!) return y.at(-1)!;
  let lo = 0;
  let hi = x.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (x[mid]! <= score) lo = mid;
    else hi = mid;
  }
  const w = (score - x[lo]!) / (x[hi]! - x[lo]! || 1);
  return y[lo]! + w * (y[hi]! - y[lo]!);
}
