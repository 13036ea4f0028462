import type { AuthoredItemForm, AuthoredItemInput, PublicItem } from '@pathwise/contracts';
import { authoredFormOf } from '@pathwise/core/content';
import type { AppContext } from '../runtime/types.ts';
import { authoredItem } from './author-item.ts';
import { authoringInfo, languagesOf, loadBankItem } from './load-bank-item.ts';
import { presentItem } from './present-item.ts';

/** An authored item in the editor's form (404 unknown, 409 for an imported or generated item). */
export async function authoredItemForm(
  ctx: AppContext,
  orgId: string,
  itemId: string,
): Promise<AuthoredItemForm> {
  const { item, row } = await authoredItem(ctx.db.kysely, orgId, itemId);
  const form = authoredFormOf(item, languagesOf(row)) as AuthoredItemInput;
  return {
    id: row.id,
    status: row.status,
    form: {
      ...JSON.parse(JSON.stringify(form)),
      ...(row.status !== 'archived' ? { status: row.status } : {}),
      ...(row.attribution ? { attribution: row.attribution } : {}),
    },
    authoring: (await authoringInfo(ctx.db.kysely, row))!,
  };
}

/**
 * Exactly what a learner would see of an item of the bank: the public view practice sends (no answers, hints or
 * misconceptions), all steps shown, under the served id `preview`.
 */
export async function previewBankItem(ctx: AppContext, orgId: string, itemId: string): Promise<PublicItem> {
  const { item, source } = await loadBankItem(ctx.db.kysely, orgId, itemId);
  return presentItem({ servedId: 'preview', item, skillId: item.skillId, source, stepIndex: 0 });
}
