import { randomInt } from 'node:crypto';
import { familiesForSkill, type Item } from '@pathwise/core/content';
import { BANK_FAMILY, leastRecentFamily } from '@pathwise/core/pathways';
import type { SkillId } from '@pathwise/core/skills-graph';
import {
  type Database,
  insertServedItem,
  pickStoredItem,
  recentItemIds,
  type ServeMode,
  skillServeHistory,
  skillsWithStoredItems,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { DEMO_FRAMEWORK, type LearningCatalog } from './learning-catalog.ts';
import { parseStoredItem } from './parse-stored-item.ts';

/** An item to serve, regenerated from a family or read from the bank. */
interface Candidate {
  item: Item;
  source: string;
}

/** Whether a skill is practised with the demo item families (a demo skill that has some). */
export function hasFamily(catalog: LearningCatalog, skillId: SkillId): boolean {
  return catalog.frameworkOf.get(skillId) === DEMO_FRAMEWORK && familiesForSkill(skillId).length > 0;
}

/** The skills of `skillIds` that have content to serve (a demo family or stored items), in the same order. */
export async function skillsWithContent(
  db: Kysely<Database>,
  orgId: string,
  catalog: LearningCatalog,
  skillIds: readonly SkillId[],
): Promise<SkillId[]> {
  const needStored = skillIds.filter((s) => !hasFamily(catalog, s));
  const stored = await skillsWithStoredItems(db, orgId, needStored);
  return skillIds.filter((s) => hasFamily(catalog, s) || stored.has(s));
}

/** The turn of the organization's own items (written by its teachers or imported) among a skill's families. */
const BANK_TURN = { id: BANK_FAMILY } as const;

async function findCandidate(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
  catalog: LearningCatalog,
  target: { skillId: SkillId; difficulty: 1 | 2 | 3; recentItemIds: readonly string[] },
): Promise<Candidate | null> {
  const families = hasFamily(catalog, target.skillId) ? familiesForSkill(target.skillId) : [];
  if (families.length > 0) {
    // A skill with demo families and published items of the organization's bank: the bank takes one turn.
    const ownItems = (await skillsWithStoredItems(db, orgId, [target.skillId])).size > 0;
    const turn = leastRecentFamily(
      ownItems ? [...families, BANK_TURN] : families,
      target.recentItemIds,
      (n) => randomInt(n),
    );
    const family = 'generate' in turn ? turn : null;
    const stored = family ? null : await pickStored(db, orgId, userId, target);
    if (stored) return stored;
    // The bank's turn with all its items seen lately: the least recent generated family instead of a repeat.
    const next = family ?? leastRecentFamily(families, target.recentItemIds, (n) => randomInt(n));
    return { item: next.generate(randomInt(1, 1_000_000_000), target.difficulty), source: 'demo' };
  }
  return pickStored(db, orgId, userId, target);
}

/** A published item of the organization's bank on the skill, one the learner has not seen lately if there is one. */
async function pickStored(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
  target: { skillId: SkillId; difficulty: 1 | 2 | 3 },
): Promise<Candidate | null> {
  const avoid = await recentItemIds(db, orgId, userId, 20);
  const row = await pickStoredItem(db, orgId, { ...target, avoid });
  if (!row) return null;
  const item = parseStoredItem(row);
  return item ? { item, source: row.source } : null;
}

/**
 * Picks an item of a skill at a difficulty (of the family least recently served on that skill), stores exactly what is
 * served (answers included, never sent) and returns the served id with the item, and whether the learner had
 * practised the skill before. Null when the skill has nothing to serve.
 */
export async function serveItem(
  db: Kysely<Database>,
  input: {
    orgId: string;
    userId: string;
    pathwayId: string;
    catalog: LearningCatalog;
    skillId: SkillId;
    difficulty: 1 | 2 | 3;
    mode: ServeMode;
    predicted: number | null;
    now: Date;
  },
): Promise<{ servedId: string; item: Item; source: string; practisedBefore: boolean } | null> {
  const history = await skillServeHistory(db, input.orgId, input.userId, input.skillId);
  const candidate = await findCandidate(db, input.orgId, input.userId, input.catalog, {
    ...input,
    recentItemIds: history.recentItemIds,
  });
  if (!candidate) return null;
  const servedId = await insertServedItem(db, input.orgId, {
    userId: input.userId,
    pathwayId: input.pathwayId,
    itemId: candidate.item.id,
    skillId: input.skillId,
    source: candidate.source,
    mode: input.mode,
    item: candidate.item,
    predicted: input.predicted,
    createdAt: input.now,
  });
  return { servedId, item: candidate.item, source: candidate.source, practisedBefore: history.practised };
}
