import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './column-types.ts';

/** A bigint counter (the driver reads int8 as a number, see open-db.ts). */
type Seq = ColumnType<number, number | undefined, number>;

export interface AnnouncementsTable {
  org_id: string;
  id: Generated<string>;
  class_id: string;
  author_id: string | null;
  subject: Generated<string>;
  body: string;
  created_at: Timestamp;
}

export interface AnnouncementReadsTable {
  org_id: string;
  announcement_id: string;
  user_id: string;
  read_at: Timestamp;
}

export interface MessageThreadsTable {
  org_id: string;
  id: Generated<string>;
  class_id: string;
  teacher_id: string;
  learner_id: string;
  teacher_read_seq: Seq;
  learner_read_seq: Seq;
  created_at: Timestamp;
  last_message_at: Timestamp;
}

export interface MessagesTable {
  org_id: string;
  seq: ColumnType<number, never, never>;
  thread_id: string;
  sender_id: string | null;
  body: string;
  created_at: Timestamp;
}

export interface UserSettingsTable {
  user_id: string;
  email_messages: Generated<boolean>;
  updated_at: Timestamp;
}

/** Announcements, message threads and each person's message settings (migration 0016). */
export interface MessagesTables {
  announcements: AnnouncementsTable;
  announcement_reads: AnnouncementReadsTable;
  message_threads: MessageThreadsTable;
  messages: MessagesTable;
  user_settings: UserSettingsTable;
}
