import { AppError } from '@pathwise/core';
import { findAchievement, findRole, heldAchievementIds, type IssuedCredentialRow } from '@pathwise/db';
import type { AppContext } from '../types.ts';
import { awardEarnedAchievements } from './award-earned-achievements.ts';
import { issueCredential } from './issue-credential.ts';

/**
 * A teacher awards an achievement to a learner of the organization, with the evidence they approved; stacked
 * achievements that this completes issue at once. Returns every credential issued.
 */
export async function awardAchievement(
  ctx: AppContext,
  input: {
    orgId: string;
    achievementId: string;
    learnerId: string;
    evidence: { narrative: string; url?: string };
    actorUserId: string | null;
  },
): Promise<IssuedCredentialRow[]> {
  return ctx.db.db.transaction().execute(async (trx) => {
    const achievement = await findAchievement(trx, input.orgId, input.achievementId);
    if (!achievement || achievement.archived_at) throw new AppError('not_found', 'No such achievement');
    if ((await findRole(trx, input.orgId, input.learnerId)) !== 'learner')
      throw new AppError('not_found', 'No such learner in this organization');
    const held = await heldAchievementIds(trx, input.orgId, input.learnerId, ctx.now());
    if (held.has(achievement.id))
      throw new AppError('conflict', 'The learner already holds this achievement');
    const row = await issueCredential(trx, ctx, {
      orgId: input.orgId,
      userId: input.learnerId,
      achievement,
      evidence: [
        {
          ...(input.evidence.url ? { id: input.evidence.url } : {}),
          name: 'Evidence approved by a teacher',
          narrative: input.evidence.narrative,
        },
      ],
      awardedBy: input.actorUserId,
    });
    const stacked = await awardEarnedAchievements(trx, ctx, { orgId: input.orgId, userId: input.learnerId });
    return [row, ...stacked];
  });
}
