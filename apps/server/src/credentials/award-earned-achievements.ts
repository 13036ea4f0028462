import { criteriaMetAutomatically } from '@pathwise/core/achievements';
import {
  type AchievementRow,
  type Database,
  heldAchievementIds,
  type IssuedCredentialRow,
  listAchievements,
  listSkillStates,
  lockIssuer,
  revokedAchievementIds,
  saveCredentialEvidenceFacts,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import type { AppContext } from '../runtime/types.ts';
import { type EarnedEvidence, earnedEvidenceOf } from './earned-evidence.ts';
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
 *
 * Each credential's evidence says what happened (`earned-evidence.ts`): every skill mastered, when, how and on how
 * many items, and the credentials it stacks on; the facts it was worded from are kept with it.
 */
export async function awardEarnedAchievements(
  trx: Kysely<Database>,
  ctx: AppContext,
  who: { orgId: string; userId: string },
): Promise<IssuedCredentialRow[]> {
  const achievements = await listAchievements(trx, who.orgId);
  if (achievements.length === 0) return [];
  const skillRows = await listSkillStates(trx, who.orgId, who.userId);
  const skills = new Map(skillRows.map((s) => [s.skillId, { mastered: s.mastered, estimate: s.estimate }]));
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
  let evidenceOf: ((achievement: AchievementRow) => Promise<EarnedEvidence>) | null = null;
  for (let round = 0; round <= achievements.length; round++) {
    let due = dueNow();
    if (due.length > 0 && !locked) {
      await lockIssuer(trx, who.orgId);
      locked = true;
      ({ held, revoked } = await standing());
      due = dueNow();
    }
    if (due.length === 0) break;
    evidenceOf ??= await earnedEvidenceOf(trx, ctx, who, { skillRows, achievements });
    for (const achievement of due) {
      const { evidence, facts } = await evidenceOf(achievement);
      const row = await issueCredential(trx, ctx, { ...who, achievement, evidence, awardedBy: null });
      held.add(achievement.id);
      // NOTE: kept by an update after the insert: issueCredential, shared with awards and re-awards (which keep no
      // facts), stays as it is.
      issued.push(await saveCredentialEvidenceFacts(trx, who.orgId, row.id, facts));
    }
  }
  return issued;
}
