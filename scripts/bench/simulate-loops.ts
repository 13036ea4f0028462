/**
 * The loops bench:simulate runs a learner through, with the server's own placement, next-item selector and
 * prerequisite reopening: `adaptive` (placement, then the selector) and `linear` (the fixed topological order,
 * standard items). Every mastery declaration is recorded with the learner's true state at that moment.
 * Also: BKT calibration on learners of a separate seed, and the ASSISTments realism check.
 */
import type { SeededRandom } from '@pathwise/core/content';
import {
  fitLeveledBkt,
  type ItemLevel,
  type LearnerModelState,
  type LeveledAnswer,
  type LeveledBktParams,
  newLearnerModelState,
  recordResponse,
} from '@pathwise/core/learner-model';
import {
  choosePracticeTarget,
  creditedSkillState,
  nextPlacementSkill,
  placementResult,
  prerequisitesToReopen,
  recordPlacementAnswer,
  startPlacement,
} from '@pathwise/core/pathways';
import { readySet, type SkillId } from '@pathwise/core/skills-graph';
import { MODEL_PARAMS } from '../../apps/server/src/learner-model/learner-model-store.ts';
import type { MasteryJudge } from './simulate-judges.ts';
import type { Course, SimulatedLearner } from './simulate-populations.ts';

/** A learner's items are capped here (a rule that never declares would loop forever). */
export const ITEM_CAP = 3000;

/** One mastery declaration made by practice (placement credits are counted apart). */
export interface Declaration {
  readonly skill: SkillId;
  /** Items answered on the skill up to and including the one that led to the declaration. */
  readonly itemsOnSkill: number;
  readonly knownAtStart: boolean;
  /** Whether the learner truly knew the skill when it was declared. */
  readonly known: boolean;
  /** The learner's true success on a standard item of the skill when it was declared. */
  readonly success: number;
}

export interface LoopResult {
  readonly items: number;
  readonly placementItems: number;
  readonly credited: ReadonlySet<SkillId>;
  readonly declarations: readonly Declaration[];
  readonly trulyKnownAtEnd: number;
}

const respond = (state: LearnerModelState, skill: SkillId, correct: boolean, level: ItemLevel) =>
  recordResponse(state, { skills: [skill], correct, level }, MODEL_PARAMS);

/** Counts items per skill and records declarations. */
function recorder(learner: SimulatedLearner) {
  const onSkill = new Map<SkillId, number>();
  const declarations: Declaration[] = [];
  return {
    declarations,
    count: (skill: SkillId) => onSkill.set(skill, (onSkill.get(skill) ?? 0) + 1),
    declare: (skill: SkillId) =>
      declarations.push({
        skill,
        itemsOnSkill: onSkill.get(skill) ?? 0,
        knownAtStart: learner.knownAtStart.has(skill),
        known: learner.knows(skill),
        success: learner.success(skill),
      }),
  };
}

const knownAtEnd = (course: Course, learner: SimulatedLearner) =>
  course.skills.filter((s) => learner.knows(s)).length;

/** Placement, then the next-item selector until every skill of the pathway is mastered (or the cap). */
export function adaptive(course: Course, learner: SimulatedLearner, judge: MasteryJudge): LoopResult {
  const { graph, skills } = course;
  const log = recorder(learner);
  let placement = startPlacement(skills);
  let state = newLearnerModelState(MODEL_PARAMS);
  for (let s = nextPlacementSkill(graph, placement); s; s = nextPlacementSkill(graph, placement)) {
    const correct = learner.answer(s, 2);
    placement = recordPlacementAnswer(graph, placement, s, correct);
    judge.observe(s, correct, 2);
    state = respond(state, s, correct, 2);
    log.count(s);
  }
  const credited = new Set(placementResult(graph, placement));
  const mastered = new Set(credited);
  const skillStates = { ...state.skills };
  for (const s of credited)
    skillStates[s] = creditedSkillState(state.skills[s], state.learner.responses, MODEL_PARAMS);
  state = { ...state, skills: skillStates };
  let items = placement.answered;
  for (; items < ITEM_CAP; items++) {
    const target = choosePracticeTarget(state, readySet(graph, mastered, skills), MODEL_PARAMS);
    if (!target) break;
    const skill = target.skillId;
    const correct = learner.answer(skill, target.difficulty);
    state = respond(state, skill, correct, target.difficulty);
    judge.observe(skill, correct, target.difficulty);
    learner.practise(skill);
    log.count(skill);
    if (!mastered.has(skill) && judge.mastered(state, skill)) {
      mastered.add(skill);
      log.declare(skill);
    }
    for (const p of prerequisitesToReopen(graph, state, skill, mastered)) mastered.delete(p);
  }
  const result = { items, placementItems: placement.answered, credited, declarations: log.declarations };
  return { ...result, trulyKnownAtEnd: knownAtEnd(course, learner) };
}

/** The skills in the fixed topological order, standard items, each until the rule declares it (no placement). */
export function linear(course: Course, learner: SimulatedLearner, judge: MasteryJudge): LoopResult {
  const log = recorder(learner);
  let state = newLearnerModelState(MODEL_PARAMS);
  let items = 0;
  for (const skill of course.skills) {
    while (items < ITEM_CAP && !judge.mastered(state, skill)) {
      const correct = learner.answer(skill, 2);
      state = respond(state, skill, correct, 2);
      judge.observe(skill, correct, 2);
      learner.practise(skill);
      log.count(skill);
      items++;
    }
    if (items < ITEM_CAP) log.declare(skill);
  }
  const result = { items, placementItems: 0, credited: new Set<SkillId>(), declarations: log.declarations };
  return { ...result, trulyKnownAtEnd: knownAtEnd(course, learner) };
}

/**
 * Fits BKT (guess and slip per level) per skill on calibration learners: each practises every skill in the
 * topological order for `length` items at random levels. NOTE: the learners come from their own seed, never the
 * evaluation learners'.
 */
export function calibrateBkt(
  course: Course,
  learners: readonly SimulatedLearner[],
  levels: SeededRandom,
  length = 10,
): Map<SkillId, LeveledBktParams> {
  const sequences = new Map<SkillId, LeveledAnswer[][]>(course.skills.map((s) => [s, []]));
  for (const learner of learners) {
    for (const skill of course.skills) {
      const seq: LeveledAnswer[] = [];
      for (let i = 0; i < length; i++) {
        const level = levels.int(1, 3) as ItemLevel;
        seq.push({ correct: learner.answer(skill, level), level });
        learner.practise(skill);
      }
      sequences.get(skill)!.push(seq);
    }
  }
  return new Map(course.skills.map((s) => [s, fitLeveledBkt(sequences.get(s)!, { iterations: 30 })]));
}

/** How often the answer after the first three right in a row is right, by errors on the skill before the run. */
export interface RealismCheck {
  readonly afterNoError: number;
  readonly afterNoErrorN: number;
  readonly afterOneError: number;
  readonly afterOneErrorN: number;
}

/**
 * The ASSISTments 2009 check: each learner practises every skill in the topological order, 12 standard items each;
 * at the first run of three right answers, the next answer is tallied by the errors made on the skill before it.
 */
export function realismCheck(course: Course, learners: readonly SimulatedLearner[]): RealismCheck {
  const tally = [
    [0, 0],
    [0, 0],
  ] as [number, number][];
  for (const learner of learners) {
    for (const skill of course.skills) {
      const answers: boolean[] = [];
      for (let i = 0; i < 12; i++) {
        answers.push(learner.answer(skill, 2));
        learner.practise(skill);
      }
      const at = answers.findIndex((_, i) => i >= 2 && answers[i] && answers[i - 1] && answers[i - 2]);
      if (at < 0 || at + 1 >= answers.length) continue;
      const errors = answers.slice(0, at - 2).filter((a) => !a).length;
      if (errors > 1) continue;
      tally[errors]![0]++;
      if (answers[at + 1]) tally[errors]![1]++;
    }
  }
  const rate = ([n, right]: [number, number]) => (n === 0 ? Number.NaN : right / n);
  return {
    afterNoError: rate(tally[0]!),
    afterNoErrorN: tally[0]![0],
    afterOneError: rate(tally[1]!),
    afterOneErrorN: tally[1]![0],
  };
}
