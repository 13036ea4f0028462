import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { demoContent } from '../content/catalog/demo-content.ts';
import {
  buildSkillGraph,
  findCycleThroughEdge,
  getSkillGraph,
  SkillGraphError,
} from './build-skill-graph.ts';
import { asSkillId, type Skill } from './skill.ts';

function skill(id: string, prerequisites: string[] = [], parent: string | null = null): Skill {
  return {
    id: asSkillId(id),
    name: { en: id, es: id },
    description: { en: id, es: id },
    parentId: parent === null ? null : asSkillId(parent),
    prerequisites: prerequisites.map(asSkillId),
  };
}

describe('buildSkillGraph', () => {
  test('rejects a prerequisite cycle and names the skills on it, in order', () => {
    const result = buildSkillGraph([
      skill('a'),
      skill('b', ['a', 'd']),
      skill('c', ['b']),
      skill('d', ['c']),
    ]);
    assert.equal(result.ok, false);
    assert.ok(!result.ok);
    const problem = result.problems.find((p) => p.code === 'prerequisite-cycle');
    assert.ok(problem && problem.code === 'prerequisite-cycle');
    // b needs d, d needs c, c needs b: any rotation of that order names the same cycle
    const rotations = [
      ['b', 'd', 'c'],
      ['d', 'c', 'b'],
      ['c', 'b', 'd'],
    ];
    assert.ok(
      rotations.some((r) => JSON.stringify(r) === JSON.stringify(problem.cycle)),
      JSON.stringify(problem.cycle),
    );
  });

  test('rejects a skill that requires itself', () => {
    const result = buildSkillGraph([skill('a', ['a'])]);
    assert.ok(!result.ok);
    assert.deepEqual(result.problems, [{ code: 'prerequisite-cycle', cycle: ['a'] }]);
  });

  test('rejects a hierarchy cycle, duplicate ids and dangling references', () => {
    const cyclic = buildSkillGraph([skill('a', [], 'b'), skill('b', [], 'a')]);
    assert.ok(!cyclic.ok);
    assert.equal(cyclic.problems[0]?.code, 'parent-cycle');
    const broken = buildSkillGraph([skill('a'), skill('a'), skill('b', ['zz'], 'yy')]);
    assert.ok(!broken.ok);
    assert.deepEqual(
      broken.problems.map((p) => p.code),
      ['duplicate-id', 'unknown-prerequisite', 'unknown-parent'],
    );
  });

  test('getSkillGraph throws a SkillGraphError carrying the problems', () => {
    assert.throws(
      () => getSkillGraph([skill('a', ['b']), skill('b', ['a'])]),
      (error: unknown) =>
        error instanceof SkillGraphError && error.problems[0]?.code === 'prerequisite-cycle',
    );
  });

  test('orders skills topologically: every prerequisite comes before the skills that need it', () => {
    const graph = getSkillGraph(demoContent.skills);
    const position = new Map(graph.order.map((id, i) => [id, i]));
    assert.equal(graph.order.length, demoContent.skills.length);
    for (const s of demoContent.skills) {
      for (const p of s.prerequisites)
        assert.ok(position.get(p)! < position.get(s.id)!, `${p} before ${s.id}`);
    }
  });

  test('findCycleThroughEdge names the cycle an edit would close, and allows safe edits', () => {
    const graph = getSkillGraph([skill('a'), skill('b', ['a']), skill('c', ['b'])]);
    assert.deepEqual(findCycleThroughEdge(graph, asSkillId('a'), asSkillId('c')), ['a', 'c', 'b']);
    assert.deepEqual(findCycleThroughEdge(graph, asSkillId('a'), asSkillId('a')), ['a']);
    assert.equal(findCycleThroughEdge(graph, asSkillId('c'), asSkillId('a')), null);
  });

  test('handles a deep chain without recursion limits', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => skill(`s${i}`, i === 0 ? [] : [`s${i - 1}`]));
    const graph = getSkillGraph(chain);
    assert.equal(graph.order[19_999], 's19999');
    const looped = [...chain.slice(1), skill('s0', ['s19999'])];
    const result = buildSkillGraph(looped);
    assert.ok(!result.ok);
    assert.equal(
      result.problems[0]?.code === 'prerequisite-cycle' && result.problems[0].cycle.length,
      20_000,
    );
  });
});
