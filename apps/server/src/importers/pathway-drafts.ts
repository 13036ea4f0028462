import type { DraftPathwayList, PublishedPathway } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { type Database, listPathways, publishPathway, recordAudit } from '@pathwise/db';
import type { Kysely } from 'kysely';

/** The organization's draft pathways (made by imports, not shown to learners yet), for its administrators. */
export async function listDraftPathways(db: Kysely<Database>, orgId: string): Promise<DraftPathwayList> {
  const drafts = (await listPathways(db, orgId)).filter((p) => p.status === 'draft');
  return {
    pathways: drafts.map((p) => ({
      id: p.id,
      name: p.name,
      description: p.description,
      attribution: p.attribution ?? null,
      goalSkills: p.goalSkillIds.length,
    })),
  };
}

/**
 * Publishes a pathway, in one transaction with its audit entry: learners see it from now on. Publishing a
 * published pathway changes nothing; an unknown one is a 404.
 * @example
 * await publishImportedPathway(db, { orgId, pathwayId: 'import-oatutor', actorUserId });
 */
export async function publishImportedPathway(
  db: Kysely<Database>,
  input: { orgId: string; pathwayId: string; actorUserId: string | null },
): Promise<PublishedPathway> {
  return db.transaction().execute(async (trx) => {
    const pathway = (await listPathways(trx, input.orgId)).find((p) => p.id === input.pathwayId);
    if (!pathway) throw new AppError('not_found', `No pathway ${input.pathwayId} in this organization`);
    if (pathway.status === 'draft') {
      await publishPathway(trx, input.orgId, input.pathwayId);
      await recordAudit(trx, {
        orgId: input.orgId,
        actorUserId: input.actorUserId,
        action: 'pathway.published',
        targetType: 'pathway',
        targetId: input.pathwayId,
      });
    }
    return { id: input.pathwayId, status: 'published' };
  });
}
