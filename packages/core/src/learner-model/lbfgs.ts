/** An objective for {@link minimizeLbfgs}: writes the gradient into `grad` and returns the value. */
export type Objective = (x: Float64Array, grad: Float64Array) => number;

/** Options of {@link minimizeLbfgs}. */
export interface LbfgsOptions {
  /** Number of correction pairs kept (memory). */
  readonly memory?: number;
  readonly maxIterations?: number;
  /** Stop when the gradient's max-norm falls below this. */
  readonly gradientTolerance?: number;
  /** Stop when the relative decrease of the objective falls below this. */
  readonly relativeTolerance?: number;
}

/** The outcome of {@link minimizeLbfgs}. */
export interface LbfgsResult {
  readonly x: Float64Array;
  readonly value: number;
  readonly iterations: number;
  readonly converged: boolean;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]!));
  return m;
}

/** Two-loop recursion: the quasi-Newton descent direction −H·g. */
function direction(g: Float64Array, ss: Float64Array[], ys: Float64Array[]): Float64Array {
  const q = Float64Array.from(g);
  const alpha = new Float64Array(ss.length);
  for (let k = ss.length - 1; k >= 0; k--) {
    const rho = 1 / dot(ys[k]!, ss[k]!);
    alpha[k] = rho * dot(ss[k]!, q);
    for (let i = 0; i < q.length; i++) q[i]! -= alpha[k]! * ys[k]![i]!;
  }
  const last = ss.length - 1;
  const gamma =
    last >= 0 ? dot(ss[last]!, ys[last]!) / dot(ys[last]!, ys[last]!) : 1 / Math.max(1, maxAbs(g));
  for (let i = 0; i < q.length; i++) q[i]! *= gamma;
  for (let k = 0; k < ss.length; k++) {
    const rho = 1 / dot(ys[k]!, ss[k]!);
    const beta = rho * dot(ys[k]!, q);
    for (let i = 0; i < q.length; i++) q[i]! += ss[k]![i]! * (alpha[k]! - beta);
  }
  for (let i = 0; i < q.length; i++) q[i] = -q[i]!;
  return q;
}

/**
 * Minimises a smooth function by limited-memory BFGS with a backtracking (Armijo) line search.
 *
 * @example
 * const r = minimizeLbfgs((x, g) => { g[0] = 2 * (x[0]! - 3); return (x[0]! - 3) ** 2; }, new Float64Array(1));
 * // r.x[0] ≈ 3
 */
export function minimizeLbfgs(f: Objective, x0: Float64Array, options: LbfgsOptions = {}): LbfgsResult {
  const memory = options.memory ?? 10;
  const maxIterations = options.maxIterations ?? 500;
  const gtol = options.gradientTolerance ?? 1e-6;
  const rtol = options.relativeTolerance ?? 1e-10;
  let x = Float64Array.from(x0);
  let g = new Float64Array(x.length);
  let fx = f(x, g);
  const ss: Float64Array[] = [];
  const ys: Float64Array[] = [];
  for (let iter = 0; iter < maxIterations; iter++) {
    if (maxAbs(g) < gtol) return { x, value: fx, iterations: iter, converged: true };
    let d = direction(g, ss, ys);
    let slope = dot(g, d);
    if (slope >= 0) {
      // NOTE: a stale curvature pair can give an ascent direction; restart from steepest descent.
      ss.length = 0;
      ys.length = 0;
      d = direction(g, ss, ys);
      slope = dot(g, d);
    }
    let step = 1;
    const xNew = new Float64Array(x.length);
    const gNew = new Float64Array(x.length);
    let fNew = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < x.length; i++) xNew[i] = x[i]! + step * d[i]!;
      fNew = f(xNew, gNew);
      if (Number.isFinite(fNew) && fNew <= fx + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNew < fx)) return { x, value: fx, iterations: iter, converged: true };
    const s = new Float64Array(x.length);
    const y = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) {
      s[i] = xNew[i]! - x[i]!;
      y[i] = gNew[i]! - g[i]!;
    }
    if (dot(s, y) > 1e-12) {
      ss.push(s);
      ys.push(y);
      if (ss.length > memory) {
        ss.shift();
        ys.shift();
      }
    }
    const decrease = (fx - fNew) / Math.max(1, Math.abs(fx));
    x = xNew;
    g = gNew;
    fx = fNew;
    if (decrease < rtol) return { x, value: fx, iterations: iter + 1, converged: true };
  }
  return { x, value: fx, iterations: maxIterations, converged: false };
}
