import type { Kysely, Selectable } from 'kysely';
import type { DiscoverySettingsTable } from '../../schema/discovery.ts';
import type { Database } from '../../schema.ts';

export type DiscoverySettingsRow = Selectable<DiscoverySettingsTable>;

/** A learner's discovery settings in an organization, or null when they never saved any (not discoverable). */
export async function findDiscoverySettings(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
): Promise<DiscoverySettingsRow | null> {
  const row = await db
    .selectFrom('discovery_settings')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ?? null;
}

/** Saves a learner's discovery settings (one row per learner and organization) and answers them as stored. */
export async function saveDiscoverySettings(
  db: Kysely<Database>,
  input: {
    orgId: string;
    userId: string;
    enabled: boolean;
    credentialIds: readonly string[];
    handle: string;
    now: Date;
  },
): Promise<DiscoverySettingsRow> {
  const values = {
    enabled: input.enabled,
    credential_ids: [...input.credentialIds],
    handle: input.handle,
    updated_at: input.now,
  };
  return db
    .insertInto('discovery_settings')
    .values({ org_id: input.orgId, user_id: input.userId, ...values })
    .onConflict((oc) => oc.columns(['org_id', 'user_id']).doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A learner who turned discovery on: their account, the secret their pseudonyms come from, their choice. */
export interface DiscoverableLearnerRow {
  userId: string;
  handle: string;
  credentialIds: string[];
}

/**
 * The learners of an organization who turned discovery on and are still its learners (a member with another
 * role, someone who left, or a deleted account is never discoverable).
 */
export async function listDiscoverableLearners(
  db: Kysely<Database>,
  orgId: string,
): Promise<DiscoverableLearnerRow[]> {
  return db
    .selectFrom('discovery_settings as d')
    .innerJoin('memberships as m', (j) =>
      j.onRef('m.org_id', '=', 'd.org_id').onRef('m.user_id', '=', 'd.user_id'),
    )
    .innerJoin('users as u', 'u.id', 'd.user_id')
    .select(['d.user_id as userId', 'd.handle', 'd.credential_ids as credentialIds'])
    .where('d.org_id', '=', orgId)
    .where('d.enabled', '=', true)
    .where('m.role', '=', 'learner')
    .where('u.deleted_at', 'is', null)
    .orderBy('d.user_id')
    .execute();
}
