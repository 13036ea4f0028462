import { AUTHORED_SOURCE, type AuthoringInfo, DEMO_SOURCE } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { findItem, type Item, itemFamilies, type Locale, locales } from '@pathwise/core/content';
import { attributionOfSource, type ImportAttribution } from '@pathwise/core/importers';
import { asSkillId } from '@pathwise/core/skills-graph';
import { authorNames, type BankItemRow, type Database, findItemRow } from '@pathwise/db';
import type { Kysely } from 'kysely';
import { DEMO_FRAMEWORK, type LearningCatalog, loadCatalog } from './learning-catalog.ts';
import { parseStoredItem } from './parse-stored-item.ts';

/** The demo item families whose skills this organization practises with them. */
export function demoFamilies(catalog: LearningCatalog) {
  return itemFamilies.filter((f) => catalog.frameworkOf.get(asSkillId(f.skillId)) === DEMO_FRAMEWORK);
}

/** An item of the bank as the use cases read it: the item, its stored row (null for a demo sample), its credit. */
export interface LoadedBankItem {
  item: Item;
  row: BankItemRow | null;
  source: string;
  /** The dataset credit of an imported item (null for the others). */
  credit: ImportAttribution | null;
  catalog: LearningCatalog;
}

/**
 * One item of an organization's bank: a stored item (imported, authored or materialised), or a sample item of a
 * demo family in use (by its id familyId/seed/difficulty). 404 for anything else.
 */
export async function loadBankItem(
  db: Kysely<Database>,
  orgId: string,
  itemId: string,
): Promise<LoadedBankItem> {
  const [row, catalog] = await Promise.all([findItemRow(db, orgId, itemId), loadCatalog(db, orgId)]);
  if (row) {
    const item = parseStoredItem(row);
    if (!item) throw new AppError('not_found', 'This item is stored but cannot be read');
    const credit = row.content?.attribution ?? attributionOfSource(row.source);
    return { item, row, source: row.source, credit, catalog };
  }
  const generated = findItem(itemId);
  if (!generated || !demoFamilies(catalog).some((f) => f.id === generated.familyId)) {
    throw new AppError('not_found', 'No such item in this organization');
  }
  return { item: generated, row: null, source: DEMO_SOURCE, credit: null, catalog };
}

/** The languages an item's texts are written in (every item but an English-only authored one has both). */
export function languagesOf(row: BankItemRow | null): readonly Locale[] {
  return row?.content?.languages ?? locales;
}

/** Who wrote an authored item and its credit; null for imported and generated items. */
export async function authoringInfo(
  db: Kysely<Database>,
  row: BankItemRow | null,
): Promise<AuthoringInfo | null> {
  if (!row || row.source !== AUTHORED_SOURCE) return null;
  const names = row.createdBy ? await authorNames(db, [row.createdBy]) : new Map<string, string>();
  return {
    author: (row.createdBy && names.get(row.createdBy)) || null,
    attribution: row.attribution,
    copiedFrom: row.copiedFrom,
    languages: [...languagesOf(row)],
    updatedAt: row.updatedAt.toISOString(),
  };
}
