import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { demoContent } from '../content/catalog/demo-content.ts';
import { algebraFoundationsPathway } from '../content/frameworks/algebra-foundations.ts';
import { dataLiteracyPathway } from '../content/frameworks/data-literacy.ts';
import { getSkillGraph } from './build-skill-graph.ts';
import { descendantSkills, pathwaySkills } from './pathway.ts';
import { asSkillId, type SkillId } from './skill.ts';
import { readySet, skillMap, skillStatus } from './skill-status.ts';

const graph = getSkillGraph(demoContent.skills);
const ids = (...list: string[]): Set<SkillId> => new Set(list.map(asSkillId));

describe('pathways', () => {
  test('a pathway is its goals closed over prerequisites, in topological order', () => {
    const algebra = pathwaySkills(graph, algebraFoundationsPathway);
    assert.equal(algebra.length, 20);
    assert.equal(algebra[0], 'alg.integers-add');
    assert.ok(algebra.every((id) => id.startsWith('alg.')));
    assert.equal(pathwaySkills(graph, dataLiteracyPathway).length, 10);
  });

  test('the hierarchy groups practice skills under strands', () => {
    assert.equal(descendantSkills(graph, asSkillId('alg')).length, 25);
    assert.deepEqual(descendantSkills(graph, asSkillId('alg.inequalities')), [
      'alg.inequalities-one-step',
      'alg.inequalities-two-step',
    ]);
  });
});

describe('ready set and locked reasons', () => {
  const scope = pathwaySkills(graph, algebraFoundationsPathway);

  test('a new learner can start only with skills that have no prerequisites', () => {
    assert.deepEqual(readySet(graph, new Set(), scope), ['alg.integers-add']);
  });

  test('mastering a skill unlocks the skills whose prerequisites are now all mastered', () => {
    const ready = readySet(graph, ids('alg.integers-add'), scope);
    assert.deepEqual(ready, ['alg.integers-multiply', 'alg.like-terms', 'alg.one-step-add']);
  });

  test('a locked skill names the missing prerequisites and where to start', () => {
    const status = skillStatus(
      graph,
      asSkillId('alg.two-step-equations'),
      ids('alg.integers-add', 'alg.one-step-add'),
    );
    assert.deepEqual(status, {
      status: 'locked',
      missing: ['alg.one-step-multiply'],
      startWith: ['alg.integers-multiply'],
    });
    assert.deepEqual(skillStatus(graph, asSkillId('alg.integers-add'), ids('alg.integers-add')), {
      status: 'mastered',
    });
  });

  test('the map gives every skill of the pathway a status', () => {
    const map = skillMap(graph, ids('alg.integers-add'), scope);
    assert.equal(map.length, 20);
    assert.equal(map.filter((m) => m.status.status === 'ready').length, 3);
    assert.equal(map.filter((m) => m.status.status === 'locked').length, 16);
  });
});
