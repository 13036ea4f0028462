import { AddClassMembersBody, CandidatesSchema, ClassMemberParams, ClassParams } from '@pathwise/contracts';
import { Type } from 'typebox';
import { addMembersToClass, listCandidates, removeFromClass } from '../../classes/class-members.ts';
import { orgActor } from '../../identity/actor.ts';
import type { App, AppContext } from '../../runtime/types.ts';

const STAFF = { roles: ['admin', 'teacher'] } as const;
const tags = ['classes'];

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
        tags,
        summary: 'The people the caller may add to the class (teachers: learners of their classes only)',
        params: ClassParams,
        response: { 200: CandidatesSchema },
      },
    },
    async (request) => listCandidates(ctx, orgActor(request), request.params.classId),
  );

  app.post(
    '/api/orgs/:orgId/classes/:classId/members',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Add people to the class (teachers: learners they may pick, see candidates)',
        params: ClassParams,
        body: AddClassMembersBody,
        response: { 204: Type.Null({ description: 'Added' }) },
      },
    },
    async (request, reply) => {
      await addMembersToClass(ctx, orgActor(request), request.params.classId, request.body);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/orgs/:orgId/classes/:classId/members/:userId',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Remove someone from the class',
        params: ClassMemberParams,
        response: { 204: Type.Null({ description: 'Removed' }) },
      },
    },
    async (request, reply) => {
      await removeFromClass(ctx, orgActor(request), request.params.classId, request.params.userId);
      return reply.status(204).send(null);
    },
  );
}
