import type {
  ItemSetView,
  SetAnswerInput,
  SetAnswerResult,
  SetItemServed,
  SetItemState,
} from '@pathwise/contracts';
import { AppError } from '@pathwise/core/errors';
import {
  type AssignmentRow,
  type Database,
  type ItemSetServeRow,
  type ItemSetTarget,
  insertItemSetServe,
  insertServedItem,
  listAssignments,
  listEnrollments,
  listItemSetServes,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { answerMessages, answerStep } from '../learning/answer-step.ts';
import type { LearningActor } from '../learning/learning-actor.ts';
import { type LearningCatalog, loadCatalog, skillName } from '../learning/learning-catalog.ts';
import { presentItem } from '../learning/present-item.ts';
import type { AppContext } from '../runtime/types.ts';
import { findBankItem } from './item-set-target.ts';

/** An item set assignment with its parsed target. */
type ItemSetRow = AssignmentRow & { target: ItemSetTarget };

/** What a set says after a wrong answer (practice's own words point to the tutor, which a set does not open). */
const wrongInSet = {
  en: 'Not quite. Try again, or go on to the next item.',
  es: 'Todavía no. Inténtalo de nuevo o pasa al siguiente ítem.',
};

/** An item set of a class the learner is a learner of, or "No such item set" (anyone else's, archived: 404). */
async function getLearnersItemSet(
  db: Kysely<Database>,
  who: LearningActor,
  assignmentId: string,
): Promise<ItemSetRow> {
  const rows = await listAssignments(db, { orgId: who.orgId, learnerId: who.userId });
  const row = rows.find((r) => r.id === assignmentId);
  if (row?.target.kind !== 'item_set') throw new AppError('not_found', 'No such item set');
  return row as ItemSetRow;
}

function stateOf(serve: ItemSetServeRow | undefined): SetItemState {
  if (serve?.outcome == null) return 'unanswered';
  return serve.outcome ? 'right' : 'wrong';
}

function tallyOf(row: ItemSetRow, serves: readonly ItemSetServeRow[]) {
  const answered = serves.filter((s) => s.outcome !== null);
  return {
    answered: answered.length,
    correct: answered.filter((s) => s.outcome).length,
    total: row.target.items.length,
  };
}

/** The learner's item set: each item's skill and whether it is answered (right or wrong), and the tally. */
export async function myItemSet(
  ctx: AppContext,
  who: LearningActor,
  assignmentId: string,
): Promise<ItemSetView> {
  const db = ctx.db.kysely;
  const row = await getLearnersItemSet(db, who, assignmentId);
  const key = { orgId: who.orgId, assignmentId: row.id, userId: who.userId };
  const [catalog, serves] = await Promise.all([loadCatalog(db, who.orgId), listItemSetServes(db, key)]);
  const byPosition = new Map(serves.map((s) => [s.position, s]));
  return {
    assignmentId: row.id,
    classId: row.classId,
    className: row.className,
    title: row.title,
    instructions: row.instructions,
    dueAt: row.dueAt.toISOString(),
    items: row.target.items.map((item, position) => ({
      position,
      skill: { id: item.skillId, name: skillName(catalog, item.skillId) },
      state: stateOf(byPosition.get(position)),
    })),
    ...tallyOf(row, serves),
  };
}

/**
 * The pathway a served item of a set counts in: one the learner is enrolled in (an active one first) that holds
 * the skill, so that mastering the skill unlocks and completes there as in practice; else none (''), and the
 * answer is evidence for the skill alone.
 */
async function pathwayOfSkill(
  db: Kysely<Database>,
  who: LearningActor,
  catalog: LearningCatalog,
  skillId: string,
): Promise<string> {
  const enrolments = await listEnrollments(db, who.orgId, who.userId);
  const holding = enrolments.filter((e) =>
    (catalog.pathwaySkills.get(e.pathwayId) ?? []).some((s) => String(s) === skillId),
  );
  return (holding.find((e) => e.status === 'active') ?? holding[0])?.pathwayId ?? '';
}

function presentServe(catalog: LearningCatalog, row: ItemSetRow, serve: ItemSetServeRow): SetItemServed {
  return {
    position: serve.position,
    total: row.target.items.length,
    skill: { id: serve.skillId, name: skillName(catalog, serve.skillId) },
    item: presentItem({
      servedId: serve.servedId,
      item: serve.item,
      skillId: serve.skillId,
      source: serve.source,
      stepIndex: serve.stepIndex,
    }),
  };
}

/** Thrown inside the serving transaction when another request served the position first: it rolls back. */
class ServedMeanwhile extends Error {}

/**
 * The set's first item not answered yet: the one served already (at its current step), or the next position,
 * served now exactly as practice serves an item (stored with its answers, which never leave the server). 409 once
 * every item is answered.
 */
export async function nextSetItem(
  ctx: AppContext,
  who: LearningActor,
  assignmentId: string,
  retry = true,
): Promise<SetItemServed> {
  const db = ctx.db.kysely;
  const row = await getLearnersItemSet(db, who, assignmentId);
  const key = { orgId: who.orgId, assignmentId: row.id, userId: who.userId };
  const [catalog, serves] = await Promise.all([loadCatalog(db, who.orgId), listItemSetServes(db, key)]);
  const open = serves.find((s) => s.outcome === null);
  if (open) return presentServe(catalog, row, open);
  const position = row.target.items.findIndex((_, i) => !serves.some((s) => s.position === i));
  const setItem = row.target.items[position];
  if (!setItem) throw new AppError('conflict', 'Every item of this set is answered');
  const loaded = await findBankItem(db, who.orgId, setItem.itemId);
  if (!loaded) throw new AppError('conflict', 'This item is no longer in the bank: tell your teacher');
  const { item, source } = loaded;
  const pathwayId = await pathwayOfSkill(db, who, catalog, item.skillId);
  const now = ctx.now();
  const served = await db
    .transaction()
    .execute(async (trx) => {
      const servedId = await insertServedItem(trx, who.orgId, {
        userId: who.userId,
        pathwayId,
        itemId: item.id,
        skillId: item.skillId,
        source,
        mode: 'practice',
        item,
        predicted: null,
        createdAt: now,
      });
      if (!(await insertItemSetServe(trx, { ...key, position, servedId, now }))) throw new ServedMeanwhile();
      return servedId;
    })
    .catch((error: unknown) => {
      if (error instanceof ServedMeanwhile && retry) return null;
      throw error;
    });
  if (served === null) return nextSetItem(ctx, who, assignmentId, false);
  return presentServe(catalog, row, {
    position,
    servedId: served,
    itemId: item.id,
    skillId: item.skillId,
    source,
    item,
    stepIndex: 0,
    outcome: null,
    answeredAt: null,
  });
}

/**
 * Answers the current step of an item of the learner's set, through practice's own answer code (`answerStep`: the
 * same check, attempt, learner-model evidence, mastery, credentials and statement, in one transaction). The item
 * counts as answered once its first-try outcome is known; the learner may still try it again, as in practice.
 */
export async function answerSetItem(
  ctx: AppContext,
  who: LearningActor,
  assignmentId: string,
  input: SetAnswerInput,
): Promise<SetAnswerResult> {
  const db = ctx.db.kysely;
  const row = await getLearnersItemSet(db, who, assignmentId);
  const key = { orgId: who.orgId, assignmentId: row.id, userId: who.userId };
  const before = await listItemSetServes(db, key);
  if (!before.some((s) => s.servedId === input.servedId))
    throw new AppError('not_found', 'No such item served in this set');
  const verdict = await answerStep(ctx, who, input.servedId, {
    stepId: input.stepId,
    answer: input.answer,
    locale: input.locale,
  });
  const after = await listItemSetServes(db, key);
  const message = verdict.message.en === answerMessages.wrong.en ? wrongInSet : verdict.message;
  return {
    ...verdict,
    message,
    itemAnswered: after.find((s) => s.servedId === input.servedId)?.outcome != null,
    ...tallyOf(row, after),
  };
}
