import type { FrameworkSkill } from './framework-api.ts';

/**
 * The skills a pathway covers: its goal skills closed over prerequisites, as the server's catalogue counts them
 * (`pathwaySkills` in core). Ids that are not skills of the framework are left out.
 *
 * @example
 * coveredSkillIds(skills, ['alg.slope']).size; // the slope and everything it needs first
 */
export function coveredSkillIds(skills: readonly FrameworkSkill[], goalIds: readonly string[]): Set<string> {
  const byId = new Map(skills.map((s) => [s.id, s]));
  const covered = new Set<string>();
  const stack = [...goalIds];
  while (stack.length > 0) {
    const id = stack.pop()!;
    const skill = byId.get(id);
    if (!skill || covered.has(id)) continue;
    covered.add(id);
    stack.push(...skill.prerequisites);
  }
  return covered;
}

/**
 * A skill and every skill below it in the hierarchy: the places a skill may not move under (it would sit inside
 * itself).
 */
export function selfAndDescendantIds(skills: readonly FrameworkSkill[], skillId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const s of skills) {
    if (s.parentId !== null) children.set(s.parentId, [...(children.get(s.parentId) ?? []), s.id]);
  }
  const found = new Set<string>();
  const stack = [skillId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (found.has(id)) continue;
    found.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return found;
}
