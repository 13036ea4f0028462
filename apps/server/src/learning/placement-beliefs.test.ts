import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoContent } from '@pathwise/core/content';
import { asSkillId, getSkillGraph, pathwaySkills, type SkillId } from '@pathwise/core/skills-graph';
import {
  nextPlacementSkill,
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
