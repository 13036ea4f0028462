import {
  ApiTokenListSchema,
  ApiTokenParams,
  CreateApiTokenBody,
  CreatedApiTokenSchema,
  OrgParams,
} from '@pathwise/contracts';
import { Type } from 'typebox';
import { orgActor } from '../../identity/actor.ts';
import { createOrgApiToken, listOrgApiTokens, revokeOrgApiToken } from '../../orgs/api-tokens.ts';
import { presentApiToken } from '../../runtime/presenters.ts';
import type { App, AppContext } from '../../runtime/types.ts';

const SIGNED_IN_ADMIN = { roles: ['admin'], sessionOnly: true } as const;
const tags = ['tokens'];

/** API tokens for integrations: shown once, stored hashed, revocable. Managed by signed-in admins only. */
export function registerTokenRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/orgs/:orgId/tokens',
    {
      config: { access: SIGNED_IN_ADMIN },
      schema: {
        tags,
        summary: 'Create an API token; the secret is in this response only',
        params: OrgParams,
        body: CreateApiTokenBody,
        response: { 201: CreatedApiTokenSchema },
      },
    },
    async (request, reply) => {
      const { apiToken, token } = await createOrgApiToken(ctx, orgActor(request), request.body);
      return reply.status(201).send({ ...presentApiToken(apiToken), token });
    },
  );

  app.get(
    '/api/orgs/:orgId/tokens',
    {
      config: { access: SIGNED_IN_ADMIN },
      schema: {
        tags,
        summary: 'Live API tokens (never their secrets)',
        params: OrgParams,
        response: { 200: ApiTokenListSchema },
      },
    },
    async (request) => ({ tokens: (await listOrgApiTokens(ctx, orgActor(request))).map(presentApiToken) }),
  );

  app.delete(
    '/api/orgs/:orgId/tokens/:tokenId',
    {
      config: { access: SIGNED_IN_ADMIN },
      schema: {
        tags,
        summary: 'Revoke an API token',
        params: ApiTokenParams,
        response: { 204: Type.Null({ description: 'Revoked' }) },
      },
    },
    async (request, reply) => {
      await revokeOrgApiToken(ctx, orgActor(request), request.params.tokenId);
      return reply.status(204).send(null);
    },
  );
}
