import {
  type Database,
  heldAchievementIds,
  type IssuedCredentialRow,
  listAchievements,
  listSkillStates,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import type { AppContext } from '../types.ts';
import { criteriaMetAutomatically, readCriteria } from './achievement-criteria.ts';
import { issueCredential } from './issue-credential.ts';

/**
 * Issues every achievement whose criteria the learner now meets, in the caller's transaction, and repeats so
 * that a stacked achievement issues as soon as its parts are held. The hook of the learning loop (after an
 * answer changed mastery) and of a teacher's award. Returns what was issued.
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
  const held = await heldAchievementIds(trx, who.orgId, who.userId, ctx.now());
  const issued: IssuedCredentialRow[] = [];
  for (let round = 0; round <= achievements.length; round++) {
    const due = achievements.filter(
      (a) => !held.has(a.id) && criteriaMetAutomatically(readCriteria(a.criteria), { skills, held }),
    );
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
