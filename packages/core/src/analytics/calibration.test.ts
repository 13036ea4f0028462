import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectedCalibrationError, fitPlattScaling, thresholdForPrecision } from './calibration.ts';
import { applyIsotonic, fitIsotonic } from './isotonic-calibration.ts';
import { logistic } from './logistic-regression.ts';

function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 2 ** 32;
    return s / 2 ** 32;
  };
}

/** Over-confident scores: the model says σ(3z) where the truth is σ(z), and shifted up by one logit. */
function miscalibrated(seed: number, n: number) {
  const r = rng(seed);
  const logits: number[] = [];
  const labels: number[] = [];
  for (let i = 0; i < n; i++) {
    const z = r() * 6 - 3;
    logits.push(3 * z + 1);
    labels.push(r() < logistic(z) ? 1 : 0);
  }
  return { logits, labels };
}

describe('calibration', () => {
  it('ECE is 0 for a perfectly calibrated set and the mean gap otherwise', () => {
    assert.equal(expectedCalibrationError([0.25, 0.25, 0.25, 0.25], [1, 0, 0, 0]), 0);
    assert.ok(Math.abs(expectedCalibrationError([0.2, 0.2, 0.8, 0.8], [0, 0, 1, 1]) - 0.2) < 1e-12);
  });

  it('Platt and isotonic maps fitted on a separate split cut the ECE of an over-confident model', () => {
    const fit = miscalibrated(11, 4000);
    const test = miscalibrated(12, 4000);
    const raw = expectedCalibrationError(
      test.logits.map((z) => logistic(z)),
      test.labels,
    );
    const platt = fitPlattScaling(fit.logits, fit.labels);
    const iso = fitIsotonic(fit.logits, fit.labels);
    const plattEce = expectedCalibrationError(
      test.logits.map((z) => logistic(platt.a * z + platt.b)),
      test.labels,
    );
    const isoEce = expectedCalibrationError(
      test.logits.map((z) => applyIsotonic(iso, z)),
      test.labels,
    );
    assert.ok(raw > 0.1, `raw ECE ${raw}`);
    assert.ok(plattEce < 0.04, `Platt ECE ${plattEce} (raw ${raw})`);
    assert.ok(isoEce < 0.04, `isotonic ECE ${isoEce} (raw ${raw})`);
  });

  it('the isotonic map is non-decreasing and keeps distinct scores apart between its anchors', () => {
    const iso = fitIsotonic([1, 2, 3, 4, 5, 6], [0, 1, 0, 1, 1, 1]);
    for (let i = 1; i < iso.y.length; i++) assert.ok(iso.y[i]! >= iso.y[i - 1]!);
    assert.ok(applyIsotonic(iso, 2.6) < applyIsotonic(iso, 2.7));
    assert.equal(applyIsotonic(iso, -10), iso.y[0]);
  });

  it('the flag threshold is the lowest whose flags were right often enough, within the alert budget', () => {
    const p = [0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3];
    const y = [1, 1, 1, 0, 1, 0, 0, 0];
    assert.equal(thresholdForPrecision(p, y, { precision: 0.8, minFlagged: 2, fallback: 0.99 }), 0.6);
    assert.equal(thresholdForPrecision(p, y, { precision: 1, minFlagged: 2, fallback: 0.99 }), 0.8);
    assert.equal(thresholdForPrecision(p, y, { precision: 1, minFlagged: 4, fallback: 0.99 }), 0.99);
    // Within an alert budget of a quarter of the rows, at most two are flagged.
    assert.equal(
      thresholdForPrecision(p, y, { precision: 0.8, minFlagged: 1, maxShare: 0.25, fallback: 0.99 }),
      0.9,
    );
  });
});
