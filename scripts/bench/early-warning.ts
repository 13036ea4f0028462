/**
 * Early-warning benchmark on OULAD (../shared/data/oulad, evaluation only, never shipped): the same model class
 * Pathwise trains per organization (logistic regression, calibrated on a held-out part of the training
 * presentations) on activity, assessment-trend and pacing features known at day 7·N, predicting Withdrawn/Fail.
 * Train on the 2013 presentations, test on 2014 (no student leaks across years). Baseline: active days alone.
 * Activity and marks are also given as the percentile among the classmates of the same presentation at the cut-off
 * (known then, like Pathwise's pace against the organization's median): modules differ in how much clicking they
 * ask for, and a raw count learnt on 2013's modules over-flags a 2014 module it never saw (CCC).
 * Calibration: Platt scaling and isotonic regression, each fitted on the held-out 2013 learners; the expected
 * calibration error (ECE, 10 equal-width bins) and the reliability curve are measured on 2014.
 *
 *   npm run bench:early-warning
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  applyIsotonic,
  brierScore,
  calibrationBins,
  expectedCalibrationError,
  fitIsotonic,
  fitLogisticRegression,
  fitPlattScaling,
  learnerBucket,
  logistic,
  logisticLogit,
} from '@pathwise/core/analytics';
import { rocAuc } from '@pathwise/core/learner-model';
import { sharedDataPath } from '../shared-data.ts';

const DATA = sharedDataPath('oulad');

function csv(name: string): Record<string, string>[] {
  const lines = readFileSync(resolve(DATA, name), 'utf8').split(/\r?\n/).filter(Boolean);
  const split = (l: string) => l.split(',').map((f) => f.replace(/^"|"$/g, ''));
  const header = split(lines[0]!);
  return lines.slice(1).map((l) => Object.fromEntries(split(l).map((v, i) => [header[i]!, v])));
}

const info = csv('studentInfo.csv');
const registration = new Map(
  csv('studentRegistration.csv').map((r) => [`${r.code_module}|${r.code_presentation}|${r.id_student}`, r]),
);
const assessments = new Map(csv('assessments.csv').map((a) => [a.id_assessment!, a]));
const submissions = csv('studentAssessment.csv');
const enrolmentsOf = new Map<string, number>();
for (const r of info) enrolmentsOf.set(r.id_student!, (enrolmentsOf.get(r.id_student!) ?? 0) + 1);
const subsByStudent = new Map<string, Record<string, string>[]>();
for (const s of submissions) {
  const list = subsByStudent.get(s.id_student!) ?? [];
  list.push(s);
  subsByStudent.set(s.id_student!, list);
}

function engagement(week: number): Map<string, Record<string, string>> {
  return new Map(csv(`engagement/features_week_${week}.csv`).map((r) => [r.id_student!, r]));
}

interface Row {
  id: string;
  presentation: string;
  test: boolean;
  x: number[];
  baseline: number;
  y: 0 | 1;
}

function rowsAt(week: number): Row[] {
  const day = 7 * week;
  const now = engagement(week);
  const before = week > 2 ? engagement(week - 2) : new Map<string, Record<string, string>>();
  const rows: Row[] = [];
  for (const s of info) {
    // Caveat 1 of the README: clicks are summed over a student's modules, so only single-enrolment students.
    if (enrolmentsOf.get(s.id_student!) !== 1) continue;
    const reg = registration.get(`${s.code_module}|${s.code_presentation}|${s.id_student}`);
    if (reg?.date_unregistration && Number(reg.date_unregistration) <= day) continue;
    const e = now.get(s.id_student!);
    const p = before.get(s.id_student!);
    const clicks = Number(e?.total_clicks ?? 0);
    const recent = clicks - Number(p?.total_clicks ?? 0);
    const activeDays = Number(e?.active_days ?? 0);
    const due = [...assessments.values()].filter(
      (a) =>
        a.code_module === s.code_module &&
        a.code_presentation === s.code_presentation &&
        a.date &&
        Number(a.date) <= day,
    );
    const mine = (subsByStudent.get(s.id_student!) ?? []).filter((x) => {
      const a = assessments.get(x.id_assessment!);
      return (
        a !== undefined &&
        a.code_module === s.code_module &&
        a.code_presentation === s.code_presentation &&
        Number(x.date_submitted) <= day
      );
    });
    const scores = mine.map((x) => Number(x.score || 0));
    const mean = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 0;
    const last = scores.at(-1) ?? mean;
    rows.push({
      id: s.id_student!,
      presentation: `${s.code_module}|${s.code_presentation}`,
      test: s.code_presentation!.startsWith('2014'),
      x: [
        Math.log1p(clicks), // activity
        activeDays / day, // share of days active
        Math.log1p(recent) - Math.log1p(clicks - recent + 1) / Math.max(1, week - 2), // trend: last two weeks against before
        mean / 100, // mastery level
        (last - mean) / 100, // mastery trend
        due.length ? mine.length / due.length : 1, // pacing: submitted share of what was due
        due.length - Math.min(due.length, mine.length), // missed submissions
        Number(s.num_of_prev_attempts ?? 0),
        reg?.date_registration ? Number(reg.date_registration) / 100 : 0,
      ],
      baseline: -activeDays,
      y: s.final_result === 'Withdrawn' || s.final_result === 'Fail' ? 1 : 0,
    });
  }
  // Clicks, share of days active, recent clicks and mean mark as percentiles within the presentation.
  const byPresentation = new Map<string, Row[]>();
  for (const r of rows)
    byPresentation.set(r.presentation, [...(byPresentation.get(r.presentation) ?? []), r]);
  for (const group of byPresentation.values()) {
    for (const j of [0, 1, 2, 3]) {
      const ranks = percentiles(group.map((r) => r.x[j]!));
      for (const [i, r] of group.entries()) r.x.push(ranks[i]!);
    }
  }
  return rows;
}

/** Mid-rank percentile of each value among `values` (ties share their mean rank). */
function percentiles(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const out = new Array<number>(values.length);
  for (let k = 0; k < order.length; ) {
    let j = k;
    while (j + 1 < order.length && order[j + 1]!.v === order[k]!.v) j++;
    for (let m = k; m <= j; m++) out[order[m]!.i] = (k + j + 1) / 2 / order.length;
    k = j + 1;
  }
  return out;
}

interface Result {
  bench: 'early-warning';
  case: string;
  week: number;
  trainRows: number;
  testRows: number;
  positiveRate: number;
  auc: number;
  baselineAuc: number;
  brier: number;
  ece: number;
  reliability: { predicted: number; observed: number; count: number }[];
  seconds: number;
}

const results: Result[] = [];
for (const week of [2, 4, 6, 8]) {
  const t0 = performance.now();
  const rows = rowsAt(week);
  const train = rows.filter((r) => !r.test && learnerBucket(r.id) < 0.8);
  const calib = rows.filter((r) => !r.test && learnerBucket(r.id) >= 0.8);
  const test = rows.filter((r) => r.test);
  const model = fitLogisticRegression(
    train.map((r) => r.x),
    train.map((r) => r.y),
    { l2: 1 },
  );
  const calibLogits = calib.map((r) => logisticLogit(model, r.x));
  const platt = fitPlattScaling(
    calibLogits,
    calib.map((r) => r.y),
  );
  const isotonic = fitIsotonic(
    calibLogits,
    calib.map((r) => r.y),
  );
  const logits = test.map((r) => logisticLogit(model, r.x));
  const y = test.map((r) => r.y);
  const methods: [string, number[]][] = [
    ['uncalibrated', logits.map((z) => logistic(z))],
    ['platt', logits.map((z) => logistic(platt.a * z + platt.b))],
    ['isotonic', logits.map((z) => applyIsotonic(isotonic, z))],
  ];
  const seconds = (performance.now() - t0) / 1000;
  for (const [method, p] of methods) {
    results.push({
      bench: 'early-warning',
      case: `oulad-${method}`,
      week,
      trainRows: train.length,
      testRows: test.length,
      positiveRate: y.reduce<number>((a, b) => a + b, 0) / y.length,
      auc: rocAuc(p, y),
      baselineAuc: rocAuc(
        test.map((r) => r.baseline),
        y,
      ),
      brier: brierScore(p, y),
      ece: expectedCalibrationError(p, y),
      reliability: calibrationBins(p, y, 10).map((b) => ({
        predicted: round(b.meanPredicted),
        observed: round(b.observed),
        count: b.count,
      })),
      seconds,
    });
  }
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

const f = (v: number, d = 3) => v.toFixed(d);
console.log(
  'OULAD early warning: train 2013 presentations, test 2014; label Withdrawn or Fail; features known at day 7·N',
);
console.log('case                  week   train   test  pos.rate  AUC    baseline AUC   Brier  ECE');
for (const r of results) {
  console.log(
    `${r.case.padEnd(21)} ${String(r.week).padStart(4)}  ${String(r.trainRows).padStart(6)} ${String(r.testRows).padStart(6)}  ${f(r.positiveRate).padStart(7)}  ${f(r.auc)}  ${f(r.baselineAuc).padStart(12)}  ${f(r.brier)}  ${f(r.ece)}`,
  );
}
console.log(
  '\nReliability curve (Platt, on 2014): mean predicted risk → observed rate (rows), 10 equal-width bins',
);
for (const r of results.filter((x) => x.case === 'oulad-platt')) {
  console.log(
    `week ${r.week}: ${r.reliability.map((b) => `${f(b.predicted, 2)}→${f(b.observed, 2)} (${b.count})`).join('  ')}`,
  );
}
for (const r of results) console.log(JSON.stringify(r));
