import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';

/**
 * A person's public profiles for their data export, one per organization: whether it is on, the name and headline
 * they chose, the credentials chosen, and its address's handle (the address is theirs, and public while it is on).
 */
export async function readPublicProfileData(db: Kysely<Database>, userId: string) {
  return {
    publicProfiles: await db
      .selectFrom('public_profiles')
      .select([
        'org_id',
        'enabled',
        'handle',
        'display_name',
        'headline',
        'credential_ids',
        'created_at',
        'updated_at',
      ])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute(),
  };
}

/** Erases one person's public profiles inside the caller's transaction: their addresses stop answering at once. */
export async function erasePublicProfileData(
  trx: Kysely<Database>,
  userId: string,
): Promise<Record<string, number>> {
  const deleted = await trx.deleteFrom('public_profiles').where('user_id', '=', userId).executeTakeFirst();
  return { public_profiles: Number(deleted.numDeletedRows) };
}
