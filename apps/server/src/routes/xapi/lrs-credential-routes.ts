import {
  CreatedLrsCredentialSchema,
  CreateLrsCredentialBody,
  type LrsCredential,
  LrsCredentialListSchema,
  LrsCredentialParams,
  type LrsScope,
  OrgParams,
} from '@pathwise/contracts';
import type { XapiCredential } from '@pathwise/db';
import { Type } from 'typebox';
import { orgActor } from '../../identity/actor.ts';
import {
  issueLrsCredential,
  listLrsCredentials,
  revokeLrsCredential,
} from '../../orgs/lrs-credential-admin.ts';
import type { App, AppContext } from '../../runtime/types.ts';

function present(credential: XapiCredential): LrsCredential {
  return {
    id: credential.id,
    name: credential.name,
    key: credential.key,
    // NOTE: stored scopes were validated against LRS_SCOPES when the credential was made.
    scopes: credential.scopes as LrsScope[],
    createdAt: credential.created_at.toISOString(),
  };
}

const tags = ['lrs'];

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
        tags,
        summary: 'Create an LRS credential for /xapi; the secret is in this response only',
        params: OrgParams,
        body: CreateLrsCredentialBody,
        response: { 201: CreatedLrsCredentialSchema },
      },
    },
    async (request, reply) => {
      const created = await issueLrsCredential(ctx, orgActor(request), request.body);
      return reply.status(201).send({ ...present(created.credential), secret: created.secret });
    },
  );

  app.get(
    '/api/orgs/:orgId/lrs-credentials',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags,
        summary: 'Live LRS credentials (never their secrets)',
        params: OrgParams,
        response: { 200: LrsCredentialListSchema },
      },
    },
    async (request) => ({ credentials: (await listLrsCredentials(ctx, orgActor(request))).map(present) }),
  );

  app.delete(
    '/api/orgs/:orgId/lrs-credentials/:credentialId',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags,
        summary: 'Revoke an LRS credential',
        params: LrsCredentialParams,
        response: { 204: Type.Null({ description: 'Revoked' }) },
      },
    },
    async (request, reply) => {
      await revokeLrsCredential(ctx, orgActor(request), request.params.credentialId);
      return reply.status(204).send(null);
    },
  );
}
