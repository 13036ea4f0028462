import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoContent } from '../content/index.ts';
import { getSkillGraph } from '../skills-graph/build-skill-graph.ts';
import { pathwaySkills } from '../skills-graph/pathway.ts';
import { asSkillId, type SkillId } from '../skills-graph/skill.ts';
import {
  nextPlacementSkill,
  parsePlacementState,
  placementResult,
  recordPlacementAnswer,
  startPlacement,
} from './placement-beliefs.ts';

const graph = getSkillGraph(demoContent.skills);
const algebra = pathwaySkills(graph, demoContent.pathways[0]!);

function place(knows: (s: SkillId) => boolean) {
  let state = startPlacement(algebra);
  for (let s = nextPlacementSkill(graph, state); s; s = nextPlacementSkill(graph, state)) {
    state = recordPlacementAnswer(graph, { ...state, asked: [...state.asked, s] }, s, knows(s));
  }
  return { state, known: new Set(placementResult(graph, state)) };
}

test('a right answer is evidence for the prerequisites, a wrong one against the skills that need it', () => {
  const start = startPlacement(algebra);
  const right = recordPlacementAnswer(graph, start, asSkillId('alg.two-step-equations'), true);
  assert.ok(right.belief['alg.one-step-add']! > 0.7, 'prerequisite raised');
  assert.equal(right.belief['alg.systems-elimination'], 0.5, 'a dependent is untouched by a right answer');
  const wrong = recordPlacementAnswer(graph, start, asSkillId('alg.two-step-equations'), false);
  assert.ok(wrong.belief['alg.linear-word-problems']! < 0.3, 'dependent lowered');
  assert.equal(wrong.belief['alg.one-step-add'], 0.5, 'a prerequisite is untouched by a wrong answer');
});

test('placement ends within its budget and finds a learner who knows everything, and one who knows nothing', () => {
  const all = place(() => true);
  assert.ok(all.known.size >= algebra.length - 2, `${all.known.size} of ${algebra.length} found known`);
  assert.ok(all.state.answered <= all.state.max && all.state.answered < algebra.length);
  const none = place(() => false);
  assert.equal(none.known.size, 0);
});

test('the known set is closed over prerequisites', () => {
  const knows = new Set([
    'alg.integers-add',
    'alg.integers-multiply',
    'alg.order-of-operations',
    'alg.like-terms',
  ]);
  const { known } = place((s) => knows.has(s));
  for (const s of known)
    for (const p of graph.skills.get(s)!.prerequisites) assert.ok(known.has(p), `${p} of ${s}`);
  assert.ok(known.has(asSkillId('alg.integers-add')));
  assert.ok(!known.has(asSkillId('alg.systems-elimination')));
});

test('skills mastered elsewhere start settled as known, and placement never asks them', () => {
  const known = new Set(algebra.slice(0, 5));
  const state = startPlacement(algebra, known);
  for (const s of algebra) assert.equal(state.belief[s], known.has(s) ? 0.999 : 0.5, s);
  const asked = nextPlacementSkill(graph, state);
  assert.ok(asked && !known.has(asked), `asked ${asked}`);
});

test('a stored placement parses back; a malformed one is refused naming each bad field', () => {
  const running = recordPlacementAnswer(graph, startPlacement(algebra), algebra[3]!, true);
  assert.deepEqual(parsePlacementState(JSON.parse(JSON.stringify(running))), running);
  const ended = { ...running, known: ['alg.integers-add'] };
  assert.deepEqual(parsePlacementState(JSON.parse(JSON.stringify(ended))), ended);
  assert.deepEqual(parsePlacementState({}).known, [], 'an enrolment made without a placement');
  assert.throws(() => parsePlacementState([]), /expected an object/);
  assert.throws(
    () => parsePlacementState({ belief: { a: 2 }, asked: 'a', answered: 1.5, max: 4, known: [1] }),
    /belief must map skills to probabilities, asked must be a list of skill ids, answered must be a whole number, known must be a list/,
  );
});
