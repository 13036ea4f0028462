import { IssuerSchema, OrgParams, PublicOrgParams, RotatedKeySchema } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { issuerDid, resolveIssuerDid } from '../../credentials/issuer-identity.ts';
import { issuerInfo } from '../../credentials/issuer-info.ts';
import { rotateIssuerKey } from '../../credentials/rotate-issuer-key.ts';
import { actorToken, actorUser } from '../../identity/actor.ts';
import { orgOf } from '../../plugins/access.ts';
import type { App, AppContext } from '../../runtime/types.ts';

/**
 * Issuer identity: each organization's did:web document (public, path form `/orgs/<slug>/did.json`, with every
 * key that is not revoked), the key history for administrators, and key rotation. Private keys never leave the
 * database sealed, and no route returns them.
 */
export function registerIssuerRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/orgs/:slug/did.json',
    { schema: { hide: true, params: PublicOrgParams } },
    async (request, reply) => {
      const did = issuerDid(ctx.config.publicUrl, request.params.slug);
      const document = await resolveIssuerDid(ctx.db.kysely, ctx, did);
      if (!document) throw new AppError('not_found', 'No such issuer');
      return reply
        .header('cache-control', 'public, max-age=300')
        .header('access-control-allow-origin', '*')
        .type('application/did+json')
        .send(JSON.stringify(document));
    },
  );

  app.get(
    '/api/orgs/:orgId/issuer',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags: ['credentials'],
        summary: "The organization's issuer DID and key history",
        params: OrgParams,
        response: { 200: IssuerSchema },
      },
    },
    async (request) => issuerInfo(ctx, orgOf(request).id),
  );

  app.post(
    '/api/orgs/:orgId/issuer/rotate',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags: ['credentials'],
        summary: 'Rotate the signing key (the old key stays published, so what it signed still verifies)',
        params: OrgParams,
        response: { 200: RotatedKeySchema },
      },
    },
    async (request) => ({
      publicKeyMultibase: await rotateIssuerKey(ctx, {
        orgId: orgOf(request).id,
        actorUserId: actorUser(request.principal),
        actorTokenId: actorToken(request.principal),
      }),
    }),
  );
}
