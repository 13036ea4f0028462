import { sql } from 'kysely';
import { Type } from 'typebox';
import type { App, AppContext } from '../types.ts';

/** Liveness and the database in use. */
export function registerHealthRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Health and the database in use',
        response: {
          200: Type.Object({
            status: Type.Literal('ok'),
            database: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
          }),
        },
      },
    },
    async () => {
      await sql`select 1`.execute(ctx.db.kysely);
      return { status: 'ok', database: ctx.db.kind } as const;
    },
  );
}
