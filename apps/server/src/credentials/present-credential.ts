import type { Achievement, AchievementType, AwardedCredential, AwardResult } from '@pathwise/contracts';
import { achievementTextIn, type CredentialState, credentialState } from '@pathwise/core/achievements';
import type { Locale } from '@pathwise/core/identity';
import {
  type AchievementRow,
  camelKeys,
  type Database,
  type IssuedCredentialRow,
  listAchievements,
} from '@pathwise/db';
import type { Kysely } from 'kysely';

/** A stored credential's state at `now` (the core rule, read from the row). */
export function credentialStateOf(row: IssuedCredentialRow, now: Date): CredentialState {
  return credentialState({ revokedAt: row.revoked_at, validUntil: row.valid_until }, now);
}

/** The framework skill ids a credential is aligned to. */
export function alignedSkillIds(row: IssuedCredentialRow): string[] {
  const subject = (row.document as { credentialSubject?: { achievement?: { alignment?: unknown[] } } })
    .credentialSubject;
  return (subject?.achievement?.alignment ?? [])
    .map((a) => (a as { targetCode?: unknown }).targetCode)
    .filter((c): c is string => typeof c === 'string');
}

/** A stored credential as the API shows it. */
export function presentCredential(
  row: IssuedCredentialRow,
  names: ReadonlyMap<string, string>,
  now: Date,
): AwardedCredential {
  return {
    id: row.id,
    credentialId: row.credential_id,
    achievementId: row.achievement_id,
    achievementName: names.get(row.achievement_id) ?? '',
    issuedAt: row.issued_at.toISOString(),
    validUntil: row.valid_until?.toISOString() ?? null,
    state: credentialStateOf(row, now),
    revocationReason: row.revocation_reason,
    // NOTE: stored as issued (OB 3.0 `Evidence` without its `type`), so the stored JSON is the wire shape.
    evidence: row.evidence,
    skillIds: alignedSkillIds(row),
  };
}

/**
 * An achievement as the API shows it: its columns in camelCase (a new column reaches the answer as it is; the
 * contract's response schema decides what is sent), with the time as ISO text; the repository read its criteria
 * whole.
 */
export function presentAchievement(a: AchievementRow): Achievement {
  const { orgId: _org, archivedAt: _archived, ...record } = camelKeys(a);
  return {
    ...record,
    // NOTE: the column holds only what the body schema let in (or the Badge/Certificate the server derives).
    achievementType: a.achievement_type as AchievementType,
    createdAt: a.created_at.toISOString(),
  };
}

/** The names of the organization's achievements, by id, in `locale` where translated (English otherwise). */
export async function achievementNames(
  db: Kysely<Database>,
  orgId: string,
  locale: Locale = 'en',
): Promise<Map<string, string>> {
  return new Map((await listAchievements(db, orgId)).map((a) => [a.id, achievementTextIn(a, locale).name]));
}

/** What an award issued, as the API shows it: the awarded credential, the stacked ones, and both in order. */
export async function presentAwardResult(
  db: Kysely<Database>,
  orgId: string,
  rows: { awarded: IssuedCredentialRow; stacked: IssuedCredentialRow[] },
  now: Date,
): Promise<AwardResult> {
  const names = await achievementNames(db, orgId);
  const present = (r: IssuedCredentialRow) => presentCredential(r, names, now);
  return {
    awarded: present(rows.awarded),
    stacked: rows.stacked.map(present),
    issued: [rows.awarded, ...rows.stacked].map(present),
  };
}
