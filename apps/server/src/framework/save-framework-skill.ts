import { AppError } from '@pathwise/core';
import { asSkillId, buildSkillGraph, type Skill } from '@pathwise/core/skills-graph';
import {
  bumpContentVersion,
  type Database,
  listSkills,
  recordAudit,
  type SkillRow,
  saveSkill,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { frameworkRefusal } from './framework-refusal.ts';

/**
 * The framework id of skills and pathways an administrator creates by hand.
 * NOTE: not the parent's framework: `framework` tells where a skill came from, and the demo framework means
 * "practised with the seeded item families", which a new skill is not.
 */
export const EDITED_FRAMEWORK = 'org-framework';

/** What an administrator sets on a skill. */
export interface SkillInput {
  name: { en: string; es: string };
  description: { en: string; es: string };
  parentId: string | null;
  /** The skills to master first. */
  prerequisites: string[];
}

/** Who made a change, for the audit trail. */
export interface FrameworkActor {
  userId: string | null;
  tokenId: string | null;
}

/** The refusal of a create whose id is taken (a create must not replace what another change made). */
export function idTaken(what: 'skill' | 'pathway', id: string): AppError {
  return new AppError('conflict', `Nothing was changed. A ${what} with the id "${id}" already exists.`, [
    { field: 'body/id', message: `A ${what} with the id "${id}" already exists` },
  ]);
}

/** A stored skill as the skills graph reads it. */
export function toSkill(row: SkillRow): Skill {
  return {
    id: asSkillId(row.id),
    name: row.name,
    description: row.description,
    parentId: row.parentId === null ? null : asSkillId(row.parentId),
    prerequisites: row.prerequisites.map(asSkillId),
  };
}

/**
 * Creates or updates one skill of an organization's framework. The whole framework is rebuilt with the change
 * first: a change that would make a cycle, or that names a skill that does not exist, is refused (422, naming
 * the cycle or the skill) and nothing is written. On success the content version moves on, so learners' maps
 * follow, and the change is audited, all in one transaction. With `createOnly`, an id already taken is refused
 * (409, naming it) instead of replacing that skill.
 */
export async function saveFrameworkSkill(
  db: Kysely<Database>,
  change: { orgId: string; skillId: string; input: SkillInput; actor: FrameworkActor; createOnly?: boolean },
): Promise<{ skill: SkillRow; created: boolean }> {
  const { orgId, skillId, input } = change;
  return db.transaction().execute(async (trx) => {
    // First, so that concurrent edits of this framework take turns: two edits each fine alone could close a cycle.
    await bumpContentVersion(trx, orgId);
    const skills = await listSkills(trx, orgId);
    const existing = skills.find((s) => s.id === skillId);
    if (existing && change.createOnly) throw idTaken('skill', skillId);
    const skill: SkillRow = {
      id: skillId,
      framework: existing?.framework ?? EDITED_FRAMEWORK,
      ...input,
    };
    const next = existing ? skills.map((s) => (s.id === skillId ? skill : s)) : [...skills, skill];
    const result = buildSkillGraph(next.map(toSkill));
    if (!result.ok) {
      throw frameworkRefusal(result.problems, new Map(next.map((s) => [s.id, s.name])), {
        editedId: skillId,
      });
    }
    await saveSkill(trx, orgId, skill);
    await recordAudit(trx, {
      orgId,
      actorUserId: change.actor.userId,
      actorTokenId: change.actor.tokenId,
      action: existing ? 'skill.updated' : 'skill.created',
      targetType: 'skill',
      targetId: skillId,
      details: {
        parentId: skill.parentId,
        prerequisites: skill.prerequisites,
        ...(existing
          ? { previousPrerequisites: existing.prerequisites, previousParentId: existing.parentId }
          : {}),
      },
    });
    return { skill, created: !existing };
  });
}
