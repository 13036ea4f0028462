import { criteriaMetAutomatically } from '@pathwise/core/achievements';
import {
  type Database,
  heldAchievementIds,
  type IssuedCredentialRow,
  listAchievements,
  listSkillStates,
  lockIssuer,
  revokedAchievementIds,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import type { AppContext } from '../runtime/types.ts';
import { issueCredential } from './issue-credential.ts';

/**
 * Issues every achievement whose criteria the learner now meets, in the caller's transaction, and repeats so
 * that a stacked achievement issues as soon as its parts are held. The hook of the learning loop (after an
 * answer changed mastery or placement credited skills) and of a teacher's or administrator's award. Returns what
 * was issued.
 *
 * Revocation is final: an achievement whose newest credential to the learner is revoked is never issued here
 * again (only an administrator's explicit re-award issues it, see reissueCredential). An expired one is earned
 * again. Before issuing, the issuer lock is taken and what the learner holds is read again, so a revocation or
 * another answer committed meanwhile is seen.
 */
export async function awardEarnedAchievements(
  trx: Kysely<Database>,
  ctx: AppContext,
  who: { orgId: string; userId: string },
): Promise<IssuedCredentialRow[]> {
  const achievements = await listAchievements(trx, who.orgId);
  if (achievements.length === 0) return [];
  const skills = new Map(
    (await listSkillStates(trx, who.orgId, who.userId)).map((s) => [
      s.skillId,
      { mastered: s.mastered, estimate: s.estimate },
    ]),
  );
  const standing = async () => ({
    held: await heldAchievementIds(trx, who.orgId, who.userId, ctx.now()),
    revoked: await revokedAchievementIds(trx, who.orgId, who.userId),
  });
  let { held, revoked } = await standing();
  const dueNow = () =>
    achievements.filter(
      (a) => !held.has(a.id) && !revoked.has(a.id) && criteriaMetAutomatically(a.criteria, { skills, held }),
    );
  const issued: IssuedCredentialRow[] = [];
  let locked = false;
  for (let round = 0; round <= achievements.length; round++) {
    let due = dueNow();
    if (due.length > 0 && !locked) {
      await lockIssuer(trx, who.orgId);
      locked = true;
      ({ held, revoked } = await standing());
      due = dueNow();
    }
    if (due.length === 0) break;
    for (const achievement of due) {
      const row = await issueCredential(trx, ctx, {
        ...who,
        achievement,
        evidence: [{ name: 'Mastery on Pathwise', narrative: 'The criteria were met through practice.' }],
        awardedBy: null,
      });
      held.add(achievement.id);
      issued.push(row);
    }
  }
  return issued;
}
