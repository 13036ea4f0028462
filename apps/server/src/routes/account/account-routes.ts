import { AccountExportSchema, DeleteAccountBody } from '@pathwise/contracts';
import { Type } from 'typebox';
import { deleteAccount } from '../../account/delete-account.ts';
import { exportAccount } from '../../account/export-account.ts';
import { personOf } from '../../identity/actor.ts';
import { clearSessionCookie } from '../../identity/sessions.ts';
import type { App, AppContext } from '../../runtime/types.ts';
import { registerEmailVerificationRoutes } from './email-verification-routes.ts';

/** The signed-in person's own data: download all of it, or delete the account; and proving their address. */
export function registerAccountRoutes(app: App, ctx: AppContext): void {
  const tags = ['account'];
  registerEmailVerificationRoutes(app, ctx);
  app.get(
    '/api/me/export',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Download everything Pathwise holds about me (JSON file)',
        response: { 200: AccountExportSchema },
      },
    },
    async (request, reply) => {
      const document = await exportAccount(ctx, personOf(request));
      return reply
        .header(
          'content-disposition',
          `attachment; filename=pathwise-data-${document.exportedAt.slice(0, 10)}.json`,
        )
        .header('cache-control', 'no-store')
        .send(document);
    },
  );

  app.delete(
    '/api/me',
    {
      config: {
        access: 'user',
        // The password check is a password oracle: as slow to guess through as sign-in, and per account (not
        // per client), so a stolen session cannot guess from many addresses.
        rateLimit: {
          max: ctx.config.signInRateLimit,
          timeWindow: 60_000,
          keyGenerator: (request) =>
            `delete-account|${request.principal?.kind === 'user' ? request.principal.userId : request.ip}`,
        },
      },
      schema: {
        tags,
        summary: 'Delete my account (confirm with the current password); issued credentials stay verifiable',
        body: DeleteAccountBody,
        response: { 204: Type.Null({ description: 'Deleted; the session cookie is cleared' }) },
      },
    },
    async (request, reply) => {
      await deleteAccount(ctx, { userId: personOf(request), password: request.body.password });
      clearSessionCookie(ctx, reply);
      return reply.status(204).send(null);
    },
  );
}
