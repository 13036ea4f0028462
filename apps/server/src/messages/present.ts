import type { Announcement, Message, ThreadSummary } from '@pathwise/contracts';
import { AppError } from '@pathwise/core/errors';
import type { AnnouncementRow, MessageRow, ThreadSummaryRow } from '@pathwise/db';
import type { OrgActor } from '../identity/actor.ts';

/** The person behind an organization call; messages are between people, so an API token is refused. */
export function signedInPerson(actor: OrgActor): string {
  if (!actor.userId) throw new AppError('forbidden', 'Messages are sent and read by a signed-in person');
  return actor.userId;
}

/** An announcement row as the API answers it. */
export function presentAnnouncement(row: AnnouncementRow): Announcement {
  return { ...row, createdAt: row.createdAt.toISOString() };
}

/** A thread summary row as the API answers it. */
export function presentThread(row: ThreadSummaryRow): ThreadSummary {
  return { ...row, lastMessageAt: row.lastMessageAt.toISOString() };
}

/** A message row as the API answers it to `userId`. */
export function presentMessage(row: MessageRow, userId: string): Message {
  return { ...row, createdAt: row.createdAt.toISOString(), mine: row.senderId === userId };
}
