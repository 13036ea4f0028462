import { parseRequiredSkills, type RequiredSkill } from '@pathwise/core/employer-match';
import type { Kysely, Selectable } from 'kysely';
import type { Database, JobProfilesTable } from '../../schema.ts';

/** A job profile as read, its skills checked (`parseRequiredSkills`). */
export type JobProfileRow = Selectable<JobProfilesTable>;

const parsed = (row: JobProfileRow): JobProfileRow => ({ ...row, skills: parseRequiredSkills(row.skills) });

/** Tells a learner a credential was issued to them. */
export async function insertCredentialNotification(
  db: Kysely<Database>,
  input: { orgId: string; userId: string; credentialId: string; now: Date },
): Promise<void> {
  await db
    .insertInto('credential_notifications')
    .values({
      org_id: input.orgId,
      user_id: input.userId,
      credential_id: input.credentialId,
      created_at: input.now,
    })
    .execute();
}

/** A learner's credential notifications, newest first, with the credential's name. */
export async function listCredentialNotifications(db: Kysely<Database>, orgId: string, userId: string) {
  return db
    .selectFrom('credential_notifications as n')
    .innerJoin('issued_credentials as c', 'c.id', 'n.credential_id')
    .innerJoin('achievements as a', 'a.id', 'c.achievement_id')
    .select(['n.id', 'n.created_at', 'n.read_at', 'n.credential_id', 'a.name', 'c.achievement_id'])
    .where('n.org_id', '=', orgId)
    .where('n.user_id', '=', userId)
    .orderBy('n.created_at', 'desc')
    .limit(100)
    .execute();
}

/** Marks all of a learner's notifications read. */
export async function markCredentialNotificationsRead(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('credential_notifications')
    .set({ read_at: now })
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .execute();
}

/** Creates a job profile. */
export async function insertJobProfile(
  db: Kysely<Database>,
  input: {
    orgId: string;
    name: string;
    source: JobProfileRow['source'];
    sourceCode: string | null;
    skills: readonly RequiredSkill[];
    now: Date;
  },
): Promise<JobProfileRow> {
  const row = await db
    .insertInto('job_profiles')
    .values({
      org_id: input.orgId,
      name: input.name,
      source: input.source,
      source_code: input.sourceCode,
      skills: JSON.stringify(input.skills),
      created_at: input.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return parsed(row);
}

/** The organization's job profiles, newest first. */
export async function listJobProfiles(db: Kysely<Database>, orgId: string): Promise<JobProfileRow[]> {
  const rows = await db
    .selectFrom('job_profiles')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(parsed);
}

/** One job profile of the organization, or null. */
export async function findJobProfile(
  db: Kysely<Database>,
  orgId: string,
  id: string,
): Promise<JobProfileRow | null> {
  const row = await db
    .selectFrom('job_profiles')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? parsed(row) : null;
}
