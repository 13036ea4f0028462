import {
  AnnouncementBody,
  AnnouncementListSchema,
  AnnouncementParams,
  ClassParams,
  InboxSchema,
  MessageBody,
  OrgParams,
  PostedSchema,
  StartThreadBody,
  ThreadListSchema,
  ThreadParams,
  ThreadSchema,
} from '@pathwise/contracts';
import { Type } from 'typebox';
import { orgActor } from '../../identity/actor.ts';
import {
  listAnnouncementsOfClass,
  markAnnouncementOpened,
  postAnnouncement,
} from '../../messages/announcements.ts';
import { readInbox } from '../../messages/inbox.ts';
import {
  listClassThreads,
  markThreadOpened,
  messageLearner,
  openThread,
  replyToThread,
} from '../../messages/threads.ts';
import type { App, AppContext } from '../../runtime/types.ts';
import { registerMySettingsRoutes } from './my-settings-routes.ts';

// Messages are between people: API tokens are refused (sessionOnly).
const STAFF = { roles: ['admin', 'teacher'], sessionOnly: true } as const;
const MEMBERS = { roles: ['admin', 'teacher', 'learner'], sessionOnly: true } as const;
const tags = ['messages'];
const Done = { 204: Type.Null({ description: 'Marked read' }) };

/**
 * Announcements to a class and threads between a teacher and one learner (use cases in messages/); the inbox
 * of each person; and the person's own mail setting.
 */
export function registerMessageRoutes(app: App, ctx: AppContext): void {
  registerMySettingsRoutes(app, ctx);
  app.post(
    '/api/orgs/:orgId/classes/:classId/announcements',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Post an announcement to every learner of the class (plain text)',
        params: ClassParams,
        body: AnnouncementBody,
        response: { 201: PostedSchema },
      },
    },
    async (request, reply) => {
      const input = { classId: request.params.classId, body: request.body };
      return reply.status(201).send(await postAnnouncement(ctx, orgActor(request), input, request.log));
    },
  );

  app.get(
    '/api/orgs/:orgId/classes/:classId/announcements',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: "The class's announcements, newest first",
        params: ClassParams,
        response: { 200: AnnouncementListSchema },
      },
    },
    async (request) => listAnnouncementsOfClass(ctx, orgActor(request), request.params.classId),
  );

  app.get(
    '/api/orgs/:orgId/classes/:classId/threads',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: "The caller's threads with learners of the class, with unread counts",
        params: ClassParams,
        response: { 200: ThreadListSchema },
      },
    },
    async (request) => listClassThreads(ctx, orgActor(request), request.params.classId),
  );

  app.post(
    '/api/orgs/:orgId/classes/:classId/threads',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Send a message to one learner of the class (starts or continues your thread with them)',
        params: ClassParams,
        body: StartThreadBody,
        response: { 201: PostedSchema },
      },
    },
    async (request, reply) => {
      const input = { classId: request.params.classId, body: request.body };
      return reply.status(201).send(await messageLearner(ctx, orgActor(request), input, request.log));
    },
  );

  app.get(
    '/api/orgs/:orgId/inbox',
    {
      config: { access: MEMBERS },
      schema: {
        tags,
        summary: 'My latest announcements and threads, with unread counts',
        params: OrgParams,
        response: { 200: InboxSchema },
      },
    },
    async (request) => readInbox(ctx, orgActor(request)),
  );

  app.get(
    '/api/orgs/:orgId/threads/:threadId',
    {
      config: { access: MEMBERS },
      schema: {
        tags,
        summary: 'One of my threads with its messages (404 for anyone not in it)',
        params: ThreadParams,
        response: { 200: ThreadSchema },
      },
    },
    async (request) => openThread(ctx, orgActor(request), request.params.threadId),
  );

  app.post(
    '/api/orgs/:orgId/threads/:threadId/messages',
    {
      config: { access: MEMBERS },
      schema: {
        tags,
        summary: 'Reply in one of my threads',
        params: ThreadParams,
        body: MessageBody,
        response: { 201: PostedSchema },
      },
    },
    async (request, reply) => {
      const input = { threadId: request.params.threadId, body: request.body };
      return reply.status(201).send(await replyToThread(ctx, orgActor(request), input, request.log));
    },
  );

  app.post(
    '/api/orgs/:orgId/threads/:threadId/read',
    {
      config: { access: MEMBERS },
      schema: { tags, summary: 'Mark one of my threads read', params: ThreadParams, response: Done },
    },
    async (request, reply) => {
      await markThreadOpened(ctx, orgActor(request), request.params.threadId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/orgs/:orgId/announcements/:announcementId/read',
    {
      config: { access: MEMBERS },
      schema: {
        tags,
        summary: 'Mark an announcement of one of my classes read',
        params: AnnouncementParams,
        response: Done,
      },
    },
    async (request, reply) => {
      await markAnnouncementOpened(ctx, orgActor(request), request.params.announcementId);
      return reply.status(204).send(null);
    },
  );
}
