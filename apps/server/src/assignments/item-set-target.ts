import type { AssignmentInput } from '@pathwise/contracts';
import { AppError } from '@pathwise/core/errors';
import { asSkillId } from '@pathwise/core/skills-graph';
import type { Database, ItemSetTarget, SetItem } from '@pathwise/db';
import type { Kysely } from 'kysely';
import { type LearningCatalog, loadCatalog } from '../learning/learning-catalog.ts';
import { type LoadedBankItem, loadBankItem } from '../learning/load-bank-item.ts';
import { refuse } from './assignment-target.ts';

const FIELD = 'body/target/itemIds';

/** An item of the organization's bank (stored, or a demo family item), or null when it has none by that id. */
export async function findBankItem(
  db: Kysely<Database>,
  orgId: string,
  itemId: string,
): Promise<LoadedBankItem | null> {
  try {
    return await loadBankItem(db, orgId, itemId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  }
}

/**
 * An item a set may hold: in the organization's bank, published (a draft or an archived item is not served), with
 * steps to answer, on a skill of the organization's framework (its answers are evidence for that skill).
 */
async function setItemOf(
  db: Kysely<Database>,
  orgId: string,
  catalog: LearningCatalog,
  itemId: string,
): Promise<SetItem | null> {
  const loaded = await findBankItem(db, orgId, itemId);
  if (!loaded || (loaded.row && loaded.row.status !== 'published')) return null;
  const { item } = loaded;
  if (item.steps.length === 0 || !catalog.graph.skills.has(asSkillId(item.skillId))) return null;
  return { itemId, skillId: item.skillId };
}

/**
 * The target of an item set: 1 to 50 published items of the organization's bank, each once, in the order learners
 * get them. A stored item (authored, copied, imported) is kept by its id; a demo family item by its id
 * `familyId/seed/difficulty`, which regenerates the same problem for every learner. Anything else is a 400 naming
 * `body/target/itemIds` and the ids, before anything is written.
 */
export async function itemSetTargetOf(
  db: Kysely<Database>,
  orgId: string,
  input: AssignmentInput,
): Promise<ItemSetTarget> {
  if (input.project !== undefined) refuse('body/project', 'An item set has no project', 'not allowed');
  if (input.pathwayId !== undefined) refuse('body/pathwayId', 'An item set has no pathway', 'not allowed');
  if (input.skills !== undefined) refuse('body/skills', 'An item set has no skills', 'not allowed');
  if (input.target?.lessonId !== undefined)
    refuse('body/target/lessonId', 'An item set has no lesson', 'not allowed');
  const ids = input.target?.itemIds ?? refuse(FIELD, 'Choose at least one item', 'required for an item set');
  const repeated = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
  if (repeated.length > 0) refuse(FIELD, `Item named twice: ${repeated.join(', ')}`, 'each item once');
  const catalog = await loadCatalog(db, orgId);
  const items: SetItem[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    const found = await setItemOf(db, orgId, catalog, id);
    if (found) items.push(found);
    else unknown.push(id);
  }
  if (unknown.length > 0) {
    refuse(
      FIELD,
      `No such published item in this organization's bank: ${unknown.join(', ')}`,
      `unknown or not published: ${unknown.join(', ')}`,
    );
  }
  return { kind: 'item_set', items };
}
