import {
  CredentialVerificationSchema,
  LocaleSchema,
  OpenedShareSchema,
  ShareTokenParams,
} from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { Type } from 'typebox';
import { viewSharedRecord } from '../../credentials/open-share-link.ts';
import { closeVerifierPool, verifyAnyCredential } from '../../credentials/verify-any-credential.ts';
import type { App, AppContext } from '../../runtime/types.ts';

/**
 * The largest credential `POST /api/verify` reads: 64 KB. Our badges are about 3 KB and a badge with a 40 KB
 * image about 55 KB; the CPU a verification takes grows with the size (JSON-LD canonicalization).
 */
export const VERIFY_BODY_LIMIT = 64 * 1024;

function refuseLargeBody(length: string | undefined): void {
  const bytes = Number(length);
  if (Number.isFinite(bytes) && bytes > VERIFY_BODY_LIMIT) {
    throw new AppError(
      'payload_too_large',
      `A credential to verify may be at most 64 KB (${VERIFY_BODY_LIMIT} bytes); this one is ${bytes} bytes`,
    );
  }
}

/** Public verification: any credential (`POST /api/verify`) and share links, open to anyone, rate-limited. */
export function registerVerifyRoutes(app: App, ctx: AppContext): void {
  const tags = ['public credentials'];
  app.addHook('onClose', () => closeVerifierPool(ctx));
  app.post(
    '/api/verify',
    {
      config: { access: 'public', rateLimit: { max: 120, timeWindow: 60_000 } },
      bodyLimit: VERIFY_BODY_LIMIT,
      preParsing: async (request) => refuseLargeBody(request.headers['content-length']),
      schema: {
        tags,
        summary:
          'Verify a credential check by check: well-formed, signature, issuer & key, known issuer, revocation, dates, log',
        description:
          'The body is the credential (JSON, at most 64 KB), or `{ credential, logProof }`. A malformed or non-credential body gives `verified: false` with a failed `well-formed` check. The checks run on a worker thread: 503 when too many verifications wait, 422 `too_complex` when one runs past its time limit.',
        response: { 200: CredentialVerificationSchema },
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
        params: ShareTokenParams,
        querystring: Type.Object(
          {
            lang: Type.Optional({
              ...LocaleSchema,
              description:
                "The reader's language for the criteria and skill names (`words`); English by default",
            }),
          },
          { additionalProperties: false },
        ),
        response: { 200: OpenedShareSchema },
      },
    },
    async (request) => {
      const principal = request.principal;
      const viewer = principal?.kind === 'user' ? `user:${principal.userId}` : 'anonymous';
      return viewSharedRecord(ctx, request.params.token, viewer, request.query.lang ?? 'en');
    },
  );
}
