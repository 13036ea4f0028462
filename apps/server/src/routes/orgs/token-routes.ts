import { createApiToken, listApiTokens, recordAudit, revokeApiToken } from '@pathwise/db';
import { Type } from 'typebox';
import { actorUser } from '../../identity/actor.ts';
import { revokeWithAudit } from '../../identity/revoke-with-audit.ts';
import { hashToken, newSecretToken } from '../../identity/secret-token.ts';
import { orgOf } from '../../plugins/access.ts';
import { ApiTokenSchema, OrgParams, presentApiToken, RoleSchema } from '../../presenters.ts';
import type { App, AppContext } from '../../types.ts';

/** API tokens for integrations: shown once, stored hashed, revocable. Managed by signed-in admins only. */
export function registerTokenRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/orgs/:orgId/tokens',
    {
      config: { access: { roles: ['admin'], sessionOnly: true } },
      schema: {
        tags: ['tokens'],
        summary: 'Create an API token; the secret is in this response only',
        params: OrgParams,
        body: Type.Object(
          { name: Type.String({ minLength: 1, maxLength: 100 }), role: RoleSchema },
          { additionalProperties: false },
        ),
        response: { 201: Type.Intersect([ApiTokenSchema, Type.Object({ token: Type.String() })]) },
      },
    },
    async (request, reply) => {
      const orgId = orgOf(request).id;
      const token = newSecretToken('pw_');
      const created = await ctx.db.kysely.transaction().execute(async (trx) => {
        const row = await createApiToken(trx, {
          orgId,
          name: request.body.name,
          role: request.body.role,
          tokenHash: hashToken(token),
          prefix: token.slice(0, 10),
          createdBy: actorUser(request.principal),
        });
        await recordAudit(trx, {
          orgId,
          actorUserId: actorUser(request.principal),
          action: 'api_token.created',
          targetType: 'api_token',
          targetId: row.id,
          details: { role: row.role, name: row.name },
        });
        return row;
      });
      return reply.status(201).send({ ...presentApiToken(created), token });
    },
  );

  app.get(
    '/api/orgs/:orgId/tokens',
    {
      config: { access: { roles: ['admin'], sessionOnly: true } },
      schema: {
        tags: ['tokens'],
        summary: 'Live API tokens (never their secrets)',
        params: OrgParams,
        response: { 200: Type.Object({ tokens: Type.Array(ApiTokenSchema) }) },
      },
    },
    async (request) => ({
      tokens: (await listApiTokens(ctx.db.kysely, orgOf(request).id)).map(presentApiToken),
    }),
  );

  app.delete(
    '/api/orgs/:orgId/tokens/:tokenId',
    {
      config: { access: { roles: ['admin'], sessionOnly: true } },
      schema: {
        tags: ['tokens'],
        summary: 'Revoke an API token',
        params: Type.Object({ orgId: Type.String(), tokenId: Type.String({ format: 'uuid' }) }),
      },
    },
    async (request, reply) => {
      const orgId = orgOf(request).id;
      const tokenId = request.params.tokenId;
      await revokeWithAudit(ctx.db.kysely, request.principal, {
        orgId,
        targetType: 'api_token',
        targetId: tokenId,
        notFound: 'No such token',
        revoke: (trx) => revokeApiToken(trx, orgId, tokenId),
      });
      return reply.status(204).send();
    },
  );
}
