/** A fitted logistic regression on standardized features: p = σ(intercept + Σ wᵢ·(xᵢ − meanᵢ)/scaleᵢ). */
export interface LogisticModel {
  readonly intercept: number;
  readonly weights: readonly number[];
  readonly means: readonly number[];
  readonly scales: readonly number[];
}

/** The logistic function. */
export function logistic(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Each feature's term wᵢ·(xᵢ − meanᵢ)/scaleᵢ: how much it moves the log-odds away from the average learner. */
export function logisticContributions(model: LogisticModel, x: readonly number[]): number[] {
  return model.weights.map((w, i) => (w * ((x[i] ?? 0) - model.means[i]!)) / model.scales[i]!);
}

/** The log-odds of a row. */
export function logisticLogit(model: LogisticModel, x: readonly number[]): number {
  return logisticContributions(model, x).reduce((a, b) => a + b, model.intercept);
}

/**
 * Fits a logistic regression with an L2 penalty (not on the intercept) by Newton's method on standardized
 * features. Few features and up to ~10⁵ rows: each iteration is one pass and one small linear solve.
 *
 * @example
 * const model = fitLogisticRegression([[0], [1], [2], [3]], [0, 0, 1, 1], { l2: 0.1 });
 */
export function fitLogisticRegression(
  rows: readonly (readonly number[])[],
  labels: readonly number[],
  options: { l2?: number; iterations?: number } = {},
): LogisticModel {
  const d = rows[0]?.length ?? 0;
  const n = rows.length;
  const means = Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / Math.max(1, n));
  const scales = means.map((m, j) => {
    const v = rows.reduce((s, r) => s + (r[j]! - m) ** 2, 0) / Math.max(1, n);
    return v > 1e-12 ? Math.sqrt(v) : 1;
  });
  const z = rows.map((r) => [1, ...r.map((v, j) => (v - means[j]!) / scales[j]!)]);
  const beta = new Array<number>(d + 1).fill(0);
  const l2 = options.l2 ?? 1;
  for (let iter = 0; iter < (options.iterations ?? 25); iter++) {
    const grad = new Array<number>(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const row = z[i]!;
      const p = logistic(row.reduce((s, v, k) => s + v * beta[k]!, 0));
      const w = Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a <= d; a++) {
        grad[a]! += (p - labels[i]!) * row[a]!;
        for (let b = 0; b <= a; b++) hess[a]![b]! += w * row[a]! * row[b]!;
      }
    }
    for (let a = 1; a <= d; a++) {
      grad[a]! += l2 * beta[a]!;
      hess[a]![a]! += l2;
    }
    for (let a = 0; a <= d; a++) for (let b = a + 1; b <= d; b++) hess[a]![b] = hess[b]![a]!;
    const step = solve(hess, grad);
    let size = 0;
    for (let k = 0; k <= d; k++) {
      beta[k]! -= step[k]!;
      size = Math.max(size, Math.abs(step[k]!));
    }
    if (size < 1e-8) break;
  }
  return { intercept: beta[0]!, weights: beta.slice(1), means, scales };
}

/** Solves A·x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const p = m[c]![c]! || 1e-12;
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / p;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / (m[r]![r]! || 1e-12);
  }
  return x;
}
