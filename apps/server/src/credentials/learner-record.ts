import type { Database } from '@pathwise/db';
import {
  findAchievement,
  type IssuedCredentialRow,
  listAchievements,
  listCredentialNotifications,
  listLearnerCredentials,
  listSkillStates,
  listSkills,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import type { AppContext } from '../types.ts';

/** Where a credential stands now. */
export type CredentialState = 'active' | 'revoked' | 'expired';

/** A credential's state at `now`. */
export function credentialState(row: IssuedCredentialRow, now: Date): CredentialState {
  if (row.revoked_at) return 'revoked';
  if (row.valid_until && row.valid_until <= now) return 'expired';
  return 'active';
}

/** A stored credential as the API shows it. */
export function presentCredential(row: IssuedCredentialRow, names: ReadonlyMap<string, string>, now: Date) {
  return {
    id: row.id,
    credentialId: row.credential_id,
    achievementId: row.achievement_id,
    achievementName: names.get(row.achievement_id) ?? '',
    issuedAt: row.issued_at.toISOString(),
    validUntil: row.valid_until?.toISOString() ?? null,
    state: credentialState(row, now),
    revocationReason: row.revocation_reason,
    evidence: row.evidence,
    skillIds: alignedSkillIds(row),
  };
}

/** The framework skill ids a credential is aligned to. */
export function alignedSkillIds(row: IssuedCredentialRow): string[] {
  const subject = (row.document as { credentialSubject?: { achievement?: { alignment?: unknown[] } } })
    .credentialSubject;
  return (subject?.achievement?.alignment ?? [])
    .map((a) => (a as { targetCode?: unknown }).targetCode)
    .filter((c): c is string => typeof c === 'string');
}

/**
 * The learner's record in an organization: every credential (with state and evidence), every mastered skill
 * with the evidence behind it (estimate, when and how, the credentials aligned to it), and notifications.
 */
export async function learnerRecord(ctx: AppContext, who: { orgId: string; userId: string }) {
  const db: Kysely<Database> = ctx.db.kysely;
  const now = ctx.now();
  const names = new Map((await listAchievements(db, who.orgId)).map((a) => [a.id, a.name]));
  const rows = await listLearnerCredentials(db, who.orgId, who.userId);
  for (const row of rows) {
    if (!names.has(row.achievement_id)) {
      const a = await findAchievement(db, who.orgId, row.achievement_id);
      if (a) names.set(a.id, a.name);
    }
  }
  const credentials = rows.map((r) => presentCredential(r, names, now));
  const skillNames = new Map((await listSkills(db, who.orgId)).map((s) => [s.id, s.name]));
  const skills = (await listSkillStates(db, who.orgId, who.userId))
    .filter((s) => s.mastered)
    .map((s) => ({
      skillId: s.skillId,
      name: skillNames.get(s.skillId) ?? { en: s.skillId, es: s.skillId },
      estimate: s.estimate,
      masteredAt: s.masteredAt?.toISOString() ?? null,
      masteredVia: s.masteredVia,
      credentialIds: credentials.filter((c) => c.skillIds.includes(s.skillId)).map((c) => c.id),
    }));
  const notifications = (await listCredentialNotifications(db, who.orgId, who.userId)).map((n) => ({
    id: n.id,
    credentialId: n.credential_id,
    achievementName: n.name,
    createdAt: n.created_at.toISOString(),
    read: n.read_at !== null,
  }));
  return { credentials, skills, notifications };
}
