import { ensureStatementPartitions } from '@pathwise/db';
import type { App, AppContext } from '../../types.ts';
import { registerLrsCredentialRoutes } from './lrs-credential-routes.ts';
import { registerXapiRoutes } from './xapi-routes.ts';

/**
 * The Learning Record Store: `/xapi` for activity providers, `/api/orgs/:orgId/lrs-credentials` for admins,
 * and the statement partitions of the coming months, made sure of at start.
 */
export function registerLrs(app: App, ctx: AppContext): void {
  registerLrsCredentialRoutes(app, ctx);
  registerXapiRoutes(app, ctx);
  app.addHook('onReady', async () => {
    try {
      await ensureStatementPartitions(ctx.db.db, ctx.now());
    } catch (error) {
      // NOTE: statements still land in the default partition; a failure here must not stop the server.
      app.log.warn({ err: error }, 'could not create the statement partitions of the coming months');
    }
  });
}
