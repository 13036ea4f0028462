import { HealthSchema } from '@pathwise/contracts';
import { sql } from 'kysely';
import type { App, AppContext } from '../runtime/types.ts';

/** Liveness and the database in use. */
export function registerHealthRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Health and the database in use',
        response: { 200: HealthSchema },
      },
    },
    async () => {
      await sql`select 1`.execute(ctx.db.kysely);
      return { status: 'ok', database: ctx.db.kind } as const;
    },
  );
}
