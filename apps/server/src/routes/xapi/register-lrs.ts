import { ensureStatementPartitions } from '@pathwise/db';
import type { App, AppContext } from '../../runtime/types.ts';
import { registerLrsCredentialRoutes } from './lrs-credential-routes.ts';
import { registerXapiRoutes } from './xapi-routes.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The Learning Record Store: `/xapi` for activity providers, `/api/orgs/:orgId/lrs-credentials` for admins,
 * and the statement partitions of the coming months, made sure of at start and then daily.
 */
export function registerLrs(app: App, ctx: AppContext): void {
  registerLrsCredentialRoutes(app, ctx);
  registerXapiRoutes(app, ctx);
  const ensurePartitions = async () => {
    try {
      await ensureStatementPartitions(ctx.db.kysely, ctx.now());
    } catch (error) {
      // NOTE: statements still land in the default partition; a failure here must not stop the server.
      app.log.warn({ err: error }, 'could not create the statement partitions of the coming months');
    }
  };
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    await ensurePartitions();
    timer = setInterval(() => void ensurePartitions(), DAY_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
