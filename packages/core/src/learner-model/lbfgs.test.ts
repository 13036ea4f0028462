import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DesignBuilder, fitLogistic } from './fit-logistic.ts';
import { minimizeLbfgs } from './lbfgs.ts';

describe('minimizeLbfgs', () => {
  it('finds the minimum of the Rosenbrock function at (1, 1)', () => {
    const r = minimizeLbfgs(
      (x, g) => {
        const [a, b] = [x[0]!, x[1]!];
        g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
        g[1] = 200 * (b - a * a);
        return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
      },
      Float64Array.from([-1.2, 1]),
      { maxIterations: 1000, gradientTolerance: 1e-8 },
    );
    assert.ok(Math.abs(r.x[0]! - 1) < 1e-4, `x = ${r.x[0]}`);
    assert.ok(Math.abs(r.x[1]! - 1) < 1e-4, `y = ${r.x[1]}`);
  });
});

describe('fitLogistic', () => {
  it('fits the log-odds of a fractional target exactly without a penalty', () => {
    const b = new DesignBuilder();
    b.push([0], [1], 0.75, 4);
    const fit = fitLogistic(b.build(), { l2: 0 });
    assert.ok(Math.abs(fit.coef[0]! - Math.log(3)) < 1e-5);
  });

  it('shrinks a penalised weight towards 0', () => {
    const b = new DesignBuilder();
    b.push([0, 1], [1, 1], 0.9);
    b.push([0, 1], [1, -1], 0.1);
    const free = fitLogistic(b.build(), { l2: 0 }).coef[1]!;
    const shrunk = fitLogistic(b.build(), { l2: Float64Array.from([0, 5]) }).coef[1]!;
    assert.ok(Math.abs(free - Math.log(9)) < 1e-4);
    assert.ok(shrunk > 0 && shrunk < free / 2);
  });
});
