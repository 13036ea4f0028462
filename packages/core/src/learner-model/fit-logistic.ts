import { minimizeLbfgs } from './lbfgs.ts';

/** Training rows as a compressed sparse row matrix, with a target in [0, 1] and a weight per row. */
export interface SparseDesign {
  readonly columns: number;
  readonly rowStart: Int32Array;
  readonly index: Int32Array;
  readonly value: Float64Array;
  readonly target: Float64Array;
  readonly weight: Float64Array;
}

/** Collects sparse rows one at a time and freezes them into a {@link SparseDesign}. */
export class DesignBuilder {
  readonly #rowStart: number[] = [0];
  readonly #index: number[] = [];
  readonly #value: number[] = [];
  readonly #target: number[] = [];
  readonly #weight: number[] = [];
  #columns = 0;

  /** Appends one row; `target` may be a fraction (several responses sharing the same features). */
  push(index: readonly number[], value: readonly number[], target: number, weight = 1): void {
    for (let k = 0; k < index.length; k++) {
      if (value[k] === 0) continue;
      this.#index.push(index[k]!);
      this.#columns = Math.max(this.#columns, index[k]! + 1);
      this.#value.push(value[k]!);
    }
    this.#rowStart.push(this.#index.length);
    this.#target.push(target);
    this.#weight.push(weight);
  }

  get rows(): number {
    return this.#target.length;
  }

  /** Freezes the rows; `columns` may exceed the highest index used. */
  build(columns = 0): SparseDesign {
    return {
      columns: Math.max(columns, this.#columns),
      rowStart: Int32Array.from(this.#rowStart),
      index: Int32Array.from(this.#index),
      value: Float64Array.from(this.#value),
      target: Float64Array.from(this.#target),
      weight: Float64Array.from(this.#weight),
    };
  }
}

/** Options of {@link fitLogistic}. */
export interface LogisticFitOptions {
  /** L2 penalty per column (0 leaves a column unpenalised), or one value for every column. */
  readonly l2: number | Float64Array;
  readonly maxIterations?: number;
  readonly start?: Float64Array;
}

/** The result of {@link fitLogistic}. */
export interface LogisticFit {
  readonly coef: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
  /** Mean log loss on the training rows (without the penalty). */
  readonly logloss: number;
}

/** Numerically stable log(1 + e^z). */
export function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/** The logistic function 1 / (1 + e^−z). */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/**
 * Fits an L2-regularised logistic regression by L-BFGS: minimises
 * Σ wᵢ·(log(1 + e^zᵢ) − yᵢ·zᵢ) + ½ Σ λⱼ·θⱼ², with zᵢ = xᵢ·θ.
 *
 * @example
 * const b = new DesignBuilder();
 * b.push([0], [1], 0.75);
 * fitLogistic(b.build(), { l2: 0 }).coef[0]; // ≈ log 3
 */
export function fitLogistic(design: SparseDesign, options: LogisticFitOptions): LogisticFit {
  const { columns, rowStart, index, value, target, weight } = design;
  const l2 = typeof options.l2 === 'number' ? new Float64Array(columns).fill(options.l2) : options.l2;
  const rows = target.length;
  let totalWeight = 0;
  for (let i = 0; i < rows; i++) totalWeight += weight[i]!;
  let lastData = 0;
  const objective = (theta: Float64Array, grad: Float64Array): number => {
    grad.fill(0);
    let loss = 0;
    for (let i = 0; i < rows; i++) {
      let z = 0;
      const end = rowStart[i + 1]!;
      for (let k = rowStart[i]!; k < end; k++) z += theta[index[k]!]! * value[k]!;
      const w = weight[i]!;
      loss += w * (softplus(z) - target[i]! * z);
      const r = w * (sigmoid(z) - target[i]!);
      for (let k = rowStart[i]!; k < end; k++) grad[index[k]!]! += r * value[k]!;
    }
    lastData = loss;
    for (let j = 0; j < columns; j++) {
      loss += 0.5 * l2[j]! * theta[j]! * theta[j]!;
      grad[j]! += l2[j]! * theta[j]!;
    }
    return loss;
  };
  const result = minimizeLbfgs(objective, options.start ?? new Float64Array(columns), {
    maxIterations: options.maxIterations ?? 400,
    gradientTolerance: 1e-5 * Math.max(1, totalWeight / 1000),
    relativeTolerance: 1e-9,
  });
  objective(result.x, new Float64Array(columns));
  return {
    coef: result.x,
    iterations: result.iterations,
    converged: result.converged,
    logloss: lastData / Math.max(totalWeight, 1e-12),
  };
}
