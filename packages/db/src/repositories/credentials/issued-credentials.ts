import {
  type CredentialEvidence,
  type MasteryEvidenceFacts,
  parseCredentialEvidence,
  parseMasteryEvidenceFacts,
} from '@pathwise/core/achievements';
import type { Kysely, Selectable } from 'kysely';
import type { Database, IssuedCredentialsTable } from '../../schema.ts';

/**
 * An issued credential as read, its evidence and evidence facts checked (`parseCredentialEvidence`,
 * `parseMasteryEvidenceFacts`).
 */
export type IssuedCredentialRow = Selectable<IssuedCredentialsTable>;

const parsed = (row: IssuedCredentialRow): IssuedCredentialRow => ({
  ...row,
  evidence: parseCredentialEvidence(row.evidence),
  evidence_facts: parseMasteryEvidenceFacts(row.evidence_facts),
});

/** Stores a signed credential with its status-list slot and log index. */
export async function insertIssuedCredential(
  db: Kysely<Database>,
  input: {
    orgId: string;
    userId: string;
    achievementId: string;
    credentialId: string;
    statusList: number;
    statusIndex: number;
    logIndex: number;
    document: Record<string, unknown>;
    evidence: readonly CredentialEvidence[];
    awardedBy: string | null;
    issuedAt: Date;
    validUntil: Date | null;
  },
): Promise<IssuedCredentialRow> {
  // An expired copy earned again is superseded by the new one (only one live credential per achievement).
  await db
    .updateTable('issued_credentials')
    .set({ superseded_at: input.issuedAt })
    .where('org_id', '=', input.orgId)
    .where('user_id', '=', input.userId)
    .where('achievement_id', '=', input.achievementId)
    .where('revoked_at', 'is', null)
    .where('superseded_at', 'is', null)
    .where('valid_until', '<=', input.issuedAt)
    .execute();
  const row = await db
    .insertInto('issued_credentials')
    .values({
      org_id: input.orgId,
      user_id: input.userId,
      achievement_id: input.achievementId,
      credential_id: input.credentialId,
      status_list: input.statusList,
      status_index: input.statusIndex,
      log_index: input.logIndex,
      document: JSON.stringify(input.document),
      evidence: JSON.stringify(input.evidence),
      awarded_by: input.awardedBy,
      issued_at: input.issuedAt,
      valid_until: input.validUntil,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return parsed(row);
}

/**
 * Keeps the facts a credential's evidence was worded from (an automatic issue's, just inserted), so that pages word
 * them in their reader's language. Returns the row as stored now.
 */
export async function saveCredentialEvidenceFacts(
  db: Kysely<Database>,
  orgId: string,
  id: string,
  facts: MasteryEvidenceFacts,
): Promise<IssuedCredentialRow> {
  const row = await db
    .updateTable('issued_credentials')
    .set({ evidence_facts: JSON.stringify(facts) })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return parsed(row);
}

/** A learner's credentials in an organization, newest first (revoked ones included). */
export async function listLearnerCredentials(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
): Promise<IssuedCredentialRow[]> {
  const rows = await db
    .selectFrom('issued_credentials')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .orderBy('issued_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(parsed);
}

/** Every credential issued by the organization, newest first (for administrators). */
export async function listOrgCredentials(
  db: Kysely<Database>,
  orgId: string,
  limit = 500,
): Promise<IssuedCredentialRow[]> {
  const rows = await db
    .selectFrom('issued_credentials')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('issued_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map(parsed);
}

/** One credential of the organization by its row id, or null. */
export async function findIssuedCredential(
  db: Kysely<Database>,
  orgId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<IssuedCredentialRow | null> {
  let query = db
    .selectFrom('issued_credentials')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? parsed(row) : null;
}

/** Credentials by row id across one organization (share links), in no particular order. */
export async function findIssuedCredentials(
  db: Kysely<Database>,
  orgId: string,
  ids: readonly string[],
): Promise<IssuedCredentialRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('issued_credentials')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', 'in', ids)
    .execute();
  return rows.map(parsed);
}

/** The achievement ids a learner holds now: issued, not revoked, not expired. */
export async function heldAchievementIds(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
  now: Date,
): Promise<Set<string>> {
  const rows = await db
    .selectFrom('issued_credentials')
    .select('achievement_id')
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>', now)]))
    .execute();
  return new Set(rows.map((r) => r.achievement_id));
}

/**
 * The achievement ids whose newest credential to this learner is revoked: never issued to them again
 * automatically (practice, placement, stacking, a teacher), only by an administrator's re-award.
 */
export async function revokedAchievementIds(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
): Promise<Set<string>> {
  const rows = await db
    .selectFrom('issued_credentials')
    .distinctOn('achievement_id')
    .select(['achievement_id', 'revoked_at'])
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .orderBy('achievement_id')
    .orderBy('log_index', 'desc')
    .execute();
  return new Set(rows.filter((r) => r.revoked_at !== null).map((r) => r.achievement_id));
}

/** The newest credential of one achievement to one learner (by issuance-log index), or null. */
export async function newestCredentialOf(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
  achievementId: string,
): Promise<IssuedCredentialRow | null> {
  const row = await db
    .selectFrom('issued_credentials')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .where('achievement_id', '=', achievementId)
    .orderBy('log_index', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? parsed(row) : null;
}

/** True when the slot of a status list is taken. */
export async function statusIndexTaken(
  db: Kysely<Database>,
  orgId: string,
  list: number,
  index: number,
): Promise<boolean> {
  const row = await db
    .selectFrom('issued_credentials')
    .select('id')
    .where('org_id', '=', orgId)
    .where('status_list', '=', list)
    .where('status_index', '=', index)
    .executeTakeFirst();
  return row !== undefined;
}

/** Marks a credential revoked with a reason. */
export async function markCredentialRevoked(
  db: Kysely<Database>,
  orgId: string,
  id: string,
  reason: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('issued_credentials')
    .set({ revoked_at: now, revocation_reason: reason })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

/** A credential of the organization by its `urn:uuid` credential id, or null. */
export async function findIssuedCredentialByCredentialId(
  db: Kysely<Database>,
  orgId: string,
  credentialId: string,
): Promise<IssuedCredentialRow | null> {
  const row = await db
    .selectFrom('issued_credentials')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('credential_id', '=', credentialId)
    .executeTakeFirst();
  return row ? parsed(row) : null;
}

/** How many credentials the organization issued per achievement (revoked and expired ones included). */
export async function countIssuedByAchievement(
  db: Kysely<Database>,
  orgId: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('issued_credentials')
    .select(['achievement_id', (eb) => eb.fn.countAll<string>().as('issued')])
    .where('org_id', '=', orgId)
    .groupBy('achievement_id')
    .execute();
  return new Map(rows.map((r) => [r.achievement_id, Number(r.issued)]));
}
