import {
  CreateJoinCodeBody,
  JoinBody,
  JoinCodeListSchema,
  JoinCodeParams,
  JoinCodeSchema,
  MembershipSchema,
  OrgParams,
} from '@pathwise/contracts';
import { Type } from 'typebox';
import { orgActor, personOf } from '../../identity/actor.ts';
import {
  createOrgJoinCode,
  joinOrganization,
  listOrgJoinCodes,
  revokeOrgJoinCode,
} from '../../orgs/join-codes.ts';
import { presentJoinCode, presentMembership } from '../../runtime/presenters.ts';
import type { App, AppContext } from '../../runtime/types.ts';

const STAFF = { roles: ['admin', 'teacher'] } as const;
const tags = ['organizations'];

/** Join codes: a short code a teacher writes on the board; whoever types it joins with its role. */
export function registerJoinCodeRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/orgs/:orgId/join-codes',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Create a join code (teachers may create learner codes only)',
        params: OrgParams,
        body: CreateJoinCodeBody,
        response: { 201: JoinCodeSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(presentJoinCode(await createOrgJoinCode(ctx, orgActor(request), request.body))),
  );

  app.get(
    '/api/orgs/:orgId/join-codes',
    {
      config: { access: STAFF },
      schema: { tags, summary: 'Live join codes', params: OrgParams, response: { 200: JoinCodeListSchema } },
    },
    async (request) => ({ joinCodes: (await listOrgJoinCodes(ctx, orgActor(request))).map(presentJoinCode) }),
  );

  app.delete(
    '/api/orgs/:orgId/join-codes/:joinCodeId',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Revoke a join code',
        params: JoinCodeParams,
        response: { 204: Type.Null({ description: 'Revoked' }) },
      },
    },
    async (request, reply) => {
      await revokeOrgJoinCode(ctx, orgActor(request), request.params.joinCodeId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/join',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Join an organization with a join code',
        body: JoinBody,
        response: { 200: MembershipSchema },
      },
    },
    async (request) =>
      presentMembership(await joinOrganization(ctx, personOf(request), request.body.joinCode)),
  );
}
