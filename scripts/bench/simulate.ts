/**
 * Simulated learners with a known true state, run through the server's own placement and next-item code:
 * (a) how many items placement takes and how often it gets each skill right;
 * (b) how many items the adaptive loop (placement, then the next-item selector) needs to master the whole
 *     "Algebra foundations" pathway, against practising the skills in a fixed linear (topological) order, with
 *     the same learner model and mastery rule.
 * Two comparison rows explain the figures: the linear order skipping exactly what the learner knew at the start
 * (no placement can save more), and both loops under a BKT mastery rule with OATutor's defaults. Each loop's
 * items are split into: skills known from the start, skills before they were learned, and after they were learned
 * until the rule held ("confirming"), which is where most items go under the production rule.
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
import {
  type BktSkillParams,
  bktUpdate,
  recordResponse,
} from '../../packages/core/src/learner-model/index.ts';
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
  /** What the learner knew before any practice. */
  knownAtStart: ReadonlySet<SkillId> = new Set();
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
    this.knownAtStart = new Set(this.known);
    this.luck = seededRandom(SEED * 1_000_003 + index);
  }
  /** The same learner again, before any practice, with the same luck. */
  static copy(of: TrueLearner, index: number): TrueLearner {
    const copy = Object.create(TrueLearner.prototype) as TrueLearner;
    return Object.assign(copy, of, {
      known: new Set(of.knownAtStart),
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

/** Where a loop's items went: skills known from the start, unknown skills before and after they were learned. */
interface ItemUse {
  knownAtStart: number;
  learning: number;
  confirming: number;
}

/** Counts one item on `skill` for `learner`, before the answer changes anything. */
function tally(use: ItemUse, learner: TrueLearner, skill: SkillId): void {
  if (learner.knownAtStart.has(skill)) use.knownAtStart++;
  else if (learner.known.has(skill)) use.confirming++;
  else use.learning++;
}

/** Decides mastery from the answers seen: the production rule, or a BKT posterior (for comparison only). */
interface MasteryJudge {
  observe(skill: SkillId, correct: boolean): void;
  mastered(state: LearnerModelState, skill: SkillId): boolean;
}

/** The production mastery rule on the production learner model. */
const productionRule = (): MasteryJudge => ({
  observe: () => {},
  mastered: (state, skill) => meetsMasteryRule(state, skill),
});

/** OATutor's default BKT parameters for every skill of its algebra course, and its mastery threshold. */
const OATUTOR_BKT: BktSkillParams = { init: 0.1, learn: 0.1, guess: 0.1, slip: 0.1 };
const BKT_MASTERY = 0.95;

/**
 * A BKT posterior per skill with OATutor's defaults (not fitted to this simulation): mastered at P(known) ≥ 0.95.
 * NOTE: not what production runs; it shows how much of the cost is the mastery rule rather than the loop.
 */
const bktRule = (): MasteryJudge => {
  const known = new Map<SkillId, number>();
  return {
    observe: (skill, correct) =>
      known.set(skill, bktUpdate(known.get(skill) ?? OATUTOR_BKT.init, correct, OATUTOR_BKT)),
    mastered: (_state, skill) => (known.get(skill) ?? 0) >= BKT_MASTERY,
  };
};

interface LoopResult {
  use: ItemUse;
  items: number;
  placementItems: number;
  credited: Set<SkillId>;
  trulyKnownAtEnd: number;
}

function respond(state: LearnerModelState, skill: SkillId, correct: boolean) {
  return recordResponse(state, { skills: [skill], correct }, MODEL_PARAMS);
}

function adaptive(learner: TrueLearner, judge: MasteryJudge = productionRule()): LoopResult {
  let placement = startPlacement(skills);
  let state = newLearnerModelState(MODEL_PARAMS);
  for (let s = nextPlacementSkill(graph, placement); s; s = nextPlacementSkill(graph, placement)) {
    const correct = learner.answer(s, 2);
    placement = recordPlacementAnswer(graph, placement, s, correct);
    judge.observe(s, correct);
    state = respond(state, s, correct);
  }
  const credited = new Set(placementResult(graph, placement));
  const mastered = new Set(credited);
  const skillStates = { ...state.skills };
  for (const s of credited) skillStates[s] = creditedSkillState(state.skills[s], state.learner.responses);
  state = { ...state, skills: skillStates };
  let items = placement.answered;
  const use: ItemUse = { knownAtStart: 0, learning: 0, confirming: 0 };
  for (; items < CAP; items++) {
    const ready = readySet(graph, mastered, skills);
    const target = choosePracticeTarget(state, ready);
    if (!target) break;
    tally(use, learner, target.skillId);
    const correct = learner.answer(target.skillId, target.difficulty);
    state = respond(state, target.skillId, correct);
    judge.observe(target.skillId, correct);
    learner.practise(target.skillId);
    if (judge.mastered(state, target.skillId)) mastered.add(target.skillId);
    for (const p of prerequisitesToReopen(graph, state, target.skillId, mastered)) mastered.delete(p);
  }
  const trulyKnownAtEnd = skills.filter((s) => learner.known.has(s)).length;
  return { use, items, placementItems: placement.answered, credited, trulyKnownAtEnd };
}

/**
 * Practises the skills in the fixed topological order, each until the mastery rule holds. `oracle` skips the skills
 * the learner knew from the start: no placement can do better, so it bounds what placement could save.
 */
function linear(learner: TrueLearner, oracle = false, judge: MasteryJudge = productionRule()): LoopResult {
  let state = newLearnerModelState(MODEL_PARAMS);
  let items = 0;
  const use: ItemUse = { knownAtStart: 0, learning: 0, confirming: 0 };
  for (const skill of skills) {
    if (oracle && learner.knownAtStart.has(skill)) continue;
    while (items < CAP && !judge.mastered(state, skill)) {
      tally(use, learner, skill);
      const correct = learner.answer(skill, 2);
      state = respond(state, skill, correct);
      judge.observe(skill, correct);
      learner.practise(skill);
      items++;
    }
  }
  const trulyKnownAtEnd = skills.filter((s) => learner.known.has(s)).length;
  return { use, items, placementItems: 0, credited: new Set(), trulyKnownAtEnd };
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
const runs = {
  adaptive: [] as LoopResult[],
  linear: [] as LoopResult[],
  oracle: [] as LoopResult[],
  adaptiveBkt: [] as LoopResult[],
  linearBkt: [] as LoopResult[],
};
for (let l = 0; l < LEARNERS; l++) {
  const share = KNOWN + rng.next() * (1 - KNOWN);
  const a = new TrueLearner(l, share, rng);
  const truth = new Set(a.known);
  const ra = adaptive(a);
  runs.adaptive.push(ra);
  runs.linear.push(linear(TrueLearner.copy(a, l)));
  runs.oracle.push(linear(TrueLearner.copy(a, l), true));
  runs.adaptiveBkt.push(adaptive(TrueLearner.copy(a, l), bktRule()));
  runs.linearBkt.push(linear(TrueLearner.copy(a, l), false, bktRule()));
  for (const s of skills) {
    if (ra.credited.has(s) === truth.has(s)) perSkillRight.set(s, perSkillRight.get(s)! + 1);
    if (ra.credited.has(s) && !truth.has(s)) falseCredit++;
    if (!ra.credited.has(s) && truth.has(s)) missed++;
  }
  credits += ra.credited.size;
  knownBefore += truth.size;
  placementItems.push(ra.placementItems);
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
/** One loop's figures; the paired ratio compares each learner with the linear loop under the same mastery rule. */
const loop = (name: string, results: LoopResult[], linearRuns: LoopResult[] = runs.linear) => {
  const items = results.map((r) => r.items);
  const paired = results.map((r, i) => r.items / Math.max(1, linearRuns[i]!.items));
  return {
    bench: 'simulate',
    case: name,
    known_param: KNOWN,
    learners: LEARNERS,
    items_mean: round(mean(items), 1),
    items_p50: quantile(items, 0.5),
    items_p90: quantile(items, 0.9),
    /** Per learner, this loop's items over the linear loop's: the median of the paired ratios. */
    ratio_to_linear_p50: round(quantile(paired, 0.5), 3),
    fewer_than_linear_share: round(paired.filter((x) => x < 1).length / results.length, 3),
    placement_items_mean: round(mean(results.map((r) => r.placementItems)), 1),
    known_at_start_items_mean: round(mean(results.map((r) => r.use.knownAtStart)), 1),
    learning_items_mean: round(mean(results.map((r) => r.use.learning)), 1),
    confirming_items_mean: round(mean(results.map((r) => r.use.confirming)), 1),
    truly_known_at_end: round(mean(results.map((r) => r.trulyKnownAtEnd / skills.length)), 3),
  };
};
const cases = [
  loop('mastery-adaptive', runs.adaptive),
  loop('mastery-linear', runs.linear),
  loop('mastery-linear-oracle-skip', runs.oracle),
  loop('bkt-rule-adaptive', runs.adaptiveBkt, runs.linearBkt),
  loop('bkt-rule-linear', runs.linearBkt, runs.linearBkt),
];

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
console.log(
  '\n(b) items to master the whole pathway: the same learner model and mastery rule in both loops; the bkt-rule rows swap\n    the production mastery rule for a BKT posterior with OATutor defaults in both loops, for comparison',
);
console.log(
  '  loop                 mean    p50    p90  paired p50  fewer   placement  known-at-start  learning  confirming  truly known',
);
for (const c of cases) {
  const cell = (v: number | string, w: number) => String(v).padStart(w);
  console.log(
    `  ${c.case.replace('mastery-', '').padEnd(18)} ${cell(c.items_mean, 6)} ${cell(c.items_p50, 6)} ${cell(c.items_p90, 6)} ${cell(c.ratio_to_linear_p50, 11)} ${cell(c.fewer_than_linear_share, 6)} ${cell(c.placement_items_mean, 11)} ${cell(c.known_at_start_items_mean, 15)} ${cell(c.learning_items_mean, 9)} ${cell(c.confirming_items_mean, 11)} ${cell(c.truly_known_at_end, 12)}`,
  );
}
console.log(
  '  oracle-skip: the linear order, skipping what the learner truly knew at the start (the most any placement can save)',
);
console.log(
  "  learning: items on a skill before the learner truly learned it; confirming: after, until the mastery rule holds;\n  paired p50: the median over learners of this loop's items / the linear loop's under the same rule; fewer: how often < 1\n",
);
for (const c of [placement, ...cases]) console.log(JSON.stringify(c));
