import { createHmac, randomUUID } from 'node:crypto';
import { criteriaNarrative, TRANSLATED_LOCALES } from '@pathwise/core/achievements';
import {
  type AchievementRow,
  type Database,
  findUserById,
  type IssuedCredentialRow,
  insertCredentialNotification,
  insertIssuedCredential,
  listAchievements,
  listSkills,
  lockIssuer,
  recordAudit,
} from '@pathwise/db';
import {
  type AchievementEdition,
  buildOpenBadgeCredential,
  buildStatusEntry,
  credentialIssuedEvent,
  type EvidenceInput,
  hashedEmailIdentifier,
  signCredential,
} from '@pathwise/open-badges';
import type { Kysely } from 'kysely';
import { recordActivity } from '../activity/record-activity.ts';
import type { Config } from '../runtime/config.ts';
import type { AppContext } from '../runtime/types.ts';
import { credentialImageOf } from './achievement-images/achievement-image.ts';
import { appendToLog } from './issuance-log.ts';
import { issuerDocumentLoader, loadIssuer, statusListUrl } from './issuer-identity.ts';
import { sealingKey } from './sealing-key.ts';
import { currentStatusList, freeStatusIndex, STATUS_LIST_NO } from './status-list-store.ts';

/** The public id (URL) of an achievement. */
export function achievementUrl(publicUrl: string, slug: string, id: string): string {
  return `${publicUrl}/api/public/orgs/${slug}/achievements/${id}`;
}

/**
 * An achievement's translations as the alternate language editions its credentials carry: each at the public
 * address with `?lang=`, its description left out when the translation gives none (readers keep the English one).
 */
export function achievementEditions(id: string, achievement: AchievementRow): AchievementEdition[] {
  return TRANSLATED_LOCALES.flatMap((language) => {
    const words = achievement.translations[language];
    if (!words) return [];
    return [
      {
        id: `${id}?lang=${language}`,
        language,
        name: words.name,
        ...(words.description ? { description: words.description } : {}),
      },
    ];
  });
}

/** The public page of a framework skill: where a credential's `alignment[].targetUrl` points. */
export function publicSkillPageUrl(publicUrl: string, slug: string, skillId: string): string {
  return `${publicUrl}/skills/${slug}/${encodeURIComponent(skillId)}`;
}

/**
 * The subject id of a learner in an organization's credentials: an opaque `urn:uuid:` derived (HMAC-SHA-256
 * under the server's sealing key) from the organization and the account, so the credentials and the CLR of one
 * learner name the same subject, while no account id leaves the server and two organizations' credentials of one
 * person cannot be linked by it. NOTE: changing ISSUER_KEY_SECRET changes the subject of credentials issued after.
 */
export function learnerSubjectId(config: Config, orgId: string, userId: string): string {
  const b = createHmac('sha256', sealingKey(config))
    .update(`pathwise credential subject v1\0${orgId}\0${userId}`)
    .digest()
    .subarray(0, 16);
  // RFC 9562 version 8 (custom) and variant bits, so the URN is a well-formed UUID.
  b[6] = (b[6]! & 0x0f) | 0x80;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Issues one signed OB 3.0 credential for an achievement to a learner, inside the caller's transaction: a random
 * status-list slot, the Data Integrity proof with the organization's active key, an issuance-log entry with a
 * fresh checkpoint, the stored credential, the learner's notification, the activity record and the audit entry.
 */
export async function issueCredential(
  trx: Kysely<Database>,
  ctx: AppContext,
  input: {
    orgId: string;
    userId: string;
    achievement: AchievementRow;
    evidence: EvidenceInput[];
    awardedBy: string | null;
  },
): Promise<IssuedCredentialRow> {
  const { orgId, userId, achievement } = input;
  await lockIssuer(trx, orgId);
  const issuer = await loadIssuer(trx, ctx, orgId);
  await currentStatusList(trx, ctx, issuer);
  const now = ctx.now();
  const statusIndex = await freeStatusIndex(trx, orgId);
  const learner = await findUserById(trx, userId);
  if (!learner) throw new Error(`no learner ${userId}`);
  const skills = new Map((await listSkills(trx, orgId)).map((s) => [s.id, s]));
  const achievements = new Map((await listAchievements(trx, orgId)).map((a) => [a.id, a.name]));
  const image = await credentialImageOf(trx, orgId, achievement);
  const base = ctx.config.publicUrl;
  const validUntil = achievement.validity_days
    ? new Date(now.getTime() + achievement.validity_days * 86_400_000)
    : undefined;
  const unsigned = buildOpenBadgeCredential({
    id: `urn:uuid:${randomUUID()}`,
    issuer: issuer.profile,
    recipient: {
      id: learnerSubjectId(ctx.config, orgId, userId),
      identifier: hashedEmailIdentifier(learner.email),
    },
    achievement: {
      id: achievementUrl(base, issuer.slug, achievement.id),
      name: achievement.name,
      description: achievement.description || achievement.name,
      achievementType: achievement.achievement_type,
      editions: achievementEditions(achievementUrl(base, issuer.slug, achievement.id), achievement),
      // Inside what is signed, as a data: URI: the credential shows its image offline (issue 14).
      ...(image ? { image } : {}),
      criteria: {
        narrative: criteriaNarrative(
          achievement.criteria,
          (id) => skills.get(id)?.name.en ?? id,
          (id) => achievements.get(id) ?? id,
        ),
      },
      alignments: achievement.skill_ids.map((id) => ({
        targetName: skills.get(id)?.name.en ?? id,
        targetUrl: publicSkillPageUrl(base, issuer.slug, id),
        targetCode: id,
        targetFramework: skills.get(id)?.framework ?? 'pathwise',
        targetType: 'ceasn:Competency',
      })),
    },
    validFrom: now,
    ...(validUntil ? { validUntil } : {}),
    status: buildStatusEntry(statusListUrl(base, issuer.slug, STATUS_LIST_NO), statusIndex),
    evidence: input.evidence,
  });
  const signed = await signCredential(unsigned, {
    key: issuer.key,
    documentLoader: issuerDocumentLoader(trx, ctx),
    created: now,
  });
  const { indexes } = await appendToLog(trx, ctx, issuer, [credentialIssuedEvent(signed)]);
  const row = await insertIssuedCredential(trx, {
    orgId,
    userId,
    achievementId: achievement.id,
    credentialId: signed.id,
    statusList: STATUS_LIST_NO,
    statusIndex,
    logIndex: indexes[0]!,
    document: signed,
    evidence: input.evidence,
    awardedBy: input.awardedBy,
    issuedAt: now,
    validUntil: validUntil ?? null,
  });
  await insertCredentialNotification(trx, { orgId, userId, credentialId: row.id, now });
  await recordActivity(
    trx,
    { publicUrl: base, now: ctx.now },
    {
      type: 'credential-issued',
      organizationId: orgId,
      learner: { id: userId },
      at: now,
      achievement: { id: achievementUrl(base, issuer.slug, achievement.id), name: achievement.name },
      credentialId: signed.id,
    },
  );
  await recordAudit(trx, {
    orgId,
    actorUserId: input.awardedBy,
    action: 'credential.issued',
    targetType: 'credential',
    targetId: row.id,
    details: { achievementId: achievement.id, learnerId: userId, logIndex: indexes[0] },
  });
  return row;
}
