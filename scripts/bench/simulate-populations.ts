/**
 * The two generative populations of bench:simulate. Each simulated learner has a true state per skill the bench
 * can read at any moment (to judge a mastery declaration) and answers items from it:
 * - `all-or-none`: a skill is known or not (known skills closed over prerequisites); per-learner slip (0.05–0.3),
 *   guess (0.1–0.3) and learning rate (0.1–0.3); practising an unknown ready skill may teach it all at once
 *   (knowledge tracing's own story).
 * - `gradual`: a skill is a log-odds of success on a standard item that grows a little with each item practised
 *   (0.25–0.6 log-odds per item, less while a prerequisite is shaky), up to a ceiling of 0.9; "known" means a true
 *   success on a standard item of at least 0.85.
 * The slip range and the ceiling bring the answer after three right in a row near ASSISTments 2009's 83 % (the
 * realism check); with the narrower slips first tried (0.05–0.15, ceiling 0.97) it was 90–95 %, which flatters rules.
 * Level 1 items are easier, level 3 harder, in both.
 */
import { type SeededRandom, seededRandom } from '@pathwise/core/content';
import type { ItemLevel } from '@pathwise/core/learner-model';
import type { SkillGraph, SkillId } from '@pathwise/core/skills-graph';

export const POPULATIONS = ['all-or-none', 'gradual'] as const;
export type PopulationName = (typeof POPULATIONS)[number];

/** A gradual learner knows a skill once a standard item succeeds this often. */
export const GRADUAL_KNOWN_AT = 0.85;

/** A simulated learner: the truth the bench judges declarations against, and how the learner answers. */
export interface SimulatedLearner {
  readonly knownAtStart: ReadonlySet<SkillId>;
  /** Draws a first-attempt answer on an item of `skill` at `level`. */
  answer(skill: SkillId, level: ItemLevel): boolean;
  /** One item of practice on `skill`: may teach it (all-or-none) or move it a step (gradual). */
  practise(skill: SkillId): void;
  /** Whether the skill is truly known now: a declaration made now is right exactly when this holds. */
  knows(skill: SkillId): boolean;
  /** The true chance of a right answer on a standard item of `skill` now. */
  success(skill: SkillId): number;
  /** The same learner before any practice, with the same luck (common random numbers across loops). */
  fresh(): SimulatedLearner;
}

/** What a population needs to draw learners: the pathway's graph and skills (topological order). */
export interface Course {
  readonly graph: SkillGraph;
  readonly skills: readonly SkillId[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const ready = (course: Course, known: (s: SkillId) => boolean, skill: SkillId) =>
  course.graph.skills.get(skill)!.prerequisites.every(known);

function allOrNone(course: Course, traits: SeededRandom, share: number, luckSeed: number): SimulatedLearner {
  const slip = 0.05 + traits.next() * 0.25;
  const guess = 0.1 + traits.next() * 0.2;
  const learn = 0.1 + traits.next() * 0.2;
  const knownAtStart = new Set<SkillId>();
  for (const s of course.skills) {
    if (ready(course, (p) => knownAtStart.has(p), s) && traits.next() < share) knownAtStart.add(s);
  }
  const make = (): SimulatedLearner => {
    const known = new Set(knownAtStart);
    const luck = seededRandom(luckSeed);
    const p = (skill: SkillId, level: ItemLevel) =>
      known.has(skill) ? 1 - slip * [0.6, 1, 1.6][level - 1]! : guess * [1.5, 1, 0.6][level - 1]!;
    return {
      knownAtStart,
      answer: (skill, level) => luck.next() < p(skill, level),
      practise: (skill) => {
        if (ready(course, (q) => known.has(q), skill) && luck.next() < learn) known.add(skill);
      },
      knows: (skill) => known.has(skill),
      success: (skill) => p(skill, 2),
      fresh: make,
    };
  };
  return make();
}

/** Log-odds added by an item's level for a gradual learner (the selector's own offsets). */
const LEVEL_OFFSET = [0.7, 0, -0.7] as const;
/** NOTE: even a learner who knows a skill well slips now and then (ASSISTments: see the realism check). */
const CEILING = 0.9;

/**
 * How much of a gradual learner's growth an item brings, by the true success on the weakest prerequisite: all of it
 * from 0.85 (known), none at 0.5 or below, linear between. NOTE: a skill declared mastered too early slows what
 * builds on it instead of blocking it for ever.
 */
const prerequisiteFactor = (weakest: number) =>
  Math.min(1, Math.max(0, (weakest - 0.5) / (GRADUAL_KNOWN_AT - 0.5)));

function gradual(course: Course, traits: SeededRandom, share: number, luckSeed: number): SimulatedLearner {
  const growth = 0.25 + traits.next() * 0.35;
  const start = new Map<SkillId, number>();
  const knownAt = (z: number | undefined) => sigmoid(z ?? -9) >= GRADUAL_KNOWN_AT;
  for (const s of course.skills) {
    const known = ready(course, (p) => knownAt(start.get(p)), s) && traits.next() < share;
    start.set(s, known ? 1.75 + traits.next() * 1.25 : -2.5 + traits.next() * 2);
  }
  const knownAtStart = new Set(course.skills.filter((s) => knownAt(start.get(s))));
  const make = (): SimulatedLearner => {
    const z = new Map(start);
    const luck = seededRandom(luckSeed);
    const p = (skill: SkillId, level: ItemLevel) =>
      Math.min(CEILING, sigmoid(z.get(skill)! + LEVEL_OFFSET[level - 1]!));
    return {
      knownAtStart,
      answer: (skill, level) => luck.next() < p(skill, level),
      practise: (skill) => {
        const weakest = Math.min(
          ...course.graph.skills.get(skill)!.prerequisites.map((q) => sigmoid(z.get(q) ?? 9)),
        );
        z.set(skill, z.get(skill)! + growth * prerequisiteFactor(weakest));
      },
      knows: (skill) => knownAt(z.get(skill)),
      success: (skill) => p(skill, 2),
      fresh: make,
    };
  };
  return make();
}

/**
 * Draws learner `index` of a population. `traits` draws the learner's parameters and starting knowledge (each ready
 * skill known with a chance drawn from [known, 1)); answers and learning use their own stream seeded by seed and index.
 */
export function drawLearner(
  population: PopulationName,
  course: Course,
  input: { traits: SeededRandom; known: number; seed: number; index: number },
): SimulatedLearner {
  const share = input.known + input.traits.next() * (1 - input.known);
  const luckSeed = input.seed * 1_000_003 + input.index;
  return population === 'gradual'
    ? gradual(course, input.traits, share, luckSeed)
    : allOrNone(course, input.traits, share, luckSeed);
}
