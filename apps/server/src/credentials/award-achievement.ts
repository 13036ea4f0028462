import type { AwardResult } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import {
  type Database,
  findAchievement,
  findRole,
  heldAchievementIds,
  lockIssuer,
  revokedAchievementIds,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import type { AppContext } from '../runtime/types.ts';
import { awardEarnedAchievements } from './award-earned-achievements.ts';
import { issueCredential } from './issue-credential.ts';
import { presentAwardResult } from './present-credential.ts';

/**
 * A teacher awards an achievement to a learner of the organization, with the evidence they approved; stacked
 * achievements that this completes issue at once. Refusals name the input they are about (`params/achievementId`,
 * `body/learnerId`), so a form can show each next to its field.
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
): Promise<AwardResult> {
  return ctx.db.kysely.transaction().execute((trx) => awardAchievementIn(trx, ctx, input));
}

/** {@link awardAchievement} in the caller's transaction (a project's passed assessment awards with it). */
export async function awardAchievementIn(
  trx: Kysely<Database>,
  ctx: AppContext,
  input: Parameters<typeof awardAchievement>[1],
): Promise<AwardResult> {
  await lockIssuer(trx, input.orgId);
  const achievement = await findAchievement(trx, input.orgId, input.achievementId);
  if (!achievement || achievement.archived_at)
    throw new AppError('not_found', 'No such achievement', [
      { field: 'params/achievementId', message: 'is not an achievement of this organization' },
    ]);
  if ((await findRole(trx, input.orgId, input.learnerId)) !== 'learner')
    throw new AppError('not_found', 'No such learner in this organization', [
      { field: 'body/learnerId', message: 'is not a learner of this organization' },
    ]);
  const held = await heldAchievementIds(trx, input.orgId, input.learnerId, ctx.now());
  if (held.has(achievement.id))
    throw new AppError('conflict', 'The learner already holds this achievement', [
      { field: 'body/learnerId', message: 'already holds this achievement' },
    ]);
  // Revocation is final: only an administrator's re-award of the revoked credential issues it again.
  if ((await revokedAchievementIds(trx, input.orgId, input.learnerId)).has(achievement.id))
    throw new AppError(
      'conflict',
      `This learner's “${achievement.name}” was revoked; only an administrator can award it again, by re-awarding the revoked credential`,
      [{ field: 'params/achievementId', message: `“${achievement.name}” was revoked for this learner` }],
    );
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
  return presentAwardResult(trx, input.orgId, { awarded: row, stacked }, ctx.now());
}
