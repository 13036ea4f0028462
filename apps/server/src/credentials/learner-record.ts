import type { LearnerRecord, SignedDocument } from '@pathwise/contracts';
import { achievementTextIn } from '@pathwise/core/achievements';
import { isLocale } from '@pathwise/core/identity';
import { asSkillId } from '@pathwise/core/skills-graph';
import {
  type Database,
  findAchievement,
  findUserById,
  listCredentialNotifications,
  listLearnerCredentials,
  listSkills,
  markCredentialNotificationsRead,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { loadStandings } from '../learner-model/learner-model-store.ts';
import type { AppContext } from '../runtime/types.ts';
import { achievementNames, presentCredential } from './present-credential.ts';
import { readerWordsOf } from './reader-words.ts';

/** A learner of an organization, as the record's routes name them. */
export interface RecordOwner {
  orgId: string;
  userId: string;
}

/**
 * The learner's record in an organization: every credential (with state, evidence, the facts an automatic issue's
 * evidence was worded from, and its signed document, whose meaning the page shows; each is verified on its own
 * request), every mastered skill with the evidence behind it (its standing, as on every page: the estimate only
 * when measured; when and how; the credentials aligned to it), and notifications.
 */
export async function learnerRecord(ctx: AppContext, who: RecordOwner): Promise<LearnerRecord> {
  // NOTE: in one transaction: on PGlite (one connection) each query of a request otherwise waits behind a
  // background job's transaction (the demo cohort's writes), and the record's dozen queries took 10 s that way.
  return ctx.db.kysely.transaction().execute((trx) => recordIn(trx, who, ctx.now()));
}

async function recordIn(db: Kysely<Database>, who: RecordOwner, now: Date): Promise<LearnerRecord> {
  // The learner's own language: the record names credentials and notifications as their pages do.
  const stored = (await findUserById(db, who.userId))?.locale ?? 'en';
  const locale = isLocale(stored) ? stored : 'en';
  const names = await achievementNames(db, who.orgId, locale);
  const rows = await listLearnerCredentials(db, who.orgId, who.userId);
  for (const row of rows) {
    if (!names.has(row.achievement_id)) {
      const a = await findAchievement(db, who.orgId, row.achievement_id);
      if (a) names.set(a.id, achievementTextIn(a, locale).name);
    }
  }
  const words = await readerWordsOf(db, who.orgId, rows, locale);
  const credentials = rows.map((r) => ({
    ...presentCredential(r, names, now),
    words: words.get(r.id) ?? { language: locale, criteria: null, skills: {} },
    // NOTE: the facts its evidence was worded from, so the page words them in its reader's language; the parts
    // it stacks on by the names the record gives their credentials.
    evidenceFacts: r.evidence_facts && {
      ...r.evidence_facts,
      stacked: r.evidence_facts.stacked.map((p) => ({ ...p, name: names.get(p.achievementId) ?? p.name })),
    },
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
    achievementName: names.get(n.achievement_id) ?? n.name,
    createdAt: n.created_at.toISOString(),
    read: n.read_at !== null,
  }));
  return { credentials, skills, notifications };
}

/** Marks the learner's credential notifications read. */
export async function markNotificationsRead(ctx: AppContext, who: RecordOwner): Promise<void> {
  await markCredentialNotificationsRead(ctx.db.kysely, who.orgId, who.userId, ctx.now());
}
