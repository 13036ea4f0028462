import {
  ClassBody,
  ClassCreatedSchema,
  ClassDetailSchema,
  ClassListSchema,
  ClassOptionsSchema,
  ClassParams,
  ClassPatchBody,
  OrgParams,
} from '@pathwise/contracts';
import { Type } from 'typebox';
import {
  createClassAs,
  getClassDetail,
  listClassOptions,
  listVisibleClasses,
  removeClass,
  updateClass,
} from '../../classes/classes.ts';
import { orgActor } from '../../identity/actor.ts';
import type { App, AppContext } from '../../runtime/types.ts';
import { registerClassCodeRoutes } from './class-code-routes.ts';
import { registerClassMemberRoutes } from './class-member-routes.ts';
import { registerClassSettingsRoutes } from './class-settings-routes.ts';

const STAFF = { roles: ['admin', 'teacher'] } as const;
const tags = ['classes'];

/**
 * Classes made by hand: teachers create them and teach them, administrators see all; their members, class codes
 * and the organization's class settings are registered with them.
 */
export function registerClassRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/orgs/:orgId/class-options',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'The pathways a class can be assigned',
        params: OrgParams,
        response: { 200: ClassOptionsSchema },
      },
    },
    async (request) => listClassOptions(ctx, orgActor(request)),
  );

  app.get(
    '/api/orgs/:orgId/classes',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Classes: all of them for administrators, the ones they teach for teachers',
        params: OrgParams,
        response: { 200: ClassListSchema },
      },
    },
    async (request) => ({
      classes: (await listVisibleClasses(ctx, orgActor(request))).map((c) => ({
        ...c,
        createdAt: c.createdAt.toISOString(),
      })),
    }),
  );

  app.post(
    '/api/orgs/:orgId/classes',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Create a class; a teacher who creates it teaches it',
        params: OrgParams,
        body: ClassBody,
        response: { 201: ClassCreatedSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createClassAs(ctx, orgActor(request), request.body)),
  );

  app.get(
    '/api/orgs/:orgId/classes/:classId',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'A class with its members',
        params: ClassParams,
        response: { 200: ClassDetailSchema },
      },
    },
    async (request) => {
      const found = await getClassDetail(ctx, orgActor(request), request.params.classId);
      return { ...found, createdAt: found.createdAt.toISOString() };
    },
  );

  app.patch(
    '/api/orgs/:orgId/classes/:classId',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Rename a class or change its pathways',
        params: ClassParams,
        body: ClassPatchBody,
        response: { 204: Type.Null({ description: 'Changed' }) },
      },
    },
    async (request, reply) => {
      await updateClass(ctx, orgActor(request), request.params.classId, request.body);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/orgs/:orgId/classes/:classId',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Delete a class and its log',
        params: ClassParams,
        response: { 204: Type.Null({ description: 'Deleted' }) },
      },
    },
    async (request, reply) => {
      await removeClass(ctx, orgActor(request), request.params.classId);
      return reply.status(204).send(null);
    },
  );

  registerClassMemberRoutes(app, ctx);
  registerClassCodeRoutes(app, ctx);
  registerClassSettingsRoutes(app, ctx);
}
