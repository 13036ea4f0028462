import { DEMO_SOURCE } from '@pathwise/contracts';
import { attributionOfSource, type ImportAttribution } from '@pathwise/core/importers';
import { asSkillId } from '@pathwise/core/skills-graph';
import { countItemsBySkill, countItemsBySource, listItems } from '@pathwise/db';
import type { AppContext } from '../runtime/types.ts';
import { type LearningCatalog, loadCatalog, skillName } from './learning-catalog.ts';
import { authoringInfo, demoFamilies, loadBankItem } from './load-bank-item.ts';
import { parseStoredItem } from './parse-stored-item.ts';
import { presentItemDetail } from './present-bank-item.ts';

/** A skill's name when the organization's framework has it, else null. */
const knownSkillName = (catalog: LearningCatalog, id: string) =>
  catalog.graph.skills.has(asSkillId(id)) ? skillName(catalog, id) : null;

/** What the bank is asked for: a source (or the demo families), a skill, words, and a page. */
export interface ItemBankFilter {
  source?: string | undefined;
  skillId?: string | undefined;
  q?: string | undefined;
  archived?: boolean | undefined;
  limit: number;
  offset: number;
}

/**
 * The item bank of an organization: stored items of the filter (paged), the demo item families in use, the count
 * of every source whatever the filter, and the skills with items of the chosen source.
 */
export async function listItemBank(ctx: AppContext, orgId: string, filter: ItemBankFilter) {
  const db = ctx.db.kysely;
  const { source, skillId, q, archived, limit, offset } = filter;
  const demo = source === DEMO_SOURCE;
  const stored = source && !demo ? source : undefined;
  const [page, bySource, bySkill, catalog] = await Promise.all([
    demo
      ? { items: [], total: 0 }
      : listItems(db, orgId, { source: stored, skillId, q, archived, limit, offset }),
    countItemsBySource(db, orgId),
    demo ? [] : countItemsBySkill(db, orgId, stored),
    loadCatalog(db, orgId),
  ]);
  const inUse = demoFamilies(catalog);
  const words = q?.trim().toLowerCase();
  const families = (stored ? [] : inUse)
    .filter((f) => !skillId || f.skillId === skillId)
    .filter((f) => !words || `${f.name.en}\n${f.name.es}\n${f.id}`.toLowerCase().includes(words))
    .map((f) => {
      const sample = f.generate(1, 2);
      return {
        id: f.id,
        skillId: f.skillId,
        name: f.name,
        steps: sample.steps.length,
        sampleItemId: sample.id,
      };
    });
  const skillCounts = new Map(bySkill.map((s) => [s.skillId, s.items]));
  if (!stored) for (const f of inUse) skillCounts.set(f.skillId, (skillCounts.get(f.skillId) ?? 0) + 1);
  const sources: { source: string; items: number; attribution: ImportAttribution | null }[] = bySource.map(
    (s) => ({ ...s, attribution: attributionOfSource(s.source) }),
  );
  if (inUse.length > 0) sources.unshift({ source: DEMO_SOURCE, items: inUse.length, attribution: null });
  return {
    items: page.items.map((row) => ({
      id: row.id,
      skillId: row.skillId,
      source: row.source,
      difficulty: row.difficulty,
      stem: row.content?.stem ?? null,
      steps: parseStoredItem(row)?.steps.length ?? 0,
      status: row.status,
      attribution: row.attribution,
    })),
    total: page.total,
    families,
    sources,
    skills: [...skillCounts].map(([id, items]) => ({
      id,
      name: knownSkillName(catalog, id),
      items,
    })),
  };
}

/**
 * One item of the bank with its answers, hints, scaffolds and attribution: a stored item, or a sample item of a
 * demo family in use (by its id familyId/seed/difficulty). 404 for anything else.
 */
export async function getBankItem(ctx: AppContext, orgId: string, itemId: string) {
  const loaded = await loadBankItem(ctx.db.kysely, orgId, itemId);
  return presentItemDetail(loaded.item, {
    source: loaded.source,
    sample: loaded.row === null,
    attribution: loaded.credit,
    skillName: knownSkillName(loaded.catalog, loaded.item.skillId),
    status: loaded.row?.status ?? 'published',
    authoring: await authoringInfo(ctx.db.kysely, loaded.row),
  });
}
