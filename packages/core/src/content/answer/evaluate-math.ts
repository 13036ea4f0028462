import type { MathNode } from './mathjs.ts';

/** A compiled expression that yields a finite number, or null where it is undefined. */
export type NumericFunction = (scope: Readonly<Record<string, number>>) => number | null;

/** Compiles a parsed expression into a numeric function. */
export function compileNumeric(node: MathNode): NumericFunction {
  const compiled = node.compile();
  return (scope) => {
    try {
      const value: unknown = compiled.evaluate({ ...scope });
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    } catch {
      return null;
    }
  };
}

/**
 * Deterministic sample points for the given variables: non-integer values of both signs, so that
 * coincidences such as x·x = 2x at x = 2 do not pass for equivalence.
 */
export function samplePoints(variables: readonly string[], count = 12): Record<string, number>[] {
  const points: Record<string, number>[] = [];
  for (let i = 0; i < count; i++) {
    const point: Record<string, number> = {};
    variables.forEach((name, k) => {
      const raw = ((i * 7919 + k * 104729 + 31) % 997) / 997;
      point[name] = (raw - 0.45) * 9.3 + 0.137 * (k + 1);
    });
    points.push(point);
  }
  return points;
}

/** Whether two floats agree up to rounding noise relative to their size. */
export function nearlyEqual(a: number, b: number, relative = 1e-9): boolean {
  return Math.abs(a - b) <= relative * Math.max(1, Math.abs(a), Math.abs(b));
}
