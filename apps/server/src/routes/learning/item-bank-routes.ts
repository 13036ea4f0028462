import {
  DEMO_SOURCE,
  ItemBankQuery,
  ItemBankSchema,
  ItemDetailSchema,
  ItemParams,
  OrgParams,
} from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { type AnswerSpec, findItem, type Item, itemFamilies, type Localized } from '@pathwise/core/content';
import { attributionOfSource, type ImportAttribution } from '@pathwise/core/importers';
import { countItemsBySkill, countItemsBySource, findItemRow, listItems } from '@pathwise/db';
import {
  DEMO_FRAMEWORK,
  type LearningCatalog,
  loadCatalog,
  skillName,
} from '../../learning/learning-catalog.ts';
import { parseStoredItem } from '../../learning/parse-stored-item.ts';
import { orgOf } from '../../plugins/access.ts';
import type { App, AppContext } from '../../types.ts';

const tags = ['learning'];

function stemOf(content: Record<string, unknown> | null) {
  const stem = content?.stem as { en?: unknown; es?: unknown } | undefined;
  return typeof stem?.en === 'string' && typeof stem.es === 'string' ? { en: stem.en, es: stem.es } : null;
}

/** The demo item families whose skills this organization practises with them. */
function demoFamilies(catalog: LearningCatalog) {
  return itemFamilies.filter((f) => catalog.frameworkOf.get(f.skillId as never) === DEMO_FRAMEWORK);
}

const same = (text: string): Localized => ({ en: text, es: text });

/** The expected answer in words a teacher reads (the option's text for a choice, every accepted text). */
function answerText(spec: AnswerSpec): { kind: string; text: Localized } {
  switch (spec.kind) {
    case 'number':
      return { kind: spec.kind, text: same(`${spec.value}${spec.unit === 'percent' ? '%' : ''}`) };
    case 'choice': {
      const option = spec.options.find((o) => o.id === spec.correct);
      return { kind: spec.kind, text: option ? option.text : same(spec.correct) };
    }
    case 'text':
      return {
        kind: spec.kind,
        text: { en: spec.accepted.en.join(' / '), es: spec.accepted.es.join(' / ') },
      };
    default:
      return { kind: spec.kind, text: same(spec.value) };
  }
}

function presentDetail(
  item: Item,
  meta: { source: string; sample: boolean; attribution: ImportAttribution | null; catalog: LearningCatalog },
) {
  const known = meta.catalog.graph.skills.has(item.skillId as never);
  return {
    id: item.id,
    skillId: item.skillId,
    skillName: known ? skillName(meta.catalog, item.skillId) : null,
    source: meta.source,
    difficulty: item.difficulty,
    sample: meta.sample,
    stem: item.stem,
    ...(item.figure
      ? { figure: { ...item.figure, labels: [...item.figure.labels], values: [...item.figure.values] } }
      : {}),
    steps: item.steps.map((s) => ({
      id: s.id,
      prompt: s.prompt,
      answer: answerText(s.answer),
      guidingQuestion: s.guidingQuestion.en || s.guidingQuestion.es ? s.guidingQuestion : null,
      hints: [...s.hints],
      scaffolds: s.scaffolds.map((c) => ({ id: c.id, prompt: c.prompt, answer: answerText(c.answer) })),
      misconceptions: s.misconceptions.map((m) => ({
        id: m.id,
        answer: answerText(m.answer),
        feedback: m.feedback,
      })),
    })),
    attribution: meta.attribution,
  };
}

/**
 * The item bank, for teachers and administrators: stored items (imported or materialised) and the demo item
 * families, filtered and paged, with the count of every source; and one item with its answers, hints and
 * scaffolds (never for learners: the access layer lets only staff in).
 */
export function registerItemBankRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/orgs/:orgId/items',
    {
      config: { access: { roles: ['admin', 'teacher'] } },
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
    async (request) => {
      const orgId = orgOf(request).id;
      const { source, skillId, q, limit, offset } = request.query;
      const demo = source === DEMO_SOURCE;
      const stored = source && !demo ? source : undefined;
      const [page, bySource, bySkill, catalog] = await Promise.all([
        demo
          ? { items: [], total: 0 }
          : listItems(ctx.db.kysely, orgId, { source: stored, skillId, q, limit, offset }),
        countItemsBySource(ctx.db.kysely, orgId),
        demo ? [] : countItemsBySkill(ctx.db.kysely, orgId, stored),
        loadCatalog(ctx.db.kysely, orgId),
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
      const sources: { source: string; items: number; attribution: ImportAttribution | null }[] =
        bySource.map((s) => ({
          ...s,
          attribution: attributionOfSource(s.source),
        }));
      if (inUse.length > 0) sources.unshift({ source: DEMO_SOURCE, items: inUse.length, attribution: null });
      return {
        items: page.items.map((row) => ({
          id: row.id,
          skillId: row.skillId,
          source: row.source,
          difficulty: row.difficulty,
          stem: stemOf(row.content),
          steps: parseStoredItem(row)?.steps.length ?? 0,
        })),
        total: page.total,
        families,
        sources,
        skills: [...skillCounts].map(([id, items]) => ({
          id,
          name: catalog.graph.skills.has(id as never) ? skillName(catalog, id) : null,
          items,
        })),
      };
    },
  );

  app.get(
    '/api/orgs/:orgId/items/:itemId',
    {
      config: { access: { roles: ['admin', 'teacher'] } },
      schema: {
        tags,
        summary:
          'One item of the bank with its answers, hints, scaffolds and attribution (a stored item, or a sample ' +
          'item of a demo family by its id familyId/seed/difficulty); the id is URL-encoded',
        params: ItemParams,
        response: { 200: ItemDetailSchema },
      },
    },
    async (request) => {
      const orgId = orgOf(request).id;
      const { itemId } = request.params;
      const [row, catalog] = await Promise.all([
        findItemRow(ctx.db.kysely, orgId, itemId),
        loadCatalog(ctx.db.kysely, orgId),
      ]);
      if (row) {
        const item = parseStoredItem(row);
        if (!item) throw new AppError('not_found', 'This item is stored but cannot be read');
        const stored = row.content?.attribution as ImportAttribution | undefined;
        const attribution = stored ?? attributionOfSource(row.source);
        return presentDetail(item, { source: row.source, sample: false, attribution, catalog });
      }
      const generated = findItem(itemId);
      if (!generated || !demoFamilies(catalog).some((f) => f.id === generated.familyId)) {
        throw new AppError('not_found', 'No such item in this organization');
      }
      return presentDetail(generated, { source: DEMO_SOURCE, sample: true, attribution: null, catalog });
    },
  );
}
