// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { FrameworkSkill } from './framework-api.ts';
import { cycleInWords, frameworkStrands } from './framework-outline.ts';

const skill = (id: string, parentId: string | null = null, prerequisites: string[] = []): FrameworkSkill => ({
  id,
  framework: 'test',
  parentId,
  name: { en: id.toUpperCase(), es: `es-${id}` },
  description: { en: '', es: '' },
  prerequisites,
});

describe('framework outline', () => {
  it('groups skills under their strand, depth first, in stored order', () => {
    const strands = frameworkStrands([
      skill('alg'),
      skill('data'),
      skill('alg.a', 'alg'),
      skill('alg.a.1', 'alg.a'),
      skill('alg.b', 'alg'),
      skill('data.x', 'data'),
      skill('orphan', 'gone'),
    ]);
    expect(strands.map((s) => s.root.id)).toEqual(['alg', 'data', 'orphan']);
    expect(strands[0]!.rows.map((r) => `${r.depth} ${r.skill.id}`)).toEqual([
      '0 alg',
      '1 alg.a',
      '2 alg.a.1',
      '1 alg.b',
    ]);
    expect(strands[1]!.rows.map((r) => r.skill.id)).toEqual(['data', 'data.x']);
  });

  it('names a cycle in order, back to the first skill', () => {
    expect(cycleInWords(['a', 'b'], (id) => id.toUpperCase())).toBe('A → B → A');
    expect(cycleInWords(['a'], (id) => id)).toBe('a → a');
  });
});
