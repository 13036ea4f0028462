import type { LearnerRecord, SignedDocument } from '@pathwise/contracts';
import { asSkillId } from '@pathwise/core/skills-graph';
import {
  findAchievement,
  listCredentialNotifications,
  listLearnerCredentials,
  listSkills,
  markCredentialNotificationsRead,
} from '@pathwise/db';
import { loadStandings } from '../learner-model/learner-model-store.ts';
import type { AppContext } from '../runtime/types.ts';
import { achievementNames, presentCredential } from './present-credential.ts';

/** A learner of an organization, as the record's routes name them. */
export interface RecordOwner {
  orgId: string;
  userId: string;
}

/**
 * The learner's record in an organization: every credential (with state, evidence and its signed document, whose
 * meaning the page shows; each is verified on its own request), every mastered skill
 * with the evidence behind it (its standing, as on every page: the estimate only when measured; when and how; the
 * credentials aligned to it), and notifications.
 */
export async function learnerRecord(ctx: AppContext, who: RecordOwner): Promise<LearnerRecord> {
  const db = ctx.db.kysely;
  const now = ctx.now();
  const names = await achievementNames(db, who.orgId);
  const rows = await listLearnerCredentials(db, who.orgId, who.userId);
  for (const row of rows) {
    if (!names.has(row.achievement_id)) {
      const a = await findAchievement(db, who.orgId, row.achievement_id);
      if (a) names.set(a.id, a.name);
    }
  }
  const credentials = rows.map((r) => ({
    ...presentCredential(r, names, now),
    document: r.document as SignedDocument,
  }));
  const skillNames = new Map((await listSkills(db, who.orgId)).map((s) => [s.id, s.name]));
  const standings = await loadStandings(db, { ...who, now });
  const skills = [...standings.model.rows.values()]
    .filter((s) => s.mastered)
    .map((s) => ({ row: s, standing: standings.of(asSkillId(s.skillId)) }))
    .map(({ row: s, standing }) => ({
      skillId: s.skillId,
      name: skillNames.get(s.skillId) ?? { en: s.skillId, es: s.skillId },
      status: standing.status,
      estimate: standing.estimate,
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

/** Marks the learner's credential notifications read. */
export async function markNotificationsRead(ctx: AppContext, who: RecordOwner): Promise<void> {
  await markCredentialNotificationsRead(ctx.db.kysely, who.orgId, who.userId, ctx.now());
}
