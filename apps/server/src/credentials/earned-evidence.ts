import type { CredentialEvidence } from '@pathwise/core/achievements';
import {
  type MasteryEvidenceFacts,
  masteryEvidence,
  masteryEvidenceFacts,
  type SkillMasteryRecord,
} from '@pathwise/core/achievements';
import {
  type AchievementRow,
  type Database,
  findOrganizationById,
  listSkills,
  newestCredentialOf,
  type SkillStateRow,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import type { AppContext } from '../runtime/types.ts';
import { publicSkillPageUrl } from './issue-credential.ts';

/** An automatic issue's evidence: the signed entries (English) and the facts they were worded from. */
export interface EarnedEvidence {
  evidence: CredentialEvidence[];
  facts: MasteryEvidenceFacts;
}

/**
 * Reads what the evidence of automatically issued credentials needs (the skills' names, the organization's
 * address) once, and answers a function that words one achievement's evidence from the learner's skill rows and
 * the credentials they hold of its stacked parts (read at that moment, so a part issued just before counts).
 * NOTE: signed in English, as the achievement's name and description are; pages word the facts in their reader's
 * language.
 */
export async function earnedEvidenceOf(
  trx: Kysely<Database>,
  ctx: AppContext,
  who: { orgId: string; userId: string },
  input: { skillRows: readonly SkillStateRow[]; achievements: readonly AchievementRow[] },
): Promise<(achievement: AchievementRow) => Promise<EarnedEvidence>> {
  const org = await findOrganizationById(trx, who.orgId);
  if (!org) throw new Error(`no organization ${who.orgId}`);
  const skillNames = new Map((await listSkills(trx, who.orgId)).map((s) => [s.id, s.name]));
  const achievementNames = new Map(input.achievements.map((a) => [a.id, a.name]));
  const skills = new Map<string, SkillMasteryRecord>(
    input.skillRows.map((s) => [
      s.skillId,
      {
        masteredAt: s.masteredAt,
        masteredVia: s.masteredVia,
        attempts: s.state.attempts,
        successes: s.state.successes,
      },
    ]),
  );
  const skillUrl = (id: string) => publicSkillPageUrl(ctx.config.publicUrl, org.slug, id);
  return async (achievement) => {
    const held = new Map<string, { credentialId: string; issuedAt: Date }>();
    for (const part of achievement.criteria.achievements) {
      const row = await newestCredentialOf(trx, who.orgId, who.userId, part);
      if (row) held.set(part, { credentialId: row.credential_id, issuedAt: row.issued_at });
    }
    const facts = masteryEvidenceFacts({
      criteria: achievement.criteria,
      skillName: (id) => skillNames.get(id) ?? { en: id, es: id },
      achievementName: (id) => achievementNames.get(id) ?? id,
      skills,
      held,
    });
    return { evidence: masteryEvidence(facts, 'en', skillUrl), facts };
  };
}
