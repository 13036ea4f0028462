import type { EarnedCredential } from '@pathwise/contracts';
import { type Database, findUserById } from '@pathwise/db';
import type { Kysely } from 'kysely';
import { awardEarnedAchievements } from '../credentials/award-earned-achievements.ts';
import { achievementNames } from '../credentials/present-credential.ts';
import type { AppContext } from '../runtime/types.ts';
import type { LearningActor } from './learning-actor.ts';

/**
 * After mastery changed (an answer, or placement crediting skills): issues every credential the learner now
 * earns, stacked ones too, in the caller's transaction, and names them so the page can tell the learner at
 * once. Each issued credential also leaves a notification on the learner's record (see issueCredential).
 */
export async function awardAfterMastery(
  trx: Kysely<Database>,
  ctx: AppContext,
  who: LearningActor,
): Promise<EarnedCredential[]> {
  const issued = await awardEarnedAchievements(trx, ctx, who);
  if (issued.length === 0) return [];
  // Named in the learner's language: the page tells them at once.
  const locale = (await findUserById(trx, who.userId))?.locale === 'es' ? 'es' : 'en';
  const names = await achievementNames(trx, who.orgId, locale);
  return issued.map((row) => ({ id: row.id, achievementName: names.get(row.achievement_id) ?? '' }));
}
