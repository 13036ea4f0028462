import { ItemBankQuery, ItemBankSchema, ItemDetailSchema, ItemParams, OrgParams } from '@pathwise/contracts';
import { getBankItem, listItemBank } from '../../learning/item-bank.ts';
import { orgOf } from '../../plugins/access.ts';
import type { App, AppContext } from '../../runtime/types.ts';
import { registerItemAuthoringRoutes } from './item-authoring-routes.ts';

const tags = ['learning'];
/** Staff only: the bank shows answers, hints and scaffolds. */
const STAFF = { access: { roles: ['admin', 'teacher'] } } as const;

/**
 * The item bank, for teachers and administrators: stored items (imported or materialised) and the demo item
 * families, filtered and paged, with the count of every source; and one item with its answers, hints and
 * scaffolds (never for learners: the access layer lets only staff in).
 */
export function registerItemBankRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/orgs/:orgId/items',
    {
      config: STAFF,
      schema: {
        tags,
        summary:
          'The item bank: stored items (filtered by skill, source and words, paged), the demo item families in ' +
          'use, and the count of every source',
        params: OrgParams,
        querystring: ItemBankQuery,
        response: { 200: ItemBankSchema },
      },
    },
    async (request) => listItemBank(ctx, orgOf(request).id, request.query),
  );

  app.get(
    '/api/orgs/:orgId/items/:itemId',
    {
      config: STAFF,
      schema: {
        tags,
        summary:
          'One item of the bank with its answers, hints, scaffolds and attribution (a stored item, or a sample ' +
          'item of a demo family by its id familyId/seed/difficulty); the id is URL-encoded',
        params: ItemParams,
        response: { 200: ItemDetailSchema },
      },
    },
    async (request) => getBankItem(ctx, orgOf(request).id, request.params.itemId),
  );

  registerItemAuthoringRoutes(app, ctx);
}
