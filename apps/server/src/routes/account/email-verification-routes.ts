import { EmailVerifiedSchema, VerificationSentSchema, VerifyEmailBody } from '@pathwise/contracts';
import { personOf } from '../../identity/actor.ts';
import { resendVerificationLink, verifyEmail } from '../../identity/email-verification.ts';
import type { App, AppContext } from '../../runtime/types.ts';

/** How many "send the link again" requests one person gets per window. */
const RESEND_MAX = 3;
const RESEND_WINDOW_MS = 15 * 60_000;

/** Proving an address: follow the mailed link, or ask for it again. */
export function registerEmailVerificationRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/auth/verify-email',
    {
      // Public: the link may be opened on another device than the one signed in; the token is the proof.
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Confirm an email address with the token of the mailed link (once, within 24 hours)',
        body: VerifyEmailBody,
        response: { 200: EmailVerifiedSchema },
      },
    },
    async (request) => ({ ...(await verifyEmail(ctx, request.body.token)), verified: true as const }),
  );

  app.post(
    '/api/me/email-verification',
    {
      config: {
        access: 'user',
        rateLimit: {
          max: RESEND_MAX,
          timeWindow: RESEND_WINDOW_MS,
          keyGenerator: (request) =>
            `verify-resend|${request.principal?.kind === 'user' ? request.principal.userId : request.ip}`,
        },
      },
      schema: {
        tags: ['auth'],
        summary: 'Mail me the verification link again (a few times per 15 minutes)',
        response: { 202: VerificationSentSchema },
      },
    },
    async (request, reply) => {
      const sentTo = await resendVerificationLink(ctx, personOf(request), request.log);
      return reply.status(202).send({ sentTo });
    },
  );
}
