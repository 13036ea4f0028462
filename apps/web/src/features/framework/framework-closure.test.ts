// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { FrameworkSkill } from './framework-api.ts';
import { coveredSkillIds, selfAndDescendantIds } from './framework-closure.ts';

const skill = (id: string, parentId: string | null = null, prerequisites: string[] = []): FrameworkSkill => ({
  id,
  framework: 'test',
  parentId,
  name: { en: id, es: id },
  description: { en: '', es: '' },
  prerequisites,
});

const skills = [
  skill('alg'),
  skill('alg.a', 'alg'),
  skill('alg.b', 'alg', ['alg.a']),
  skill('alg.c', 'alg', ['alg.b', 'data.x']),
  skill('alg.c.1', 'alg.c'),
  skill('data'),
  skill('data.x', 'data'),
];

describe('framework closure', () => {
  it('counts a pathway’s skills as its goals closed over prerequisites, each once', () => {
    expect([...coveredSkillIds(skills, ['alg.c'])].sort()).toEqual(['alg.a', 'alg.b', 'alg.c', 'data.x']);
    expect(coveredSkillIds(skills, ['alg.b', 'alg.c']).size).toBe(4);
    expect(coveredSkillIds(skills, ['alg.a']).size).toBe(1);
    // Children are not prerequisites: a strand as a goal is the strand alone.
    expect(coveredSkillIds(skills, ['alg']).size).toBe(1);
    expect(coveredSkillIds(skills, ['gone']).size).toBe(0);
  });

  it('finds a skill and everything below it, where it may not move', () => {
    expect([...selfAndDescendantIds(skills, 'alg')].sort()).toEqual([
      'alg',
      'alg.a',
      'alg.b',
      'alg.c',
      'alg.c.1',
    ]);
    expect([...selfAndDescendantIds(skills, 'alg.c.1')]).toEqual(['alg.c.1']);
  });
});
