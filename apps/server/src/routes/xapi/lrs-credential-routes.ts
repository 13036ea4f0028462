import { listXapiCredentials, revokeXapiCredential, type XapiCredential } from '@pathwise/db';
import { Type } from 'typebox';
import { actorUser } from '../../identity/actor.ts';
import { revokeWithAudit } from '../../identity/revoke-with-audit.ts';
import { forgetLrsCredentials } from '../../lrs/lrs-client.ts';
import { createLrsCredential } from '../../lrs/lrs-credentials.ts';
import { LRS_SCOPES } from '../../lrs/lrs-scopes.ts';
import { orgOf } from '../../plugins/access.ts';
import { OrgParams, StringEnum } from '../../presenters.ts';
import type { App, AppContext } from '../../types.ts';

const CredentialSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  key: Type.String(),
  scopes: Type.Array(Type.String()),
  createdAt: Type.String(),
});

function present(credential: XapiCredential) {
  return {
    id: credential.id,
    name: credential.name,
    key: credential.key,
    scopes: credential.scopes,
    createdAt: credential.created_at.toISOString(),
  };
}

/**
 * LRS credentials of an organization (Basic auth key/secret for `/xapi`, scoped): created by signed-in admins
 * (the secret is in the creation response only, stored hashed), listed and revoked by admins.
 */
export function registerLrsCredentialRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/orgs/:orgId/lrs-credentials',
    {
      config: { access: { roles: ['admin'], sessionOnly: true } },
      schema: {
        tags: ['lrs'],
        summary: 'Create an LRS credential for /xapi; the secret is in this response only',
        params: OrgParams,
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 100 }),
            scopes: Type.Array(StringEnum(LRS_SCOPES), { minItems: 1, uniqueItems: true }),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Intersect([CredentialSchema, Type.Object({ secret: Type.String() })]) },
      },
    },
    async (request, reply) => {
      const created = await ctx.db.kysely.transaction().execute((trx) =>
        createLrsCredential(trx, {
          orgId: orgOf(request).id,
          name: request.body.name,
          scopes: request.body.scopes,
          createdBy: actorUser(request.principal),
        }),
      );
      return reply.status(201).send({ ...present(created.credential), secret: created.secret });
    },
  );

  app.get(
    '/api/orgs/:orgId/lrs-credentials',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags: ['lrs'],
        summary: 'Live LRS credentials (never their secrets)',
        params: OrgParams,
        response: { 200: Type.Object({ credentials: Type.Array(CredentialSchema) }) },
      },
    },
    async (request) => ({
      credentials: (await listXapiCredentials(ctx.db.kysely, orgOf(request).id)).map(present),
    }),
  );

  app.delete(
    '/api/orgs/:orgId/lrs-credentials/:credentialId',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags: ['lrs'],
        summary: 'Revoke an LRS credential',
        params: Type.Object({ orgId: Type.String(), credentialId: Type.String({ format: 'uuid' }) }),
      },
    },
    async (request, reply) => {
      const orgId = orgOf(request).id;
      const credentialId = request.params.credentialId;
      await revokeWithAudit(ctx.db.kysely, request.principal, {
        orgId,
        targetType: 'lrs_credential',
        targetId: credentialId,
        notFound: 'No such LRS credential',
        revoke: (trx) => revokeXapiCredential(trx, orgId, credentialId),
      });
      forgetLrsCredentials();
      return reply.status(204).send();
    },
  );
}
