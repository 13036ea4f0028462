import type { SkillId } from '../skills-graph/skill.ts';
import type { SequentialModel } from './sequential-model.ts';

/** Bayesian Knowledge Tracing parameters of one skill (Corbett & Anderson 1995; no forgetting). */
export interface BktSkillParams {
  /** P(L₀): the skill is known before the first response. */
  readonly init: number;
  /** P(T): an unknown skill becomes known after a response. */
  readonly learn: number;
  /** P(G): a correct answer without knowing the skill. */
  readonly guess: number;
  /** P(S): a wrong answer despite knowing the skill. */
  readonly slip: number;
}

/** BKT parameters per skill, with a fallback for skills without data. */
export interface BktParams {
  /** Keyed by skill id. */
  readonly skills: Readonly<Record<string, BktSkillParams>>;
  readonly fallback: BktSkillParams;
}

/** P(correct) given P(known). */
export function bktPredict(known: number, p: BktSkillParams): number {
  return known * (1 - p.slip) + (1 - known) * p.guess;
}

/** P(known) after observing one response: the Bayesian posterior, then the learning transition. */
export function bktUpdate(known: number, correct: boolean, p: BktSkillParams): number {
  const ifKnown = correct ? 1 - p.slip : p.slip;
  const ifUnknown = correct ? p.guess : 1 - p.guess;
  const posterior = (known * ifKnown) / (known * ifKnown + (1 - known) * ifUnknown);
  return posterior + (1 - posterior) * p.learn;
}

/** BKT as a {@link SequentialModel}: per-row predictions from each row's own skill. */
export function bktPredictor(params: BktParams): SequentialModel<Map<SkillId, number>> {
  const of = (skill: SkillId): BktSkillParams => params.skills[skill] ?? params.fallback;
  return {
    start: () => new Map(),
    predict: (state, problem) => problem.skills.map((s) => bktPredict(state.get(s) ?? of(s).init, of(s))),
    update: (state, problem) => {
      const next = new Map(state);
      problem.skills.forEach((s, i) => {
        next.set(s, bktUpdate(next.get(s) ?? of(s).init, problem.correct[i]!, of(s)));
      });
      return next;
    },
  };
}
