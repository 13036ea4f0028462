import { AppError } from '@pathwise/core';
import {
  bumpContentVersion,
  type Database,
  listPathways,
  listSkills,
  type PathwayRow,
  recordAudit,
  savePathway,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { EDITED_FRAMEWORK, type FrameworkActor, idTaken } from './save-framework-skill.ts';

/** What an administrator sets on a pathway: its names and its goal (the skills it leads to). */
export interface PathwayInput {
  name: { en: string; es: string };
  description: { en: string; es: string };
  goalSkillIds: string[];
}

/**
 * Creates or updates one pathway. Every goal skill must be a skill of the organization (else 422 naming it and
 * nothing is written); the content version moves on and the change is audited, in one transaction. With
 * `createOnly`, an id already taken is refused (409, naming it) instead of replacing that pathway.
 */
export async function saveFrameworkPathway(
  db: Kysely<Database>,
  change: {
    orgId: string;
    pathwayId: string;
    input: PathwayInput;
    actor: FrameworkActor;
    createOnly?: boolean;
  },
): Promise<{ pathway: PathwayRow; created: boolean }> {
  const { orgId, pathwayId, input } = change;
  return db.transaction().execute(async (trx) => {
    await bumpContentVersion(trx, orgId);
    const skills = new Map((await listSkills(trx, orgId)).map((s) => [s.id, s]));
    const unknown = input.goalSkillIds.filter((id) => !skills.has(id));
    if (unknown.length > 0) {
      throw new AppError(
        'invalid_framework',
        `Nothing was changed. Not a skill of this framework: ${unknown.map((id) => `"${id}"`).join(', ')}.`,
        unknown.map((id) => ({
          field: `body/goalSkillIds/${input.goalSkillIds.indexOf(id)}`,
          message: `"${id}" is not a skill of this framework`,
        })),
      );
    }
    const existing = (await listPathways(trx, orgId)).find((p) => p.id === pathwayId);
    if (existing && change.createOnly) throw idTaken('pathway', pathwayId);
    const pathway: PathwayRow = {
      id: pathwayId,
      framework: existing?.framework ?? EDITED_FRAMEWORK,
      ...input,
    };
    await savePathway(trx, orgId, pathway);
    await recordAudit(trx, {
      orgId,
      actorUserId: change.actor.userId,
      actorTokenId: change.actor.tokenId,
      action: existing ? 'pathway.updated' : 'pathway.created',
      targetType: 'pathway',
      targetId: pathwayId,
      details: { goalSkillIds: pathway.goalSkillIds },
    });
    return { pathway, created: !existing };
  });
}
