/**
 * Learner-model benchmark: fits on a train split, reports AUC / RMSE / log loss on the test split for the
 * per-skill-mean baseline, BKT and the production model (with ablations), leak-free and as-is.
 *
 *   npm run bench:learner-model                                  ASSISTments 2009 long file (../shared/data)
 *   npm run bench:learner-model -- --train FILE --test FILE      any pair of 3-line files (each row a problem)
 *   npm run bench:learner-model -- --write-defaults              also regenerate default-params.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
// NOTE: imported module by module, not through index.ts, so that stale shipped defaults (validated when
// default-params.ts loads) cannot stop --write-defaults from regenerating them.
import { bktPredictor } from '../../packages/core/src/learner-model/bkt.ts';
import { fitBkt } from '../../packages/core/src/learner-model/fit-bkt.ts';
import {
  fitLearnerModel,
  type LearnerModelFitOptions,
} from '../../packages/core/src/learner-model/fit-learner-model.ts';
import type { LearnerModelParams } from '../../packages/core/src/learner-model/learner-model-params.ts';
import { parseLongCsv, parseThreeLine } from '../../packages/core/src/learner-model/parse-response-files.ts';
import {
  type PredictionMetrics,
  predictionMetrics,
} from '../../packages/core/src/learner-model/prediction-metrics.ts';
import type { LearnerLog, Scoring } from '../../packages/core/src/learner-model/response-log.ts';
import {
  learnerModelPredictor,
  type SequentialModel,
  scoreSequentially,
} from '../../packages/core/src/learner-model/sequential-model.ts';
import { skillMeanPredictor } from '../../packages/core/src/learner-model/skill-mean-baseline.ts';
import { sharedDataPath } from '../shared-data.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args } = parseArgs({
  options: {
    train: { type: 'string' },
    test: { type: 'string' },
    'write-defaults': { type: 'boolean', default: false },
  },
});

function load(): { train: LearnerLog[]; test: LearnerLog[]; source: string; scorings: Scoring[] } {
  if (args.train !== undefined || args.test !== undefined) {
    if (args.train === undefined || args.test === undefined) throw new Error('give both --train and --test');
    return {
      train: parseThreeLine(readFileSync(args.train, 'utf8')),
      test: parseThreeLine(readFileSync(args.test, 'utf8')),
      source: `${args.train} → ${args.test}`,
      // NOTE: the 3-line format has no problem column: every row is its own problem, so both scorings coincide.
      scorings: ['as-is'],
    };
  }
  const file = sharedDataPath('assistments2009', 'assist2009_updated.long.csv');
  const splits = parseLongCsv(readFileSync(file, 'utf8'));
  return {
    train: splits.get('train') ?? [],
    test: splits.get('test') ?? [],
    source: 'assistments2009 long file, train → test',
    scorings: ['leak-free', 'as-is'],
  };
}

interface Case {
  readonly name: string;
  readonly production?: boolean;
  /** Builds the fitted model for a scoring; returns it with the fit time in seconds. */
  readonly fit: (scoring: Scoring) => {
    model: SequentialModel<unknown>;
    seconds: number;
    cpuSeconds: number;
    params?: LearnerModelParams;
  };
}

/** Wall-clock seconds; on a shared machine, `cpuSeconds` is the steadier figure. */
function timed<T>(f: () => T): { value: T; seconds: number; cpuSeconds: number } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const value = f();
  const cpu = process.cpuUsage(c0);
  return { value, seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

const data = load();
const lm = (options: Omit<LearnerModelFitOptions, 'scoring'>) => (scoring: Scoring) => {
  const { value, seconds, cpuSeconds } = timed(() => fitLearnerModel(data.train, { ...options, scoring }));
  return {
    model: learnerModelPredictor(value.params) as SequentialModel<unknown>,
    seconds,
    cpuSeconds,
    params: value.params,
  };
};
let bktCache: ReturnType<Case['fit']> | undefined;
const cases: Case[] = [
  {
    name: 'skill-mean',
    fit: () => ({
      model: skillMeanPredictor(data.train) as SequentialModel<unknown>,
      seconds: 0,
      cpuSeconds: 0,
    }),
  },
  {
    name: 'bkt',
    fit: () => {
      if (bktCache) return bktCache;
      const { value, seconds, cpuSeconds } = timed(() => fitBkt(data.train));
      bktCache = { model: bktPredictor(value) as SequentialModel<unknown>, seconds, cpuSeconds };
      return bktCache;
    },
  },
  { name: 'pfa', fit: lm({ exclude: ['recent', 'last', 'seen', 'gap', 'ability', 'form', 'combo'] }) },
  { name: 'pfa+ability', fit: lm({ exclude: ['recent', 'last', 'seen', 'gap', 'form', 'combo'] }) },
  { name: 'pooled (demo defaults)', fit: lm({ perSkill: false }) },
  { name: 'logistic: pfa+ability+recency+tags', production: true, fit: lm({}) },
];

const results: Record<string, unknown>[] = [];
for (const c of cases) {
  const figures: Partial<Record<Scoring, PredictionMetrics & { seconds: number; cpuSeconds: number }>> = {};
  for (const scoring of data.scorings) {
    const { model, seconds, cpuSeconds, params } = c.fit(scoring);
    const scored = scoreSequentially(data.test, scoring, model);
    figures[scoring] = { ...predictionMetrics(scored.predictions, scored.labels), seconds, cpuSeconds };
    if (args['write-defaults'] && c.name.startsWith('pooled') && scoring === data.scorings[0] && params) {
      writeDefaults(params);
    }
  }
  const main = figures[data.scorings[0]!]!;
  const asIs = figures['as-is']!;
  results.push({
    bench: 'learner-model',
    case: c.name,
    ...(c.production ? { production: true } : {}),
    auc: round(main.auc),
    rmse: round(main.rmse),
    logloss: round(main.logloss),
    auc_as_is: round(asIs.auc),
    rmse_as_is: round(asIs.rmse),
    logloss_as_is: round(asIs.logloss),
    fit_seconds: round(main.seconds, 1),
    fit_cpu_seconds: round(main.cpuSeconds, 1),
    test_rows: main.n,
  });
}

function round(x: number, digits = 4): number {
  return Number(x.toFixed(digits));
}

function writeDefaults(params: LearnerModelParams): void {
  const file = resolve(root, 'packages/core/src/learner-model/default-params.json');
  const r = (o: object): object =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? round(v, 4) : v]));
  const shipped: LearnerModelParams = {
    version: 1,
    settings: params.settings,
    weights: r(params.weights) as LearnerModelParams['weights'],
    prior: r(params.prior) as LearnerModelParams['prior'],
    skills: {},
    combos: {},
  };
  const text = `${JSON.stringify(shipped, null, 2)}\n`;
  writeFileSync(file, text);
  console.error(`wrote ${file}`);
}

console.log(`learner model, ${data.source}; "auc" is ${data.scorings[0]} scoring`);
const header = [
  'case',
  'auc',
  'rmse',
  'logloss',
  'auc_as_is',
  'rmse_as_is',
  'logloss_as_is',
  'fit_seconds',
  'fit_cpu_seconds',
];
const rows = results.map((r) => header.map((h) => String(r[h] ?? '')));
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
const line = (cells: string[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
for (const r of results) console.log(JSON.stringify(r));
