import { AppError } from '@pathwise/core';
import { findOrganizationById, listIssuerKeys } from '@pathwise/db';
import { Type } from 'typebox';
import { issuerDid, resolveIssuerDid } from '../../credentials/issuer-identity.ts';
import { rotateIssuerKey } from '../../credentials/rotate-issuer-key.ts';
import { actorToken, actorUser } from '../../identity/actor.ts';
import { orgOf } from '../../plugins/access.ts';
import { OrgParams } from '../../presenters.ts';
import type { App, AppContext } from '../../types.ts';
import { IssuerSchema } from './credential-schemas.ts';

const SlugParams = Type.Object({ slug: Type.String({ pattern: '^[a-z0-9-]{1,100}$' }) });

/**
 * Issuer identity: each organization's did:web document (public, path form `/orgs/<slug>/did.json`, with every
 * key that is not revoked), the key history for administrators, and key rotation. Private keys never leave the
 * database sealed, and no route returns them.
 */
export function registerIssuerRoutes(app: App, ctx: AppContext): void {
  app.get('/orgs/:slug/did.json', { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const did = issuerDid(ctx.config.publicUrl, request.params.slug);
    const document = await resolveIssuerDid(ctx.db.kysely, ctx, did);
    if (!document) throw new AppError('not_found', 'No such issuer');
    return reply
      .header('cache-control', 'public, max-age=300')
      .header('access-control-allow-origin', '*')
      .type('application/did+json')
      .send(JSON.stringify(document));
  });

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
    async (request) => {
      const orgId = orgOf(request).id;
      const keys = await listIssuerKeys(ctx.db.kysely, orgId);
      const org = (await findOrganizationById(ctx.db.kysely, orgId))!.slug;
      return {
        did: issuerDid(ctx.config.publicUrl, org),
        didDocumentUrl: `${ctx.config.publicUrl}/orgs/${org}/did.json`,
        keys: keys.map((k) => ({
          id: k.verification_method,
          publicKeyMultibase: k.public_key_multibase,
          status: k.status,
          createdAt: k.created_at.toISOString(),
          retiredAt: k.retired_at?.toISOString() ?? null,
        })),
      };
    },
  );

  app.post(
    '/api/orgs/:orgId/issuer/rotate',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags: ['credentials'],
        summary: 'Rotate the signing key (the old key stays published, so what it signed still verifies)',
        params: OrgParams,
        response: { 200: Type.Object({ publicKeyMultibase: Type.String() }) },
      },
    },
    async (request) => {
      const publicKeyMultibase = await rotateIssuerKey(ctx, {
        orgId: orgOf(request).id,
        actorUserId: actorUser(request.principal),
        actorTokenId: actorToken(request.principal),
      });
      return { publicKeyMultibase };
    },
  );
}
