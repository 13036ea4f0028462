import { itemFamilies } from '@pathwise/core/content/index';
import { listItems } from '@pathwise/db';
import { Type } from 'typebox';
import { DEMO_FRAMEWORK, loadCatalog } from '../../learning/learning-catalog.ts';
import { OrgParams } from '../../presenters.ts';
import type { App, AppContext } from '../../types.ts';
import { ItemBankSchema } from './learning-schemas.ts';

function stemOf(content: Record<string, unknown> | null) {
  const stem = content?.stem as { en?: unknown; es?: unknown } | undefined;
  return typeof stem?.en === 'string' && typeof stem.es === 'string' ? { en: stem.en, es: stem.es } : null;
}

/** The item bank, for teachers and administrators: stored items (imported or materialised) and demo families. */
export function registerItemBankRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/orgs/:orgId/items',
    {
      config: { access: { roles: ['admin', 'teacher'] } },
      schema: {
        tags: ['learning'],
        summary: 'The item bank (stored items, filtered and paged; and the demo item families in use)',
        params: OrgParams,
        querystring: Type.Object({
          skillId: Type.Optional(Type.String({ maxLength: 200 })),
          source: Type.Optional(Type.String({ maxLength: 100 })),
          limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
          offset: Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 }),
        }),
        response: { 200: ItemBankSchema },
      },
    },
    async (request) => {
      const orgId = request.org!.id;
      const [page, catalog] = await Promise.all([
        listItems(ctx.db.db, orgId, request.query),
        loadCatalog(ctx.db.db, orgId),
      ]);
      const demoSkills = new Set(
        [...catalog.frameworkOf].filter(([, f]) => f === DEMO_FRAMEWORK).map(([id]) => id as string),
      );
      const families = itemFamilies
        .filter(
          (f) => demoSkills.has(f.skillId) && (!request.query.skillId || f.skillId === request.query.skillId),
        )
        .map((f) => ({ id: f.id, skillId: f.skillId, name: f.name }));
      return {
        items: page.items.map((i) => ({
          id: i.id,
          skillId: i.skillId,
          source: i.source,
          difficulty: i.difficulty,
          stem: stemOf(i.content),
        })),
        total: page.total,
        families,
      };
    },
  );
}
