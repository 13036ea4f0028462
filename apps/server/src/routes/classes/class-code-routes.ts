import {
  ClassCodeBody,
  ClassCodeListSchema,
  ClassCodeParams,
  ClassCodeSchema,
  ClassParams,
} from '@pathwise/contracts';
import { Type } from 'typebox';
import { createClassCode, listClassCodes, revokeClassCode } from '../../classes/class-codes.ts';
import { orgActor } from '../../identity/actor.ts';
import { presentClassCode } from '../../runtime/presenters.ts';
import type { App, AppContext } from '../../runtime/types.ts';

const STAFF = { roles: ['admin', 'teacher'] } as const;
const tags = ['classes'];

/** Class codes: a learner join code of one class (classes/class-codes.ts). */
export function registerClassCodeRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/orgs/:orgId/classes/:classId/join-codes',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Create a class code: whoever enters it joins the class as a learner',
        params: ClassParams,
        body: ClassCodeBody,
        response: { 201: ClassCodeSchema },
      },
    },
    async (request, reply) => {
      const created = await createClassCode(ctx, orgActor(request), request.params.classId, request.body);
      return reply.status(201).send(presentClassCode(created));
    },
  );

  app.get(
    '/api/orgs/:orgId/classes/:classId/join-codes',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'The live codes of a class',
        params: ClassParams,
        response: { 200: ClassCodeListSchema },
      },
    },
    async (request) => ({
      joinCodes: (await listClassCodes(ctx, orgActor(request), request.params.classId)).map(presentClassCode),
    }),
  );

  app.delete(
    '/api/orgs/:orgId/classes/:classId/join-codes/:joinCodeId',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Revoke a class code',
        params: ClassCodeParams,
        response: { 204: Type.Null({ description: 'Revoked' }) },
      },
    },
    async (request, reply) => {
      await revokeClassCode(ctx, orgActor(request), request.params.classId, request.params.joinCodeId);
      return reply.status(204).send(null);
    },
  );
}
