import type { PublicSkill } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { findOrganizationBySlug, listSkills } from '@pathwise/db';
import type { AppContext } from '../runtime/types.ts';

/** A framework skill as published to anyone (what a credential's alignment points to); not found otherwise. */
export async function publicSkill(ctx: AppContext, slug: string, skillId: string): Promise<PublicSkill> {
  const org = await findOrganizationBySlug(ctx.db.kysely, slug);
  if (!org) throw new AppError('not_found', 'No such organization');
  const skills = new Map((await listSkills(ctx.db.kysely, org.id)).map((s) => [s.id, s]));
  const skill = skills.get(skillId);
  if (!skill) throw new AppError('not_found', `No skill ${skillId} in ${org.name}'s framework`);
  const ref = (id: string) => ({ id, name: skills.get(id)?.name ?? { en: id, es: id } });
  return {
    organization: { name: org.name, slug: org.slug },
    id: skill.id,
    framework: skill.framework,
    name: skill.name,
    description: skill.description,
    strand: skill.parentId ? ref(skill.parentId) : null,
    prerequisites: skill.prerequisites.map(ref),
  };
}
