import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';

/**
 * A person's discovery rows for their data export: their discovery settings (never the secret their pseudonyms
 * come from), the contact requests they received, and those they sent as an employer, where the learner stays the
 * pseudonym they knew (the export must not name a candidate the learner never revealed).
 */
export async function readDiscoveryData(db: Kysely<Database>, userId: string) {
  return {
    discovery: await db
      .selectFrom('discovery_settings')
      .select(['org_id', 'enabled', 'credential_ids', 'updated_at'])
      .where('user_id', '=', userId)
      .execute(),
    contactRequestsReceived: await db
      .selectFrom('contact_requests')
      .select([
        'id',
        'org_id',
        'employer_id',
        'job_name',
        'message',
        'status',
        'share_link_id',
        'created_at',
        'answered_at',
      ])
      .where('learner_id', '=', userId)
      .orderBy('created_at')
      .execute(),
    contactRequestsSent: await db
      .selectFrom('contact_requests')
      .select(['id', 'org_id', 'candidate', 'job_name', 'message', 'status', 'created_at', 'answered_at'])
      .where('employer_id', '=', userId)
      .orderBy('created_at')
      .execute(),
  };
}

/**
 * Erases one person's discovery rows inside the caller's transaction: their settings, and the contact requests
 * they received or sent (a share link a learner made on accepting is theirs and goes with their share links).
 */
export async function eraseDiscoveryData(
  trx: Kysely<Database>,
  userId: string,
): Promise<Record<string, number>> {
  const settings = await trx
    .deleteFrom('discovery_settings')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  const requests = await trx
    .deleteFrom('contact_requests')
    .where((eb) => eb.or([eb('learner_id', '=', userId), eb('employer_id', '=', userId)]))
    .executeTakeFirst();
  return {
    discovery_settings: Number(settings.numDeletedRows),
    contact_requests: Number(requests.numDeletedRows),
  };
}
