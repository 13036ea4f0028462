import type { Kysely, Selectable } from 'kysely';
import type { PublicProfilesTable } from '../../schema/public-profiles.ts';
import type { Database } from '../../schema.ts';

export type PublicProfileRow = Selectable<PublicProfilesTable>;

/** A learner's public profile settings in an organization, or null when they never saved any (it is off). */
export async function findPublicProfile(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
): Promise<PublicProfileRow | null> {
  const row = await db
    .selectFrom('public_profiles')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ?? null;
}

/** What a learner's public profile holds, as saved. */
export interface PublicProfileInput {
  orgId: string;
  userId: string;
  handle: string;
  enabled: boolean;
  displayName: string | null;
  headline: string | null;
  credentialIds: readonly string[];
  now: Date;
}

/**
 * Saves a learner's public profile (one row per learner and organization) and answers it as stored.
 *
 * @example
 * await savePublicProfile(trx, { orgId, userId, handle, enabled: true, displayName: null, headline: null,
 *   credentialIds: [credentialRowId], now });
 */
export async function savePublicProfile(
  db: Kysely<Database>,
  input: PublicProfileInput,
): Promise<PublicProfileRow> {
  const values = {
    handle: input.handle,
    enabled: input.enabled,
    display_name: input.displayName,
    headline: input.headline,
    credential_ids: [...input.credentialIds],
    updated_at: input.now,
  };
  return db
    .insertInto('public_profiles')
    .values({ org_id: input.orgId, user_id: input.userId, created_at: input.now, ...values })
    .onConflict((oc) => oc.columns(['org_id', 'user_id']).doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** An enabled public profile as a visitor may see it: the profile, its owner's account name, its organization. */
export interface OpenPublicProfileRow {
  orgId: string;
  userId: string;
  orgName: string;
  accountName: string;
  displayName: string | null;
  headline: string | null;
  credentialIds: string[];
}

/**
 * The public profile behind an address, only while it is on and its owner is still a learner of the organization
 * with an account (a member with another role, someone who left, or a deleted account shows nothing); null
 * otherwise, whatever the reason.
 */
export async function findOpenPublicProfile(
  db: Kysely<Database>,
  handle: string,
): Promise<OpenPublicProfileRow | null> {
  const row = await db
    .selectFrom('public_profiles as p')
    .innerJoin('memberships as m', (j) =>
      j.onRef('m.org_id', '=', 'p.org_id').onRef('m.user_id', '=', 'p.user_id'),
    )
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .innerJoin('organizations as o', 'o.id', 'p.org_id')
    .select([
      'p.org_id as orgId',
      'p.user_id as userId',
      'o.name as orgName',
      'u.name as accountName',
      'p.display_name as displayName',
      'p.headline',
      'p.credential_ids as credentialIds',
    ])
    .where('p.handle', '=', handle)
    .where('p.enabled', '=', true)
    .where('m.role', '=', 'learner')
    .where('u.deleted_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}
