import { type Static, Type } from 'typebox';
import { DateTime, Uuid } from './common.ts';

/** A message or announcement body: plain text as typed, kept and shown as text (never HTML). */
const Body = Type.String({ minLength: 1, maxLength: 5000, pattern: '\\S', description: 'Plain text' });

export const ThreadParams = Type.Object({ orgId: Type.String(), threadId: Uuid });
export const AnnouncementParams = Type.Object({ orgId: Type.String(), announcementId: Uuid });

/** `POST /api/orgs/:orgId/classes/:classId/announcements`: to every learner of the class. */
export const AnnouncementBody = Type.Object(
  { subject: Type.Optional(Type.String({ maxLength: 200 })), body: Body },
  { additionalProperties: false },
);
export type AnnouncementInput = Static<typeof AnnouncementBody>;

/** `POST /api/orgs/:orgId/classes/:classId/threads`: a message to one learner of the class (starts or continues their thread). */
export const StartThreadBody = Type.Object({ learnerId: Uuid, body: Body }, { additionalProperties: false });
export type StartThreadInput = Static<typeof StartThreadBody>;

/** `POST /api/orgs/:orgId/threads/:threadId/messages`: a reply by one of the thread's two people. */
export const MessageBody = Type.Object({ body: Body }, { additionalProperties: false });
export type MessageInput = Static<typeof MessageBody>;

export const AnnouncementSchema = Type.Object({
  id: Type.String(),
  classId: Type.String(),
  className: Type.String(),
  authorName: Type.Union([Type.String(), Type.Null()], { description: "The sender's display name" }),
  subject: Type.String(),
  body: Type.String(),
  createdAt: DateTime,
  read: Type.Boolean({ description: 'Whether the caller has opened it (always false in staff lists)' }),
});
export type Announcement = Static<typeof AnnouncementSchema>;

export const AnnouncementListSchema = Type.Object({ announcements: Type.Array(AnnouncementSchema) });
export type AnnouncementList = Static<typeof AnnouncementListSchema>;

export const ThreadSummarySchema = Type.Object({
  id: Type.String(),
  classId: Type.String(),
  className: Type.String(),
  teacherId: Type.String(),
  teacherName: Type.String(),
  learnerId: Type.String(),
  learnerName: Type.String(),
  lastMessageAt: DateTime,
  lastBody: Type.Union([Type.String(), Type.Null()]),
  unread: Type.Integer({ description: "The other person's messages the caller has not opened" }),
});
export type ThreadSummary = Static<typeof ThreadSummarySchema>;

export const ThreadListSchema = Type.Object({ threads: Type.Array(ThreadSummarySchema) });
export type ThreadList = Static<typeof ThreadListSchema>;

export const MessageSchema = Type.Object({
  seq: Type.Integer(),
  senderId: Type.Union([Type.String(), Type.Null()]),
  senderName: Type.Union([Type.String(), Type.Null()], { description: "The sender's display name" }),
  body: Type.String(),
  createdAt: DateTime,
  mine: Type.Boolean(),
});
export type Message = Static<typeof MessageSchema>;

/** `GET /api/orgs/:orgId/threads/:threadId`: the thread and its messages, oldest first. */
export const ThreadSchema = Type.Object({ thread: ThreadSummarySchema, messages: Type.Array(MessageSchema) });
export type Thread = Static<typeof ThreadSchema>;

/** `GET /api/orgs/:orgId/inbox`: the caller's latest announcements (as a learner) and threads, with unread counts. */
export const InboxSchema = Type.Object({
  announcements: Type.Array(AnnouncementSchema),
  threads: Type.Array(ThreadSummarySchema),
  unread: Type.Object({ announcements: Type.Integer(), messages: Type.Integer() }),
});
export type Inbox = Static<typeof InboxSchema>;

export const PostedSchema = Type.Object({ id: Type.String() });
export type Posted = Static<typeof PostedSchema>;

/** `GET` and `PUT /api/me/settings`: the person's own settings (all off until turned on). */
export const MySettingsSchema = Type.Object(
  { emailMessages: Type.Boolean({ description: 'E-mail me new messages and announcements' }) },
  { additionalProperties: false },
);
export type MySettings = Static<typeof MySettingsSchema>;
