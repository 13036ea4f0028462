import { AppError } from '@pathwise/core';
import { addClassMembers, listClassMembers, listMembers, recordAudit, removeClassMember } from '@pathwise/db';
import { Type } from 'typebox';
import { actorUser } from '../../identity/actor.ts';
import { orgOf } from '../../plugins/access.ts';
import type { App, AppContext } from '../../types.ts';
import { getVisibleClass, pickableLearners } from './class-access.ts';
import { AddMembersBody, CandidateSchema, ClassMemberParams, ClassParams } from './class-schemas.ts';

const STAFF = { roles: ['admin', 'teacher'] } as const;

/**
 * Who is in a class. Administrators add any member; teachers add the learners they already teach (or any learner
 * of the organization when its setting allows) and fellow staff as co-teachers. Learners also come in by a class
 * code (class-code-routes.ts).
 */
export function registerClassMemberRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/orgs/:orgId/classes/:classId/candidates',
    {
      config: { access: STAFF },
      schema: {
        tags: ['classes'],
        summary: 'The people the caller may add to the class (teachers: learners of their classes only)',
        params: ClassParams,
        response: {
          200: Type.Object({
            scope: Type.Union([Type.Literal('organization'), Type.Literal('own-classes')], {
              description: 'own-classes: a teacher picks learners of the classes they teach only',
            }),
            people: Type.Array(CandidateSchema),
          }),
        },
      },
    },
    async (request) => {
      const found = await getVisibleClass(ctx, request, request.params.classId);
      const orgId = orgOf(request).id;
      const inClass = new Set((await listClassMembers(ctx.db.kysely, orgId, found.id)).map((m) => m.userId));
      const { scope, learners } = await pickableLearners(ctx.db.kysely, request);
      const staff = (await listMembers(ctx.db.kysely, orgId))
        .filter((m) => m.role === 'teacher')
        .map((m) => ({ userId: m.userId, name: m.name, email: m.email, role: 'teacher' as const }));
      const people = [...learners.map((l) => ({ ...l, role: 'learner' as const })), ...staff].filter(
        (p) => !inClass.has(p.userId),
      );
      return { scope, people };
    },
  );

  app.post(
    '/api/orgs/:orgId/classes/:classId/members',
    {
      config: { access: STAFF },
      schema: {
        tags: ['classes'],
        summary: 'Add people to the class (teachers: learners they may pick, see candidates)',
        params: ClassParams,
        body: AddMembersBody,
      },
    },
    async (request, reply) => {
      const found = await getVisibleClass(ctx, request, request.params.classId);
      const orgId = orgOf(request).id;
      const { userIds, role } = request.body;
      const roles = new Map((await listMembers(ctx.db.kysely, orgId)).map((m) => [m.userId, m.role]));
      const allowed = role === 'learner' ? ['learner'] : ['teacher', 'admin'];
      const wrong = userIds.filter((id) => !allowed.includes(roles.get(id) ?? ''));
      if (wrong.length > 0) {
        throw new AppError('validation_failed', `Not a ${role} of this organization: ${wrong.join(', ')}`, [
          { field: 'body/userIds', message: `not ${role}s of this organization: ${wrong.join(', ')}` },
        ]);
      }
      if (role === 'learner' && orgOf(request).role !== 'admin') {
        const pickable = new Set(
          (await pickableLearners(ctx.db.kysely, request)).learners.map((l) => l.userId),
        );
        const outside = userIds.filter((id) => !pickable.has(id));
        if (outside.length > 0) {
          throw new AppError(
            'forbidden',
            'Teachers add learners of their own classes only; others join with the class code or an administrator adds them',
            [{ field: 'body/userIds', message: `not learners of a class you teach: ${outside.join(', ')}` }],
          );
        }
      }
      await ctx.db.kysely.transaction().execute(async (trx) => {
        await addClassMembers(trx, { orgId, classId: found.id, userIds, role });
        await recordAudit(trx, {
          orgId,
          actorUserId: actorUser(request.principal),
          action: 'class.members_added',
          targetType: 'class',
          targetId: found.id,
          details: { userIds, role },
        });
      });
      return reply.status(204).send();
    },
  );

  app.delete(
    '/api/orgs/:orgId/classes/:classId/members/:userId',
    {
      config: { access: STAFF },
      schema: { tags: ['classes'], summary: 'Remove someone from the class', params: ClassMemberParams },
    },
    async (request, reply) => {
      const found = await getVisibleClass(ctx, request, request.params.classId);
      if (!(await removeClassMember(ctx.db.kysely, orgOf(request).id, found.id, request.params.userId))) {
        throw new AppError('not_found', 'That person is not in this class');
      }
      return reply.status(204).send();
    },
  );
}
