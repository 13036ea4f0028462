import type { Kysely, Selectable } from 'kysely';
import type { ContactRequestsTable } from '../../schema/discovery.ts';
import type { Database } from '../../schema.ts';

export type ContactRequestRow = Selectable<ContactRequestsTable>;
export type ContactRequestStatusValue = ContactRequestRow['status'];

/** Stores an employer's pending contact request to a learner. */
export async function insertContactRequest(
  db: Kysely<Database>,
  input: {
    orgId: string;
    learnerId: string;
    employerId: string;
    candidate: string;
    jobName: string;
    message: string;
    now: Date;
  },
): Promise<ContactRequestRow> {
  return db
    .insertInto('contact_requests')
    .values({
      org_id: input.orgId,
      learner_id: input.learnerId,
      employer_id: input.employerId,
      candidate: input.candidate,
      job_name: input.jobName,
      message: input.message,
      created_at: input.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** How many contact requests an employer sent in an organization since `since`. */
export async function countContactRequestsSince(
  db: Kysely<Database>,
  input: { orgId: string; employerId: string; since: Date },
): Promise<number> {
  const row = await db
    .selectFrom('contact_requests')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('org_id', '=', input.orgId)
    .where('employer_id', '=', input.employerId)
    .where('created_at', '>=', input.since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Whether the employer has a pending request to the candidate they know by this pseudonym. */
export async function hasPendingContactRequest(
  db: Kysely<Database>,
  input: { orgId: string; employerId: string; candidate: string },
): Promise<boolean> {
  const row = await db
    .selectFrom('contact_requests')
    .select('id')
    .where('org_id', '=', input.orgId)
    .where('employer_id', '=', input.employerId)
    .where('candidate', '=', input.candidate)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Where the employer's latest request to each of these pseudonyms stands, by pseudonym (none: absent). NOTE: by
 * pseudonym, not by learner: a learner's new pseudonym (discovery turned off and on) carries no earlier request.
 */
export async function latestContactStatuses(
  db: Kysely<Database>,
  input: { orgId: string; employerId: string; candidates: readonly string[] },
): Promise<Map<string, ContactRequestStatusValue>> {
  if (input.candidates.length === 0) return new Map();
  const rows = await db
    .selectFrom('contact_requests')
    .select(['candidate', 'status'])
    .where('org_id', '=', input.orgId)
    .where('employer_id', '=', input.employerId)
    .where('candidate', 'in', [...input.candidates])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  // Oldest first: the latest request of each pseudonym is the one left in the map.
  return new Map(rows.map((r) => [r.candidate, r.status]));
}

/** An employer's contact requests, newest first, with the share link a learner made on accepting. */
export async function listSentContactRequests(
  db: Kysely<Database>,
  input: { orgId: string; employerId: string; limit?: number },
) {
  return db
    .selectFrom('contact_requests as c')
    .leftJoin('share_links as s', 's.id', 'c.share_link_id')
    .select([
      'c.id',
      'c.candidate',
      'c.job_name',
      'c.message',
      'c.status',
      'c.created_at',
      'c.answered_at',
      's.token_hash',
      's.sealed_token',
      's.expires_at',
      's.revoked_at',
    ])
    .where('c.org_id', '=', input.orgId)
    .where('c.employer_id', '=', input.employerId)
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id')
    .limit(input.limit ?? 100)
    .execute();
}

/** The contact requests a learner received in an organization (or the one `id`), newest first, with who sent them. */
export async function listReceivedContactRequests(
  db: Kysely<Database>,
  input: { orgId: string; learnerId: string; id?: string; limit?: number },
) {
  let query = db
    .selectFrom('contact_requests as c')
    .innerJoin('users as u', 'u.id', 'c.employer_id')
    .innerJoin('organizations as o', 'o.id', 'c.org_id')
    .select([
      'c.id',
      'u.name as employer_name',
      'o.name as organization_name',
      'o.slug as organization_slug',
      'c.job_name',
      'c.message',
      'c.status',
      'c.created_at',
      'c.answered_at',
      'c.share_link_id',
    ])
    .where('c.org_id', '=', input.orgId)
    .where('c.learner_id', '=', input.learnerId)
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id')
    .limit(input.limit ?? 100);
  if (input.id) query = query.where('c.id', '=', input.id);
  return query.execute();
}

/**
 * Answers one of the learner's pending contact requests (accepted with its share link, or declined); null when
 * the learner has no such pending request (someone else's, unknown, or already answered).
 */
export async function answerContactRequest(
  db: Kysely<Database>,
  input: {
    orgId: string;
    learnerId: string;
    id: string;
    status: 'accepted' | 'declined';
    shareLinkId: string | null;
    now: Date;
  },
): Promise<ContactRequestRow | null> {
  const row = await db
    .updateTable('contact_requests')
    .set({ status: input.status, share_link_id: input.shareLinkId, answered_at: input.now })
    .where('org_id', '=', input.orgId)
    .where('learner_id', '=', input.learnerId)
    .where('id', '=', input.id)
    .where('status', '=', 'pending')
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

/** One of the learner's contact requests, locked for the answer, or null. */
export async function findReceivedContactRequest(
  db: Kysely<Database>,
  input: { orgId: string; learnerId: string; id: string },
): Promise<ContactRequestRow | null> {
  const row = await db
    .selectFrom('contact_requests')
    .selectAll()
    .where('org_id', '=', input.orgId)
    .where('learner_id', '=', input.learnerId)
    .where('id', '=', input.id)
    .forUpdate()
    .executeTakeFirst();
  return row ?? null;
}
