import type { AwardResult } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import {
  findAchievement,
  findIssuedCredential,
  findRole,
  lockIssuer,
  newestCredentialOf,
  recordAudit,
} from '@pathwise/db';
import type { AppContext } from '../runtime/types.ts';
import { awardEarnedAchievements } from './award-earned-achievements.ts';
import { issueCredential } from './issue-credential.ts';
import { presentAwardResult } from './present-credential.ts';

/**
 * An administrator's explicit re-award of a revoked credential: the one way a revoked achievement is issued to
 * the learner again (practice, placement, stacking and teachers never do). Issues a new credential of the same
 * achievement, its evidence the administrator's reason, audited as `credential.reissued` naming the revoked one;
 * stacked achievements this completes issue too, except those revoked themselves (each needs its own re-award).
 * Only the learner's newest credential of the achievement can be re-awarded, and only while it is revoked.
 */
export async function reissueCredential(
  ctx: AppContext,
  input: {
    orgId: string;
    id: string;
    reason: string;
    actorUserId: string | null;
    actorTokenId: string | null;
  },
): Promise<AwardResult> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await lockIssuer(trx, input.orgId);
    const row = await findIssuedCredential(trx, input.orgId, input.id, { forUpdate: true });
    if (!row)
      throw new AppError('not_found', 'No such credential', [
        { field: 'params/credentialId', message: 'is not a credential of this organization' },
      ]);
    const achievement = await findAchievement(trx, input.orgId, row.achievement_id);
    const name = achievement?.name ?? row.achievement_id;
    if (!row.revoked_at)
      throw new AppError(
        'conflict',
        `This “${name}” is not revoked; only a revoked credential is re-awarded`,
        [{ field: 'params/credentialId', message: 'is not revoked' }],
      );
    if (!row.user_id || (await findRole(trx, input.orgId, row.user_id)) !== 'learner')
      throw new AppError(
        'conflict',
        `The holder of this “${name}” is no longer a learner of this organization`,
        [{ field: 'params/credentialId', message: 'its holder is no longer a learner here' }],
      );
    if (!achievement || achievement.archived_at)
      throw new AppError('conflict', `“${name}” is archived; it is no longer awarded`, [
        { field: 'params/credentialId', message: 'its achievement is archived' },
      ]);
    const newest = await newestCredentialOf(trx, input.orgId, row.user_id, achievement.id);
    if (newest && newest.id !== row.id)
      throw new AppError(
        'conflict',
        `The learner has a newer “${name}” than this revoked one; it was already re-awarded or issued again`,
        [{ field: 'params/credentialId', message: 'is not the newest of its kind for this learner' }],
      );
    const awarded = await issueCredential(trx, ctx, {
      orgId: input.orgId,
      userId: row.user_id,
      achievement,
      evidence: [{ name: 'Re-awarded by an administrator', narrative: input.reason }],
      awardedBy: input.actorUserId,
    });
    await recordAudit(trx, {
      orgId: input.orgId,
      actorUserId: input.actorUserId,
      actorTokenId: input.actorTokenId,
      action: 'credential.reissued',
      targetType: 'credential',
      targetId: awarded.id,
      details: {
        achievementId: achievement.id,
        learnerId: row.user_id,
        revokedCredentialId: row.id,
        reason: input.reason,
      },
    });
    const stacked = await awardEarnedAchievements(trx, ctx, { orgId: input.orgId, userId: row.user_id });
    return presentAwardResult(trx, input.orgId, { awarded, stacked }, ctx.now());
  });
}
