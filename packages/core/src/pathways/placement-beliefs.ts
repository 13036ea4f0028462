import type { SkillGraph, SkillId } from '../skills-graph/skill.ts';
import { MASTERY_THRESHOLD } from './mastery-threshold.ts';

/**
 * The placement's belief about each skill of a pathway: the probability that the learner already knows it.
 * Stored as JSON in the enrolment while placement runs.
 */
export interface PlacementState {
  readonly belief: Readonly<Record<string, number>>;
  /** Skills asked, in order (a skill may be asked twice). */
  readonly asked: readonly string[];
  readonly answered: number;
  readonly max: number;
  /** Set when placement ends: the skills credited as known. */
  readonly known?: readonly string[];
}

/** How an answer relates to knowing a skill (slip and guess of a knowledge-tracing model). */
const SLIP = 0.1;
const GUESS = 0.2;
/** Evidence passed along prerequisite edges counts this much (as a power of the likelihood ratio). */
const PROPAGATION = 0.8;
/**
 * A skill is settled once the belief leaves (LOW, HIGH): known as surely as mastery asks of practice, or surely not
 * known. NOTE: LOW is its own number, not 1 − HIGH: a LOW of 0.1 leaves so many
 * skills open after wrong answers that a learner who knows everything is found knowing 8 of the 20 algebra skills
 * (the placement test pins this).
 */
const HIGH = MASTERY_THRESHOLD;
const LOW = 0.15;

const odds = (p: number) => p / (1 - p);
const prob = (o: number) => o / (1 + o);

/**
 * A fresh placement over a pathway's skills; the number of items is 4/5 of the pathway's skills, within 4–16.
 * Skills in `known` (mastered elsewhere) start settled as known.
 *
 * @example
 * startPlacement(pathwaySkills(graph, pathway), new Set(mastered)).max; // 12 for 15 skills
 */
export function startPlacement(
  skills: readonly SkillId[],
  known: ReadonlySet<SkillId> = new Set(),
): PlacementState {
  return {
    belief: Object.fromEntries(skills.map((s) => [s, known.has(s) ? 0.999 : 0.5])),
    asked: [],
    answered: 0,
    max: Math.min(16, Math.max(4, Math.ceil(skills.length * 0.8))),
  };
}

function closure(graph: SkillGraph, start: SkillId, next: (id: SkillId) => readonly SkillId[]): SkillId[] {
  const found = new Set<SkillId>();
  const stack = [...next(start)];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (found.has(id) || !graph.skills.has(id)) continue;
    found.add(id);
    stack.push(...next(id));
  }
  return [...found];
}

const ancestors = (g: SkillGraph, s: SkillId) => closure(g, s, (id) => g.skills.get(id)?.prerequisites ?? []);
const descendants = (g: SkillGraph, s: SkillId) => closure(g, s, (id) => g.dependents.get(id) ?? []);

/**
 * The beliefs after one placement answer. A right answer is evidence that the skill and all its
 * prerequisites are known; a wrong one, that the skill and every skill that needs it are not.
 *
 * @example
 * updateBeliefs(graph, state.belief, asSkillId('alg.two-step-equations'), true); // prerequisites raised
 */
export function updateBeliefs(
  graph: SkillGraph,
  belief: Readonly<Record<string, number>>,
  skillId: SkillId,
  correct: boolean,
): Record<string, number> {
  const ratio = correct ? (1 - SLIP) / GUESS : SLIP / (1 - GUESS);
  const next = { ...belief };
  const apply = (id: string, power: number) => {
    const p = next[id];
    if (p === undefined) return;
    next[id] = Math.min(0.999, Math.max(0.001, prob(odds(p) * ratio ** power)));
  };
  apply(skillId, 1);
  for (const id of correct ? ancestors(graph, skillId) : descendants(graph, skillId)) apply(id, PROPAGATION);
  return next;
}

const settled = (p: number) => p >= HIGH || p <= LOW;

/**
 * The placement after one answer.
 *
 * @example
 * recordPlacementAnswer(graph, state, skillId, false).answered; // state.answered + 1
 */
export function recordPlacementAnswer(
  graph: SkillGraph,
  state: PlacementState,
  skillId: SkillId,
  correct: boolean,
): PlacementState {
  return {
    ...state,
    belief: updateBeliefs(graph, state.belief, skillId, correct),
    answered: state.answered + 1,
  };
}

/**
 * The skill to ask next: the one whose answer is expected to settle the most skills (one-step look-ahead), or
 * null when placement is over (every skill settled, or the item budget spent).
 *
 * @example
 * nextPlacementSkill(graph, startPlacement(skills)); // a skill in the middle of the pathway
 */
export function nextPlacementSkill(graph: SkillGraph, state: PlacementState): SkillId | null {
  if (state.answered >= state.max) return null;
  const open = Object.keys(state.belief).filter((s) => !settled(state.belief[s]!)) as SkillId[];
  let best: { skill: SkillId; gain: number } | null = null;
  for (const skill of open) {
    const p = state.belief[skill]!;
    const pRight = p * (1 - SLIP) + (1 - p) * GUESS;
    const countSettled = (b: Record<string, number>) => open.filter((s) => settled(b[s]!)).length;
    const gain =
      pRight * countSettled(updateBeliefs(graph, state.belief, skill, true)) +
      (1 - pRight) * countSettled(updateBeliefs(graph, state.belief, skill, false));
    if (!best || gain > best.gain + 1e-9) best = { skill, gain };
  }
  return best?.skill ?? null;
}

/** Belief at which placement credits a skill as known when it ends. */
const CREDIT = 0.65;

/**
 * The skills credited as known when placement ends: belief of at least {@link CREDIT}, closed over prerequisites
 * (knowing a skill implies knowing what it builds on), in the pathway's order.
 *
 * @example
 * placementResult(graph, state); // ['alg.integers-add', 'alg.integers-multiply']
 */
export function placementResult(graph: SkillGraph, state: PlacementState): SkillId[] {
  const known = new Set<SkillId>();
  for (const [skill, p] of Object.entries(state.belief)) {
    if (p < CREDIT) continue;
    known.add(skill as SkillId);
    for (const a of ancestors(graph, skill as SkillId)) if (state.belief[a] !== undefined) known.add(a);
  }
  return Object.keys(state.belief).filter((s) => known.has(s as SkillId)) as SkillId[];
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

/**
 * Reads a stored placement (a JSONB column) back, keeping only the known fields; throws naming each bad field.
 *
 * @example
 * parsePlacementState(row.placement).known; // undefined while placement runs
 */
export function parsePlacementState(json: unknown): PlacementState {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error('placement: expected an object');
  }
  const obj = json as Record<string, unknown>;
  // NOTE: an enrolment made without a placement (the demo cohort's, before placements were typed) holds `{}`:
  // read as a placement that ended crediting nothing.
  if (Object.keys(obj).length === 0) return { belief: {}, asked: [], answered: 0, max: 0, known: [] };
  const bad: string[] = [];
  const belief = obj.belief;
  const beliefOk =
    typeof belief === 'object' &&
    belief !== null &&
    !Array.isArray(belief) &&
    Object.values(belief).every((p) => typeof p === 'number' && p >= 0 && p <= 1);
  if (!beliefOk) bad.push('belief must map skills to probabilities');
  if (!isStringArray(obj.asked)) bad.push('asked must be a list of skill ids');
  for (const k of ['answered', 'max'] as const) {
    if (!Number.isInteger(obj[k]) || (obj[k] as number) < 0) bad.push(`${k} must be a whole number`);
  }
  if (obj.known !== undefined && !isStringArray(obj.known)) bad.push('known must be a list of skill ids');
  if (bad.length > 0) throw new Error(`placement: ${bad.join(', ')}`);
  return {
    belief: { ...(belief as Record<string, number>) },
    asked: [...(obj.asked as string[])],
    answered: obj.answered as number,
    max: obj.max as number,
    ...(obj.known !== undefined ? { known: [...(obj.known as string[])] } : {}),
  };
}
