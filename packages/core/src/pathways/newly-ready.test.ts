import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoContent } from '../content/index.ts';
import { DEFAULT_LEARNER_MODEL_PARAMS as params } from '../learner-model/default-params.ts';
import { getSkillGraph } from '../skills-graph/build-skill-graph.ts';
import { pathwaySkills } from '../skills-graph/pathway.ts';
import { asSkillId } from '../skills-graph/skill.ts';
import { creditedSkillState } from './credited-skill-state.ts';
import { newlyReady } from './newly-ready.ts';

const graph = getSkillGraph(demoContent.skills);
const algebra = pathwaySkills(graph, demoContent.pathways[0]!);
const add = asSkillId('alg.integers-add');
const multiply = asSkillId('alg.integers-multiply');

test('mastering a skill makes ready what rested only on it, never what was ready already', () => {
  const unlocked = newlyReady(graph, algebra, new Set(), add);
  assert.ok(unlocked.includes(multiply), unlocked.join());
  assert.ok(!unlocked.includes(add));
  for (const s of unlocked) {
    for (const p of graph.skills.get(s)!.prerequisites) assert.equal(p, add, `${s} needs ${p} too`);
  }
  assert.deepEqual(newlyReady(graph, [add], new Set(), add), [], 'outside the scope nothing unlocks');
});

test('a skill credited by placement carries three right answers, its real ones among them', () => {
  assert.equal(creditedSkillState(undefined, 4, params).successes, 3);
  const once = creditedSkillState(undefined, 4, params);
  const again = creditedSkillState(once, 9, params);
  assert.deepEqual(again, once, 'already three right answers: nothing added');
});
