import { Type } from 'typebox';
import { openShareLink } from '../../credentials/share-links.ts';
import { verifyAnyCredential } from '../../credentials/verify-any-credential.ts';
import type { App, AppContext } from '../../types.ts';

/** Public verification: any credential (`POST /api/verify`) and share links, open to anyone, rate-limited. */
export function registerVerifyRoutes(app: App, ctx: AppContext): void {
  const tags = ['public credentials'];
  app.post(
    '/api/verify',
    {
      config: { access: 'public', rateLimit: { max: 120, timeWindow: 60_000 } },
      bodyLimit: 512 * 1024,
      schema: {
        tags,
        summary:
          'Verify a credential check by check: well-formed, signature, issuer & key, revocation, dates, log',
        description:
          'The body is the credential (JSON), or `{ credential, logProof }`. A malformed or non-credential body gives `verified: false` with a failed `well-formed` check.',
      },
    },
    async (request) => verifyAnyCredential(ctx, request.body ?? null),
  );

  app.get(
    '/api/share/:token',
    {
      config: { access: 'public', rateLimit: { max: 120, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: 'Open a share link: the shared credentials, each verified; or why the link no longer works',
        params: Type.Object({ token: Type.String({ minLength: 10, maxLength: 200 }) }),
      },
    },
    async (request) => {
      const principal = request.principal;
      const viewer = principal?.kind === 'user' ? `user:${principal.userId}` : 'anonymous';
      const opened = await openShareLink(ctx, request.params.token, viewer);
      if (opened.status !== 'ok') return opened;
      const credentials = [];
      for (const c of opened.credentials) {
        credentials.push({ ...c, verification: await verifyAnyCredential(ctx, c.document) });
      }
      const { orgId: _, ...rest } = opened;
      return { ...rest, credentials };
    },
  );
}
