import { AppError } from '@pathwise/core';
import { findUserById } from '@pathwise/db';
import { Type } from 'typebox';
import { sendVerificationLink, verifyEmail } from '../../account/email-verification.ts';
import type { App, AppContext } from '../../types.ts';

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
        body: Type.Object(
          { token: Type.String({ minLength: 10, maxLength: 200 }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ email: Type.String(), verified: Type.Literal(true) }) },
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
        response: { 202: Type.Object({ sentTo: Type.String() }) },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      if (principal?.kind !== 'user') throw new AppError('forbidden', 'This route needs a signed-in person');
      const user = await findUserById(ctx.db.kysely, principal.userId);
      if (!user) throw new AppError('unauthenticated', 'Sign in first');
      if (user.email_verified_at) throw new AppError('conflict', 'Your address is already verified');
      await sendVerificationLink(ctx, user, request.log);
      return reply.status(202).send({ sentTo: user.email });
    },
  );
}
