/**
 * Simulated learners with a known true state, run through the server's own placement and next-item code:
 * (a) how many items placement takes and how often it gets each skill right;
 * (b) how many items the adaptive loop (placement, then the next-item selector) needs to master the whole
 *     "Algebra foundations" pathway, against practising the skills in a fixed linear (topological) order, with
 *     the same learner model and mastery rule.
 * The truth is a knowledge-tracing learner: each skill known or not (known skills closed over prerequisites),
 * per-learner slip, guess and learning rate; practising an unknown ready skill may teach it. Items of level 1
 * are easier, level 3 harder. Prints a table, then one JSON object per case.
 *
 *   npm run bench:simulate                      500 learners
 *   npm run bench:simulate -- --learners 2000 --seed 7
 *   npm run bench:simulate -- --known 0.8         a population that already knows most of the pathway
 */
import { parseArgs } from 'node:util';
import { choosePracticeTarget } from '../../apps/server/src/learning/choose-practice-target.ts';
import { creditedSkillState } from '../../apps/server/src/learning/credit-known-skills.ts';
import { MODEL_PARAMS, meetsMasteryRule } from '../../apps/server/src/learning/learner-model-store.ts';
import {
  nextPlacementSkill,
  placementResult,
  recordPlacementAnswer,
  startPlacement,
} from '../../apps/server/src/learning/placement-beliefs.ts';
import { prerequisitesToReopen } from '../../apps/server/src/learning/prerequisites-to-reopen.ts';
import { demoContent, type SeededRandom, seededRandom } from '../../packages/core/src/content/index.ts';
import { recordResponse } from '../../packages/core/src/learner-model/index.ts';
import type { LearnerModelState } from '../../packages/core/src/learner-model/learner-state.ts';
import { newLearnerModelState } from '../../packages/core/src/learner-model/update-mastery.ts';
import {
  getSkillGraph,
  pathwaySkills,
  readySet,
  type SkillId,
} from '../../packages/core/src/skills-graph/index.ts';

const { values: args } = parseArgs({
  options: {
    learners: { type: 'string', default: '500' },
    seed: { type: 'string', default: '2026' },
    /** Each learner knows a ready skill with a chance drawn from [known, 1): how much the population knows. */
    known: { type: 'string', default: '0.45' },
  },
});
const LEARNERS = Number(args.learners);
const KNOWN = Number(args.known);
const CAP = 3000;
const graph = getSkillGraph(demoContent.skills);
const pathway = demoContent.pathways.find((p) => p.id === 'algebra-foundations')!;
const skills = pathwaySkills(graph, pathway);
const SEED = Number(args.seed);
const rng = seededRandom(SEED);

/** A simulated learner: the true state and how they answer. */
class TrueLearner {
  readonly known = new Set<SkillId>();
  readonly slip: number;
  readonly guess: number;
  readonly learn: number;
  /** Answers and learning draw from their own stream, seeded per learner: both loops see the same luck. */
  private readonly luck: SeededRandom;
  constructor(index: number, share: number, traits: SeededRandom) {
    this.slip = 0.05 + traits.next() * 0.1;
    this.guess = 0.1 + traits.next() * 0.2;
    this.learn = 0.1 + traits.next() * 0.2;
    for (const s of skills) {
      const ready = graph.skills.get(s)!.prerequisites.every((p) => this.known.has(p));
      if (ready && traits.next() < share) this.known.add(s);
    }
    this.luck = seededRandom(SEED * 1_000_003 + index);
  }
  /** The same learner again, before any practice, with the same luck. */
  static copy(of: TrueLearner, index: number): TrueLearner {
    const copy = Object.create(TrueLearner.prototype) as TrueLearner;
    return Object.assign(copy, of, {
      known: new Set(of.known),
      luck: seededRandom(SEED * 1_000_003 + index),
    });
  }
  answer(skill: SkillId, difficulty: 1 | 2 | 3): boolean {
    const p = this.known.has(skill)
      ? 1 - this.slip * [0.6, 1, 1.6][difficulty - 1]!
      : this.guess * [1.5, 1, 0.6][difficulty - 1]!;
    return this.luck.next() < p;
  }
  practise(skill: SkillId): void {
    const ready = graph.skills.get(skill)!.prerequisites.every((p) => this.known.has(p));
    if (ready && this.luck.next() < this.learn) this.known.add(skill);
  }
}

interface LoopResult {
  items: number;
  placementItems: number;
  credited: Set<SkillId>;
  trulyKnownAtEnd: number;
}

function respond(state: LearnerModelState, skill: SkillId, correct: boolean) {
  return recordResponse(state, { skills: [skill], correct }, MODEL_PARAMS);
}

function adaptive(learner: TrueLearner): LoopResult {
  let placement = startPlacement(skills);
  let state = newLearnerModelState(MODEL_PARAMS);
  for (let s = nextPlacementSkill(graph, placement); s; s = nextPlacementSkill(graph, placement)) {
    const correct = learner.answer(s, 2);
    placement = recordPlacementAnswer(graph, placement, s, correct);
    state = respond(state, s, correct);
  }
  const credited = new Set(placementResult(graph, placement));
  const mastered = new Set(credited);
  const skillStates = { ...state.skills };
  for (const s of credited) skillStates[s] = creditedSkillState(state.skills[s], state.learner.responses);
  state = { ...state, skills: skillStates };
  let items = placement.answered;
  for (; items < CAP; items++) {
    const ready = readySet(graph, mastered, skills);
    const target = choosePracticeTarget(state, ready);
    if (!target) break;
    state = respond(state, target.skillId, learner.answer(target.skillId, target.difficulty));
    learner.practise(target.skillId);
    if (meetsMasteryRule(state, target.skillId)) mastered.add(target.skillId);
    for (const p of prerequisitesToReopen(graph, state, target.skillId, mastered)) mastered.delete(p);
  }
  const trulyKnownAtEnd = skills.filter((s) => learner.known.has(s)).length;
  return { items, placementItems: placement.answered, credited, trulyKnownAtEnd };
}

function linear(learner: TrueLearner): LoopResult {
  let state = newLearnerModelState(MODEL_PARAMS);
  let items = 0;
  for (const skill of skills) {
    while (items < CAP && !meetsMasteryRule(state, skill)) {
      state = respond(state, skill, learner.answer(skill, 2));
      learner.practise(skill);
      items++;
    }
  }
  const trulyKnownAtEnd = skills.filter((s) => learner.known.has(s)).length;
  return { items, placementItems: 0, credited: new Set(), trulyKnownAtEnd };
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

const started = Date.now();
const perSkillRight = new Map<SkillId, number>(skills.map((s) => [s, 0]));
let falseCredit = 0;
let credits = 0;
let missed = 0;
let knownBefore = 0;
const placementItems: number[] = [];
const adaptiveItems: number[] = [];
const linearItems: number[] = [];
const adaptiveKnownEnd: number[] = [];
const linearKnownEnd: number[] = [];
for (let l = 0; l < LEARNERS; l++) {
  const share = KNOWN + rng.next() * (1 - KNOWN);
  const a = new TrueLearner(l, share, rng);
  const truth = new Set(a.known);
  const b = TrueLearner.copy(a, l);
  const ra = adaptive(a);
  const rb = linear(b);
  for (const s of skills) {
    if (ra.credited.has(s) === truth.has(s)) perSkillRight.set(s, perSkillRight.get(s)! + 1);
    if (ra.credited.has(s) && !truth.has(s)) falseCredit++;
    if (!ra.credited.has(s) && truth.has(s)) missed++;
  }
  credits += ra.credited.size;
  knownBefore += truth.size;
  placementItems.push(ra.placementItems);
  adaptiveItems.push(ra.items);
  linearItems.push(rb.items);
  adaptiveKnownEnd.push(ra.trulyKnownAtEnd / skills.length);
  linearKnownEnd.push(rb.trulyKnownAtEnd / skills.length);
}
const accuracy = [...perSkillRight].map(([skill, n]) => ({ skill, accuracy: n / LEARNERS }));
const placement = {
  bench: 'simulate',
  case: 'placement',
  known_param: KNOWN,
  learners: LEARNERS,
  skills: skills.length,
  items_mean: round(mean(placementItems)),
  items_p50: quantile(placementItems, 0.5),
  items_max: Math.max(...placementItems),
  skill_accuracy_mean: round(mean(accuracy.map((a) => a.accuracy)), 3),
  skill_accuracy_min: round(Math.min(...accuracy.map((a) => a.accuracy)), 3),
  false_credit_rate: round(falseCredit / Math.max(1, credits), 3),
  missed_rate: round(missed / Math.max(1, knownBefore), 3),
  known_share_mean: round(knownBefore / (LEARNERS * skills.length), 3),
};
const loop = (name: string, items: number[], known: number[]) => ({
  bench: 'simulate',
  case: name,
  known_param: KNOWN,
  learners: LEARNERS,
  items_mean: round(mean(items), 1),
  items_p50: quantile(items, 0.5),
  items_p90: quantile(items, 0.9),
  truly_known_at_end: round(mean(known), 3),
});
const adaptiveCase = {
  ...loop('mastery-adaptive', adaptiveItems, adaptiveKnownEnd),
  placement_items_mean: placement.items_mean,
};
const linearCase = loop('mastery-linear', linearItems, linearKnownEnd);

console.log(
  `simulated learners: ${LEARNERS} on "${pathway.name.en}" (${skills.length} skills), ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
console.log('\n(a) placement');
console.log(
  `  items: mean ${placement.items_mean}, median ${placement.items_p50}, max ${placement.items_max} (budget ${startPlacement(skills).max})`,
);
console.log(
  `  per-skill accuracy: mean ${placement.skill_accuracy_mean}, worst ${placement.skill_accuracy_min}`,
);
console.log(
  `  credited but not known: ${placement.false_credit_rate}; known but not credited: ${placement.missed_rate}`,
);
for (const a of accuracy) console.log(`    ${a.skill.padEnd(28)} ${a.accuracy.toFixed(3)}`);
console.log('\n(b) items to master the whole pathway (same model and mastery rule)');
console.log('  loop       mean    p50    p90   truly known at end');
for (const c of [adaptiveCase, linearCase]) {
  console.log(
    `  ${c.case.replace('mastery-', '').padEnd(9)} ${String(c.items_mean).padStart(6)} ${String(c.items_p50).padStart(6)} ${String(c.items_p90).padStart(6)}   ${c.truly_known_at_end}`,
  );
}
console.log(`  adaptive / linear = ${round(adaptiveCase.items_mean / linearCase.items_mean)}\n`);
for (const c of [placement, adaptiveCase, linearCase]) console.log(JSON.stringify(c));
