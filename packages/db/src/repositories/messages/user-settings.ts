import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';

/** A person's message settings; every setting is off until they turn it on. */
export interface UserSettings {
  emailMessages: boolean;
}

/** The settings of `userId` (the defaults when they never saved any). */
export async function findUserSettings(db: Kysely<Database>, userId: string): Promise<UserSettings> {
  const row = await db
    .selectFrom('user_settings')
    .select('email_messages')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return { emailMessages: row?.email_messages ?? false };
}

/** Saves the settings of `userId`. */
export async function saveUserSettings(
  db: Kysely<Database>,
  input: { userId: string; settings: UserSettings; at: Date },
): Promise<void> {
  await db
    .insertInto('user_settings')
    .values({ user_id: input.userId, email_messages: input.settings.emailMessages, updated_at: input.at })
    .onConflict((oc) =>
      oc
        .column('user_id')
        .doUpdateSet({ email_messages: input.settings.emailMessages, updated_at: input.at }),
    )
    .execute();
}

/** A person to mail about a new message: address, name and language. */
export interface MailRecipient {
  userId: string;
  email: string;
  name: string;
  locale: string;
}

/** Those of `userIds` who turned on "e-mail me new messages and announcements" and still have an account. */
export async function listMessageMailRecipients(
  db: Kysely<Database>,
  userIds: readonly string[],
): Promise<MailRecipient[]> {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('user_settings as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['u.id as userId', 'u.email', 'u.name', 'u.locale'])
    .where('s.user_id', 'in', [...userIds])
    .where('s.email_messages', '=', true)
    .where('u.deleted_at', 'is', null)
    .orderBy('u.id')
    .execute();
}
