import {
  AwardedCredentialParams,
  CertificateQuery,
  CredentialShowcaseSchema,
  SharedBadgeParams,
} from '@pathwise/contracts';
import { ownCredentialShowcase } from '../../credentials/credential-showcase.ts';
import { ownCredentialCertificate } from '../../credentials/own-certificate.ts';
import { sharedBadgeImage } from '../../credentials/shared-badge-image.ts';
import type { App, AppContext } from '../../runtime/types.ts';
import { learnerOf } from '../learning/learner-of.ts';
import { EXPORT_PER_MINUTE, perCallerPerMinute } from '../per-caller-rate-limits.ts';

const learnerOnly = { roles: ['learner'] as const, sessionOnly: true };

/**
 * An SVG badge may hold script: opened on its own, this policy runs none and loads nothing (inline styles only);
 * nosniff keeps every badge read as its declared type.
 */
const SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

/**
 * Showing a credential off (issue 14): its PDF certificate and LinkedIn's add-to-profile link for its learner, and
 * its badge image, public behind a share link's token for a snippet the learner embeds on their own pages.
 */
export function registerShowcaseRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/orgs/:orgId/record/credentials/:credentialId/certificate',
    {
      config: { access: learnerOnly, rateLimit: perCallerPerMinute(EXPORT_PER_MINUTE) },
      schema: {
        tags: ['learner record'],
        summary: 'Download one of my active credentials as a PDF certificate with a QR code to verify it',
        description:
          'A tagged PDF in my language (`locale`, else my account’s): the badge image, my name, the achievement, ' +
          'its criteria, the issuer and dates, and a QR code of the credential’s share link (one of this credential ' +
          'alone, reused while it works 180 more days, else made for 365 days: it is listed with my links, where I ' +
          'can revoke it). Not mine: 404; revoked or expired: 409. At most 20 a minute, then 429.',
        params: AwardedCredentialParams,
        querystring: CertificateQuery,
      },
    },
    async (request, reply) => {
      const file = await ownCredentialCertificate(
        ctx,
        learnerOf(request),
        request.params.credentialId,
        request.query.locale,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('x-content-type-options', 'nosniff')
        .send(file.body);
    },
  );

  app.post(
    '/api/orgs/:orgId/record/credentials/:credentialId/showcase',
    {
      config: { access: learnerOnly, rateLimit: perCallerPerMinute(EXPORT_PER_MINUTE) },
      schema: {
        tags: ['learner record'],
        summary:
          'LinkedIn’s add-to-profile link and the public badge address of one of my active credentials',
        description:
          'Makes or reuses the credential’s share link (as the certificate does) and answers its address, ' +
          'LinkedIn’s add-to-profile link filled in from the credential, and the public address of its badge image ' +
          '(null without one). Not mine: 404; revoked or expired: 409.',
        params: AwardedCredentialParams,
        response: { 200: CredentialShowcaseSchema },
      },
    },
    async (request) => ownCredentialShowcase(ctx, learnerOf(request), request.params.credentialId),
  );

  app.get(
    '/api/share/:token/badges/:credentialId',
    {
      config: { access: 'public', rateLimit: { max: 120, timeWindow: 60_000 } },
      schema: {
        tags: ['public credentials'],
        summary: 'The badge image of a credential shared through a link (PNG, JPEG or SVG), for embedding',
        description:
          'Only while the link works and the credential is active (410 otherwise), only for a credential the link ' +
          'shares, named by the UUID of its public id. An SVG comes with a policy that runs no script.',
        params: SharedBadgeParams,
      },
    },
    async (request, reply) => {
      const image = await sharedBadgeImage(ctx, request.params.token, request.params.credentialId);
      reply
        .type(image.type)
        .header('x-content-type-options', 'nosniff')
        // NOTE: other sites embed it (the app's default is same-origin); cached briefly, so a revoked link stops
        // showing the badge within minutes.
        .header('cross-origin-resource-policy', 'cross-origin')
        .header('cache-control', 'public, max-age=300');
      if (image.type === 'image/svg+xml') reply.header('content-security-policy', SVG_POLICY);
      return reply.send(image.bytes);
    },
  );
}
