import type { ItemLevel } from './mastery-rule.ts';

/** BKT parameters of one skill with guess and slip per difficulty level (index 0 = level 1). */
export interface LeveledBktParams {
  /** P(L₀): the skill is known before the first answer. */
  readonly init: number;
  /** P(T): an unknown skill becomes known after an answer. */
  readonly learn: number;
  /** P(G) per level: a right answer without knowing the skill. */
  readonly guess: readonly [number, number, number];
  /** P(S) per level: a wrong answer despite knowing the skill. */
  readonly slip: readonly [number, number, number];
}

/** One answer on a skill: right or wrong, and the item's difficulty level. */
export interface LeveledAnswer {
  readonly correct: boolean;
  readonly level: ItemLevel;
}

/** P(known) after one answer: the Bayesian posterior with the level's guess and slip, then the learning step. */
export function leveledBktUpdate(known: number, answer: LeveledAnswer, p: LeveledBktParams): number {
  const i = answer.level - 1;
  const slip = p.slip[i]!;
  const guess = p.guess[i]!;
  const ifKnown = answer.correct ? 1 - slip : slip;
  const ifUnknown = answer.correct ? guess : 1 - guess;
  const posterior = (known * ifKnown) / (known * ifKnown + (1 - known) * ifUnknown);
  return posterior + (1 - posterior) * p.learn;
}

const START: LeveledBktParams = { init: 0.4, learn: 0.1, guess: [0.25, 0.2, 0.15], slip: [0.08, 0.1, 0.12] };

interface Counts {
  init: number;
  learn: number;
  unknownFrom: number;
  guess: number[];
  unknown: number[];
  slip: number[];
  known: number[];
}

/** Adds one sequence's expected counts (scaled forward–backward on the two-state chain). */
function accumulate(seq: readonly LeveledAnswer[], p: LeveledBktParams, c: Counts): void {
  const T = seq.length;
  const aK = new Float64Array(T);
  const aU = new Float64Array(T);
  const emitK = (t: number) =>
    seq[t]!.correct ? 1 - p.slip[seq[t]!.level - 1]! : p.slip[seq[t]!.level - 1]!;
  const emitU = (t: number) =>
    seq[t]!.correct ? p.guess[seq[t]!.level - 1]! : 1 - p.guess[seq[t]!.level - 1]!;
  for (let t = 0; t < T; t++) {
    const priorK = t === 0 ? p.init : aK[t - 1]! + aU[t - 1]! * p.learn;
    const k = priorK * emitK(t);
    const u = (1 - priorK) * emitU(t);
    aK[t] = k / (k + u);
    aU[t] = u / (k + u);
  }
  let bK = 1;
  let bU = 1;
  for (let t = T - 1; t >= 0; t--) {
    const gK = aK[t]! * bK;
    const gU = aU[t]! * bU;
    const n = gK + gU;
    const i = seq[t]!.level - 1;
    if (seq[t]!.correct) c.guess[i]! += gU / n;
    else c.slip[i]! += gK / n;
    c.unknown[i]! += gU / n;
    c.known[i]! += gK / n;
    if (t === 0) c.init += gK / n;
    else {
      const toK = aU[t - 1]! * p.learn * emitK(t) * bK;
      const stayU = aU[t - 1]! * (1 - p.learn) * emitU(t) * bU;
      const fromK = aK[t - 1]! * emitK(t) * bK;
      const norm = toK + stayU + fromK;
      c.learn += toK / norm;
      c.unknownFrom += (toK + stayU) / norm;
      const nbU = p.learn * emitK(t) * bK + (1 - p.learn) * emitU(t) * bU;
      const nbK = emitK(t) * bK;
      bU = nbU / (nbU + nbK);
      bK = nbK / (nbU + nbK);
    }
  }
}

/**
 * Fits one skill's BKT parameters with guess and slip per difficulty level, by expectation–maximisation over every
 * learner's answers on the skill (in order). Guess and slip stay at most `maxGuessSlip` (the usual guard against
 * the "knowing means failing" degenerate fit).
 *
 * @example
 * const p = fitLeveledBkt(sequences); // sequences: one LeveledAnswer[] per learner
 * leveledBktUpdate(p.init, { correct: true, level: 2 }, p);
 */
export function fitLeveledBkt(
  sequences: readonly (readonly LeveledAnswer[])[],
  options: { iterations?: number; maxGuessSlip?: number } = {},
): LeveledBktParams {
  const cap = options.maxGuessSlip ?? 0.3;
  const clamp = (x: number, hi: number) => Math.min(hi, Math.max(1e-4, x));
  const used = sequences.filter((s) => s.length > 0);
  let p = START;
  for (let it = 0; it < (options.iterations ?? 40) && used.length > 0; it++) {
    const c: Counts = {
      init: 0,
      learn: 0,
      unknownFrom: 0,
      guess: [0, 0, 0],
      unknown: [0, 0, 0],
      slip: [0, 0, 0],
      known: [0, 0, 0],
    };
    for (const seq of used) accumulate(seq, p, c);
    // NOTE: a level never seen keeps its current value instead of collapsing to the clamp.
    const per = (num: number[], den: number[], prev: readonly number[]) =>
      [0, 1, 2].map((i) => (den[i]! > 1e-9 ? clamp(num[i]! / den[i]!, cap) : prev[i]!)) as [
        number,
        number,
        number,
      ];
    p = {
      init: clamp(c.init / used.length, 1 - 1e-4),
      learn: clamp(c.learn / Math.max(c.unknownFrom, 1e-12), 1 - 1e-4),
      guess: per(c.guess, c.unknown, p.guess),
      slip: per(c.slip, c.known, p.slip),
    };
  }
  return p;
}
