/** How well predicted probabilities match 0/1 outcomes. */
export interface PredictionMetrics {
  readonly n: number;
  readonly auc: number;
  readonly rmse: number;
  readonly logloss: number;
}

/**
 * Area under the ROC curve by the rank-sum (Mann–Whitney) formula; tied predictions share their average rank, so
 * a constant predictor scores 0.5. NaN when only one class is present.
 *
 * @example
 * rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]); // 0.75
 */
export function rocAuc(predictions: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n = predictions.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => predictions[a]! - predictions[b]!);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && predictions[order[j + 1]!] === predictions[order[i]!]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[order[k]!]) {
        positives++;
        rankSum += rank;
      }
    }
    i = j + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** AUC, root mean squared error and mean log loss (probabilities clipped to [1e-15, 1 − 1e-15]). */
export function predictionMetrics(
  predictions: ArrayLike<number>,
  labels: ArrayLike<number>,
): PredictionMetrics {
  const n = predictions.length;
  let squared = 0;
  let loss = 0;
  for (let i = 0; i < n; i++) {
    const p = Math.min(1 - 1e-15, Math.max(1e-15, predictions[i]!));
    const y = labels[i] ? 1 : 0;
    squared += (p - y) ** 2;
    loss -= y ? Math.log(p) : Math.log(1 - p);
  }
  return { n, auc: rocAuc(predictions, labels), rmse: Math.sqrt(squared / n), logloss: loss / n };
}
