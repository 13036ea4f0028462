import type { SkillId } from '../skills-graph/skill.ts';
import type { BktParams, BktSkillParams } from './bkt.ts';
import type { LearnerLog } from './response-log.ts';

/** Options of {@link fitBkt}. */
export interface BktFitOptions {
  readonly iterations?: number;
  /** Upper bound of guess and slip, the usual guard against the "knowing means failing" degenerate fit. */
  readonly maxGuessSlip?: number;
}

const START: BktSkillParams = { init: 0.4, learn: 0.1, guess: 0.2, slip: 0.1 };

/** Expected counts over one skill's sequences (scaled forward–backward on the 2-state chain). */
function expectation(sequences: readonly Uint8Array[], p: BktSkillParams): number[] {
  let init = 0;
  let learnNum = 0;
  let unknownFrom = 0;
  let guessNum = 0;
  let unknownAll = 0;
  let slipNum = 0;
  let knownAll = 0;
  for (const obs of sequences) {
    const T = obs.length;
    const aK = new Float64Array(T);
    const aU = new Float64Array(T);
    const emitK = (t: number): number => (obs[t] ? 1 - p.slip : p.slip);
    const emitU = (t: number): number => (obs[t] ? p.guess : 1 - p.guess);
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
      const gN = gK + gU;
      if (obs[t]) guessNum += gU / gN;
      else slipNum += gK / gN;
      unknownAll += gU / gN;
      knownAll += gK / gN;
      if (t === 0) init += gK / gN;
      if (t > 0) {
        // NOTE: ξ(U→K) at the step into t, from the filtered state at t−1 and the backward message at t.
        const toK = aU[t - 1]! * p.learn * emitK(t) * bK;
        const stayU = aU[t - 1]! * (1 - p.learn) * emitU(t) * bU;
        const fromK = aK[t - 1]! * emitK(t) * bK;
        const norm = toK + stayU + fromK;
        learnNum += toK / norm;
        unknownFrom += (toK + stayU) / norm;
        const nbU = p.learn * emitK(t) * bK + (1 - p.learn) * emitU(t) * bU;
        const nbKnown = emitK(t) * bK;
        const s = nbU + nbKnown;
        bU = nbU / s;
        bK = nbKnown / s;
      }
    }
  }
  return [
    init / sequences.length,
    learnNum / Math.max(unknownFrom, 1e-12),
    guessNum / Math.max(unknownAll, 1e-12),
    slipNum / Math.max(knownAll, 1e-12),
  ];
}

/** Fits BKT per skill by expectation–maximisation over every learner's sequence of that skill. */
export function fitBkt(logs: readonly LearnerLog[], options: BktFitOptions = {}): BktParams {
  const cap = options.maxGuessSlip ?? 0.3;
  const bySkill = new Map<SkillId, Uint8Array[]>();
  for (const log of logs) {
    const seqs = new Map<SkillId, number[]>();
    for (const row of log.rows) {
      const s = seqs.get(row.skill) ?? [];
      s.push(row.correct ? 1 : 0);
      seqs.set(row.skill, s);
    }
    for (const [skill, s] of seqs) {
      const list = bySkill.get(skill) ?? [];
      list.push(Uint8Array.from(s));
      bySkill.set(skill, list);
    }
  }
  const clamp = (x: number, hi: number): number => Math.min(hi, Math.max(1e-4, x));
  const skills: Record<string, BktSkillParams> = {};
  for (const [skill, sequences] of bySkill) {
    let p = START;
    for (let it = 0; it < (options.iterations ?? 40); it++) {
      const [init, learn, guess, slip] = expectation(sequences, p) as [number, number, number, number];
      p = {
        init: clamp(init, 1 - 1e-4),
        learn: clamp(learn, 1 - 1e-4),
        guess: clamp(guess, cap),
        slip: clamp(slip, cap),
      };
    }
    skills[skill] = p;
  }
  return { skills, fallback: START };
}
