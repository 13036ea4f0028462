/**
 * Simulated learners with a known true state, run through the server's own placement, next-item selector and
 * mastery rule on the "Algebra foundations" pathway (scripts/bench/simulate-loops.ts), for two generative
 * populations (scripts/bench/simulate-populations.ts): `all-or-none` and `gradual`. Every mastery declaration is
 * recorded and counted false when the skill is not truly known at that moment. Rows per population and seed:
 * the production rule (adaptive and linear loops), the floor (declare exactly when learned), and the candidates
 * side by side (scripts/bench/simulate-judges.ts). BKT is fitted per skill (guess and slip per level) on
 * calibration learners of a separate seed, never on the evaluation learners. A realism check compares each
 * population with ASSISTments 2009. Prints a table, then one JSON line per population, seed, rule and loop.
 *
 *   npm run bench:simulate                      500 learners per population, seeds 2026 and 7
 *   npm run bench:simulate -- --quick           150 learners, one seed
 *   npm run bench:simulate -- --sweep           each rule family's effort / false-mastery curve (300 learners)
 *   npm run bench:simulate -- --learners 1000 --seeds 1,2,3 --known 0.8
 */
import { parseArgs } from 'node:util';
import { demoContent, seededRandom } from '@pathwise/core/content';
import { getSkillGraph, pathwaySkills } from '@pathwise/core/skills-graph';
import {
  bktRule,
  emaRule,
  floorRule,
  hybridRule,
  placeholderBktRule,
  previousRule,
  productionRule,
  type RuleSpec,
  streakRule,
} from './simulate-judges.ts';
import { adaptive, calibrateBkt, type LoopResult, linear, realismCheck } from './simulate-loops.ts';
import { type Course, drawLearner, POPULATIONS, type PopulationName } from './simulate-populations.ts';

const { values: args } = parseArgs({
  options: {
    learners: { type: 'string' },
    seeds: { type: 'string', default: '2026,7' },
    /** Each learner knows a ready skill with a chance drawn from [known, 1): how much the population knows. */
    known: { type: 'string', default: '0.45' },
    quick: { type: 'boolean', default: false },
    sweep: { type: 'boolean', default: false },
    /** With --sweep: only the rule families named (comma-separated: ema, n-in-a-row, bkt, hybrid, logistic). */
    family: { type: 'string' },
  },
});
const LEARNERS = Number(args.learners ?? (args.quick ? 150 : args.sweep ? 300 : 500));
const SEEDS = args.seeds
  .split(',')
  .map(Number)
  .slice(0, args.quick || args.sweep ? 1 : undefined);
const KNOWN = Number(args.known);
const CALIBRATION_LEARNERS = 300;
/** ASSISTments 2009 skill builders: the answer after three right in a row is right this often. */
const ASSISTMENTS_2009 = { afterNoError: 0.83, afterOneError: 0.7 };

const graph = getSkillGraph(demoContent.skills);
const pathway = demoContent.pathways.find((p) => p.id === 'algebra-foundations')!;
const course: Course = { graph, skills: pathwaySkills(graph, pathway) };

const quantile = (xs: readonly number[], q: number) =>
  xs.length === 0
    ? Number.NaN
    : [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

/** One population and seed: its evaluation learners and the BKT fitted on its calibration learners. */
function setUp(population: PopulationName, seed: number) {
  const draw = (s: number, n: number) => {
    const traits = seededRandom(s);
    return Array.from({ length: n }, (_, index) =>
      drawLearner(population, course, { traits, known: KNOWN, seed: s, index }),
    );
  };
  const calibrationSeed = seed + 900_001;
  const calibration = draw(calibrationSeed, CALIBRATION_LEARNERS);
  const fitted = calibrateBkt(course, calibration, seededRandom(calibrationSeed + 1));
  const realism = realismCheck(
    course,
    calibration.map((l) => l.fresh()),
  );
  return { learners: draw(seed, LEARNERS), fitted, realism };
}

/** The figures of one rule in one loop over all learners. */
function summarize(results: readonly LoopResult[]) {
  const declarations = results.flatMap((r) => r.declarations);
  const perNewSkill = results.flatMap((r) => {
    const first = new Map<string, number>();
    for (const d of r.declarations)
      if (!d.knownAtStart && !first.has(d.skill)) first.set(d.skill, d.itemsOnSkill);
    return [...first.values()];
  });
  const items = results.map((r) => r.items);
  const share = (n: number) => round(n / Math.max(1, declarations.length), 4);
  return {
    items_p50: quantile(items, 0.5),
    items_p90: quantile(items, 0.9),
    items_per_new_skill_p50: quantile(perNewSkill, 0.5),
    items_per_new_skill_p90: quantile(perNewSkill, 0.9),
    false_mastery_rate: share(declarations.filter((d) => !d.known).length),
    false_mastery_below_0_7: share(declarations.filter((d) => d.success < 0.7).length),
    declarations: declarations.length,
    truly_known_at_end: round(
      results.reduce((a, r) => a + r.trulyKnownAtEnd, 0) / (results.length * course.skills.length),
    ),
  };
}

type Loop = 'adaptive' | 'linear' | 'floor';
type Learners = ReturnType<typeof setUp>['learners'];
const run = (learners: Learners, rule: RuleSpec, loop: Loop) =>
  learners.map((l) => {
    const fresh = l.fresh();
    return (loop === 'linear' ? linear : adaptive)(course, fresh, rule.judge(fresh));
  });

/** Placement's figures in an adaptive loop: its items, skills credited but not known, known but not credited. */
function placementFigures(learners: Learners, results: readonly LoopResult[]) {
  let credited = 0;
  let falseCredit = 0;
  let known = 0;
  let missed = 0;
  results.forEach((r, i) => {
    const truth = learners[i]!.knownAtStart;
    credited += r.credited.size;
    known += truth.size;
    falseCredit += [...r.credited].filter((s) => !truth.has(s)).length;
    missed += [...truth].filter((s) => !r.credited.has(s)).length;
  });
  return {
    placement_items_p50: quantile(
      results.map((r) => r.placementItems),
      0.5,
    ),
    placement_false_credit_rate: round(falseCredit / Math.max(1, credited)),
    placement_missed_rate: round(missed / Math.max(1, known)),
  };
}

const cell = (v: number | string, w: number) => String(v).padStart(w);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const header = `  ${'rule'.padEnd(34)} ${'loop'.padEnd(8)} ${cell('items p50', 9)} ${cell('p90', 5)}  ${cell('per new skill p50', 17)} ${cell('p90', 4)}  ${cell('false', 6)} ${cell('<0.7', 6)} ${cell('known at end', 12)}`;
function row(rule: string, loop: string, s: ReturnType<typeof summarize>): string {
  return `  ${rule.padEnd(34)} ${loop.padEnd(8)} ${cell(s.items_p50, 9)} ${cell(s.items_p90, 5)}  ${cell(s.items_per_new_skill_p50, 17)} ${cell(s.items_per_new_skill_p90, 4)}  ${cell(pct(s.false_mastery_rate), 6)} ${cell(pct(s.false_mastery_below_0_7), 6)} ${cell(s.truly_known_at_end, 12)}`;
}

const started = Date.now();
const lines: object[] = [];
console.log(
  `simulated learners: ${LEARNERS} per population and seed on "${pathway.name.en}" (${course.skills.length} skills); BKT calibrated on ${CALIBRATION_LEARNERS} learners of a separate seed`,
);
console.log(
  '  false: share of declarations made while the skill was not truly known (gradual: true success on a standard item < 0.85);\n  <0.7: share made while the true success was below 0.7; per new skill: items on a skill the learner did not know at\n  the start, up to its first declaration',
);

for (const population of POPULATIONS) {
  for (const seed of SEEDS) {
    const { learners, fitted, realism } = setUp(population, seed);
    const rules: [RuleSpec, Loop][] = args.sweep
      ? [
          ...[0.3, 0.4, 0.5].flatMap((w) => [0.8, 0.85, 0.9, 0.95].map((t) => emaRule(w, t))),
          emaRule(0.32, 0.85),
          emaRule(0.35, 0.85),
          ...(
            [
              [0.5, 0.9, 0.5],
              [0.45, 0.9, 0.55],
              [0.4, 0.9, 0.6],
              [0.35, 0.9, 0.65],
              [0.3, 0.85, 0.65],
            ] as const
          ).map(([w, t, s]) => emaRule(w, t, s)),
          ...[3, 4, 5, 6].map(streakRule),
          ...[0.9, 0.95, 0.98, 0.99].map((t) => bktRule(fitted, t)),
          ...[0.95, 0.98, 0.99].flatMap((b) => [0.75, 0.85].map((e) => hybridRule(fitted, b, 0.5, e))),
          previousRule,
        ]
          .filter((r) => args.family === undefined || args.family.split(',').includes(r.family))
          .map((r) => [r, 'adaptive'] as [RuleSpec, Loop])
      : [
          [productionRule, 'adaptive'],
          [productionRule, 'linear'],
          [floorRule, 'floor'],
          [previousRule, 'adaptive'],
          [streakRule(3), 'adaptive'],
          [bktRule(fitted, 0.95), 'adaptive'],
          [hybridRule(fitted, 0.98, 0.5, 0.75), 'adaptive'],
          [placeholderBktRule, 'adaptive'],
        ];
    console.log(
      `\n${population}, seed ${seed}: after three right in a row the next answer is right ${pct(realism.afterNoError)} with no earlier error (n ${realism.afterNoErrorN}), ${pct(realism.afterOneError)} after one (n ${realism.afterOneErrorN}); ASSISTments 2009: ${pct(ASSISTMENTS_2009.afterNoError)} and ${pct(ASSISTMENTS_2009.afterOneError)}`,
    );
    lines.push({
      bench: 'simulate',
      case: 'realism-check',
      population,
      seed,
      after_3_right_no_error: round(realism.afterNoError),
      after_3_right_one_error: round(realism.afterOneError),
      assistments_2009_no_error: ASSISTMENTS_2009.afterNoError,
      assistments_2009_one_error: ASSISTMENTS_2009.afterOneError,
    });
    const families = [...new Set(rules.map(([r]) => r.family))];
    const measured = rules.map(([rule, loop]) => {
      const results = run(learners, rule, loop);
      const placement = loop === 'linear' ? null : placementFigures(learners, results);
      return { rule, loop, s: summarize(results), placement };
    });
    const shown = args.sweep
      ? [...measured].sort(
          (a, b) =>
            families.indexOf(a.rule.family) - families.indexOf(b.rule.family) ||
            a.s.items_per_new_skill_p50 - b.s.items_per_new_skill_p50 ||
            a.s.false_mastery_rate - b.s.false_mastery_rate,
        )
      : measured;
    const production = measured[0]!.placement;
    if (!args.sweep && production)
      console.log(
        `  placement: ${production.placement_items_p50} items (median); credited but not known ${pct(production.placement_false_credit_rate)}, known but not credited ${pct(production.placement_missed_rate)}`,
      );
    console.log(header);
    for (const { rule, loop, s, placement } of shown) {
      console.log(row(rule.name, loop, s));
      lines.push({
        bench: 'simulate',
        case: args.sweep ? `sweep ${rule.name}` : rule.name,
        family: rule.family,
        population,
        loop,
        seed,
        learners: LEARNERS,
        production: rule === productionRule,
        ...s,
        ...(placement ?? {}),
      });
    }
  }
}
console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s\n`);
for (const line of lines) console.log(JSON.stringify(line));
