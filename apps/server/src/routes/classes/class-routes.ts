import { AppError } from '@pathwise/core';
import type { Database } from '@pathwise/db';
import {
  createClass,
  deleteClass,
  listClasses,
  listClassMembers,
  listPathways,
  recordAudit,
  renameClass,
  setClassPathways,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import { actorUser } from '../../identity/actor.ts';
import { orgOf } from '../../plugins/access.ts';
import { OrgParams } from '../../presenters.ts';
import type { App, AppContext } from '../../types.ts';
import { getVisibleClass } from './class-access.ts';
import { registerClassCodeRoutes } from './class-code-routes.ts';
import { registerClassMemberRoutes } from './class-member-routes.ts';
import {
  ClassBody,
  ClassDetailSchema,
  ClassParams,
  ClassPatchBody,
  ClassSummarySchema,
} from './class-schemas.ts';
import { registerClassSettingsRoutes } from './class-settings-routes.ts';

const STAFF = { roles: ['admin', 'teacher'] } as const;

async function checkPathways(db: Kysely<Database>, orgId: string, ids: readonly string[]): Promise<void> {
  const known = new Set((await listPathways(db, orgId)).map((p) => p.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new AppError('validation_failed', `No such pathway: ${unknown.join(', ')}`, [
      { field: 'body/pathwayIds', message: `unknown: ${unknown.join(', ')}` },
    ]);
  }
}

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
        tags: ['classes'],
        summary: 'The pathways a class can be assigned',
        params: OrgParams,
        response: {
          200: Type.Object({
            pathways: Type.Array(
              Type.Object({ id: Type.String(), name: Type.Object({ en: Type.String(), es: Type.String() }) }),
            ),
          }),
        },
      },
    },
    async (request) => ({
      pathways: (await listPathways(ctx.db.kysely, orgOf(request).id)).map((p) => ({
        id: p.id,
        name: p.name,
      })),
    }),
  );

  app.get(
    '/api/orgs/:orgId/classes',
    {
      config: { access: STAFF },
      schema: {
        tags: ['classes'],
        summary: 'Classes: all of them for administrators, the ones they teach for teachers',
        params: OrgParams,
        response: { 200: Type.Object({ classes: Type.Array(ClassSummarySchema) }) },
      },
    },
    async (request) => {
      const { id: orgId, role } = orgOf(request);
      const userId = actorUser(request.principal);
      if (role !== 'admin' && !userId) return { classes: [] };
      const classes = await listClasses(ctx.db.kysely, orgId, role === 'admin' ? {} : { teacherId: userId! });
      return { classes: classes.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })) };
    },
  );

  app.post(
    '/api/orgs/:orgId/classes',
    {
      config: { access: STAFF },
      schema: {
        tags: ['classes'],
        summary: 'Create a class; a teacher who creates it teaches it',
        params: OrgParams,
        body: ClassBody,
        response: { 201: Type.Object({ id: Type.String() }) },
      },
    },
    async (request, reply) => {
      const orgId = orgOf(request).id;
      const userId = actorUser(request.principal);
      const created = await ctx.db.kysely.transaction().execute(async (trx) => {
        await checkPathways(trx, orgId, request.body.pathwayIds ?? []);
        const row = await createClass(trx, {
          orgId,
          name: request.body.name,
          createdBy: userId,
          teacherId: orgOf(request).role === 'teacher' ? userId : null,
        });
        await setClassPathways(trx, { orgId, classId: row.id, pathwayIds: request.body.pathwayIds ?? [] });
        await recordAudit(trx, {
          orgId,
          actorUserId: userId,
          action: 'class.created',
          targetType: 'class',
          targetId: row.id,
          details: { name: request.body.name },
        });
        return row;
      });
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/orgs/:orgId/classes/:classId',
    {
      config: { access: STAFF },
      schema: {
        tags: ['classes'],
        summary: 'A class with its members',
        params: ClassParams,
        response: { 200: ClassDetailSchema },
      },
    },
    async (request) => {
      const found = await getVisibleClass(ctx, request, request.params.classId);
      const orgId = orgOf(request).id;
      const [members, summary] = await Promise.all([
        listClassMembers(ctx.db.kysely, orgId, found.id),
        listClasses(ctx.db.kysely, orgId).then((all) => all.find((c) => c.id === found.id)),
      ]);
      return {
        id: found.id,
        name: found.name,
        createdAt: found.createdAt.toISOString(),
        pathwayIds: summary?.pathwayIds ?? [],
        members,
      };
    },
  );

  app.patch(
    '/api/orgs/:orgId/classes/:classId',
    {
      config: { access: STAFF },
      schema: {
        tags: ['classes'],
        summary: 'Rename a class or change its pathways',
        params: ClassParams,
        body: ClassPatchBody,
      },
    },
    async (request, reply) => {
      const found = await getVisibleClass(ctx, request, request.params.classId);
      const orgId = orgOf(request).id;
      await ctx.db.kysely.transaction().execute(async (trx) => {
        if (request.body.name) await renameClass(trx, orgId, found.id, request.body.name);
        if (request.body.pathwayIds) {
          await checkPathways(trx, orgId, request.body.pathwayIds);
          await setClassPathways(trx, { orgId, classId: found.id, pathwayIds: request.body.pathwayIds });
        }
      });
      return reply.status(204).send();
    },
  );

  app.delete(
    '/api/orgs/:orgId/classes/:classId',
    {
      config: { access: STAFF },
      schema: { tags: ['classes'], summary: 'Delete a class and its log', params: ClassParams },
    },
    async (request, reply) => {
      const found = await getVisibleClass(ctx, request, request.params.classId);
      const orgId = orgOf(request).id;
      await ctx.db.kysely.transaction().execute(async (trx) => {
        await deleteClass(trx, orgId, found.id);
        await recordAudit(trx, {
          orgId,
          actorUserId: actorUser(request.principal),
          action: 'class.deleted',
          targetType: 'class',
          targetId: found.id,
        });
      });
      return reply.status(204).send();
    },
  );

  registerClassMemberRoutes(app, ctx);
  registerClassCodeRoutes(app, ctx);
  registerClassSettingsRoutes(app, ctx);
}
