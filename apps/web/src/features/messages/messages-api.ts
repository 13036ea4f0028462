import type {
  AnnouncementInput,
  ClassDetail,
  MySettings,
  Posted,
  StartThreadInput,
} from '@pathwise/contracts';
import { api } from '../../api/api-client.ts';

// NOTE: the wire types come from @pathwise/contracts (types only); re-exported so the components keep one import.
export type {
  Announcement,
  AnnouncementList,
  Inbox,
  Message,
  MySettings,
  Thread,
  ThreadList,
  ThreadSummary,
} from '@pathwise/contracts';
export type { ClassDetail };

/** Server paths and calls of messages and announcements. */
export const messagesApi = {
  inbox: (orgId: string) => `/api/orgs/${orgId}/inbox`,
  thread: (orgId: string, threadId: string) => `/api/orgs/${orgId}/threads/${threadId}`,
  classDetail: (orgId: string, classId: string) => `/api/orgs/${orgId}/classes/${classId}`,
  classAnnouncements: (orgId: string, classId: string) =>
    `/api/orgs/${orgId}/classes/${classId}/announcements`,
  classThreads: (orgId: string, classId: string) => `/api/orgs/${orgId}/classes/${classId}/threads`,
  settings: '/api/me/settings',
  /** Replies in a thread the caller is in. */
  reply: (orgId: string, threadId: string, body: string) =>
    api<Posted>('POST', `/api/orgs/${orgId}/threads/${threadId}/messages`, { body }),
  /** Marks every message of the thread read by the caller. */
  markThreadRead: (orgId: string, threadId: string) =>
    api<void>('POST', `/api/orgs/${orgId}/threads/${threadId}/read`),
  /** Marks an announcement read by the caller (a learner of its class). */
  markAnnouncementRead: (orgId: string, announcementId: string) =>
    api<void>('POST', `/api/orgs/${orgId}/announcements/${announcementId}/read`),
  /** Posts an announcement to every learner of a class. */
  announce: (orgId: string, classId: string, input: AnnouncementInput) =>
    api<Posted>('POST', `/api/orgs/${orgId}/classes/${classId}/announcements`, input),
  /** Writes to one learner of a class; answers the thread's id. */
  messageLearner: (orgId: string, classId: string, input: StartThreadInput) =>
    api<Posted>('POST', `/api/orgs/${orgId}/classes/${classId}/threads`, input),
  /** Saves the person's own settings. */
  saveSettings: (settings: MySettings) => api<MySettings>('PUT', '/api/me/settings', settings),
};
