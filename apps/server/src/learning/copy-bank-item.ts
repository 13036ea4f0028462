import { randomUUID } from 'node:crypto';
import { AUTHORED_SOURCE, type AuthoredItemSaved, DEMO_SOURCE } from '@pathwise/contracts';
import type { Item, Locale, StoredItemContent } from '@pathwise/core/content';
import { authorNames, insertAuthoredItem, recordAudit } from '@pathwise/db';
import type { OrgActor } from '../identity/actor.ts';
import type { AppContext } from '../runtime/types.ts';
import { type LoadedBankItem, languagesOf, loadBankItem } from './load-bank-item.ts';

const MAX_ATTRIBUTION = 500;

/** "Adapted from …": the dataset's credit, the demo family, or the authored item's author and own credit. */
async function adaptedFrom(ctx: AppContext, loaded: LoadedBankItem): Promise<string> {
  const { row, item, credit } = loaded;
  let from: string;
  if (credit) from = credit.text;
  else if (loaded.source === DEMO_SOURCE) from = `the Pathwise demo item family ${item.familyId}`;
  else if (row?.source === AUTHORED_SOURCE) {
    const author = row.createdBy
      ? (await authorNames(ctx.db.kysely, [row.createdBy])).get(row.createdBy)
      : null;
    from = `${author ? `an item by ${author}` : 'an item'} (${row.id})${row.attribution ? `; ${row.attribution}` : ''}`;
  } else from = `${loaded.source} item ${item.id}`;
  const line = `Adapted from ${from}`;
  return line.length > MAX_ATTRIBUTION ? `${line.slice(0, MAX_ATTRIBUTION - 1)}…` : line;
}

/** What a copy stores: the item's own content (figure, scaffolds and worked lines included). */
function copiedContent(item: Item, languages: readonly Locale[]): StoredItemContent {
  return {
    stem: item.stem,
    ...(item.figure ? { figure: item.figure } : {}),
    steps: item.steps,
    languages,
  };
}

/**
 * Copies any item of the bank (imported, generated, authored) into a new authored draft of the organization,
 * credited "Adapted from …" (audited); the original is unchanged.
 */
export async function copyBankItem(
  ctx: AppContext,
  actor: OrgActor,
  itemId: string,
): Promise<AuthoredItemSaved> {
  const loaded = await loadBankItem(ctx.db.kysely, actor.orgId, itemId);
  const attribution = await adaptedFrom(ctx, loaded);
  const id = `${AUTHORED_SOURCE}/${randomUUID()}`;
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await insertAuthoredItem(trx, actor.orgId, {
      id,
      skillId: loaded.item.skillId,
      source: AUTHORED_SOURCE,
      difficulty: loaded.item.difficulty,
      content: copiedContent(loaded.item, languagesOf(loaded.row)),
      status: 'draft',
      createdBy: actor.userId,
      attribution,
      copiedFrom: loaded.item.id,
    });
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      actorTokenId: actor.tokenId,
      action: 'item.copied',
      targetType: 'item',
      targetId: id,
      details: { from: loaded.item.id, source: loaded.source },
    });
  });
  return { id, status: 'draft' };
}
