import { randomUUID } from 'node:crypto';
import { AUTHORED_SOURCE, type AuthoredItemInput, type AuthoredItemSaved } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { type AuthoredContent, type StoredItemContent, validateAuthoredItem } from '@pathwise/core/content';
import { asSkillId } from '@pathwise/core/skills-graph';
import {
  type BankItemRow,
  type Database,
  insertAuthoredItem,
  recordAudit,
  setItemStatus,
  updateAuthoredItem,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import type { OrgActor } from '../identity/actor.ts';
import type { AppContext } from '../runtime/types.ts';
import { hintLeaks } from './authored-hint-leaks.ts';
import { loadCatalog } from './learning-catalog.ts';
import { type LoadedBankItem, loadBankItem } from './load-bank-item.ts';

/**
 * Checks an authored item: its skill must be in the organization's framework, every step must pass core's
 * `validateAuthoredItem` (the checker that judges learners accepts each key), and no hint or feedback may state an
 * answer (the tutor's guard). 400 naming every field (`body/steps/1/answer/key`) otherwise; nothing is written.
 */
async function checkedContent(db: Kysely<Database>, orgId: string, input: AuthoredItemInput) {
  const catalog = await loadCatalog(db, orgId);
  const errors: { field: string; message: string }[] = [];
  if (!catalog.graph.skills.has(asSkillId(input.skillId))) {
    errors.push({ field: 'body/skillId', message: `"${input.skillId}" is not a skill of this organization` });
  }
  const check = validateAuthoredItem(input);
  if (check.ok) errors.push(...hintLeaks(check.content));
  else errors.push(...check.errors.map((e) => ({ field: `body/${e.field}`, message: e.message })));
  if (!check.ok || errors.length > 0) {
    const detail = errors.map((e) => `${e.field} ${e.message}`).join('; ');
    throw new AppError('validation_failed', `The item has errors: ${detail}`, errors);
  }
  return check.content;
}

/** The refusal for an item that is not the organization's own authored item. */
export function copyItFirst(): AppError {
  return new AppError(
    'conflict',
    'Imported and generated items are never changed in place: copy it first, then edit the copy',
  );
}

/**
 * An authored item of the organization with its stored row: 404 for an unknown item, 409 for an imported or
 * generated one (a demo family's sample included).
 */
export async function authoredItem(
  db: Kysely<Database>,
  orgId: string,
  itemId: string,
): Promise<LoadedBankItem & { row: BankItemRow }> {
  const loaded = await loadBankItem(db, orgId, itemId);
  const { row } = loaded;
  if (!row || row.source !== AUTHORED_SOURCE) throw copyItFirst();
  return { ...loaded, row };
}

/** Creates an authored item in the organization's bank (audited); published unless asked for a draft. */
export function createAuthoredItem(
  ctx: AppContext,
  actor: OrgActor,
  input: AuthoredItemInput,
): Promise<AuthoredItemSaved> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const content = await checkedContent(trx, actor.orgId, input);
    const id = `${AUTHORED_SOURCE}/${randomUUID()}`;
    const status = input.status ?? 'published';
    await insertAuthoredItem(trx, actor.orgId, {
      id,
      skillId: input.skillId,
      source: AUTHORED_SOURCE,
      difficulty: input.difficulty,
      content,
      status,
      createdBy: actor.userId,
      attribution: input.attribution?.trim() || null,
      copiedFrom: null,
    });
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      actorTokenId: actor.tokenId,
      action: 'item.created',
      targetType: 'item',
      targetId: id,
      details: { skillId: input.skillId, status },
    });
    return { id, status };
  });
}

/**
 * Keeps what the editor does not show: the figure, and a step's scaffolds and worked lines while that step's
 * answer is unchanged (they quote its numbers, so a changed answer drops them).
 */
function keepUnedited(content: AuthoredContent, before: StoredItemContent | null): StoredItemContent {
  const steps = content.steps.map((step) => {
    const prior = before?.steps.find((s) => s.id === step.id);
    if (!prior || JSON.stringify(prior.answer) !== JSON.stringify(step.answer)) return step;
    return { ...step, scaffolds: prior.scaffolds ?? [], ...(prior.worked ? { worked: prior.worked } : {}) };
  });
  return { ...content, steps, ...(before?.figure ? { figure: before.figure } : {}) };
}

/**
 * Replaces an authored item of the organization (audited). 404 for an unknown item, 409 for an imported or
 * generated one (copy it first).
 */
export function updateAuthoredItemAs(
  ctx: AppContext,
  actor: OrgActor,
  itemId: string,
  input: AuthoredItemInput,
): Promise<AuthoredItemSaved> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const { row } = await authoredItem(trx, actor.orgId, itemId);
    const content = keepUnedited(await checkedContent(trx, actor.orgId, input), row.content);
    const status = input.status ?? (row.status === 'archived' ? 'published' : row.status);
    await updateAuthoredItem(
      trx,
      actor.orgId,
      {
        id: itemId,
        skillId: input.skillId,
        source: AUTHORED_SOURCE,
        difficulty: input.difficulty,
        content,
        status,
        attribution: input.attribution === undefined ? row.attribution : input.attribution.trim() || null,
      },
      ctx.now(),
    );
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      actorTokenId: actor.tokenId,
      action: 'item.updated',
      targetType: 'item',
      targetId: itemId,
      details: { skillId: input.skillId, status },
    });
    return { id: itemId, status };
  });
}

/** Archives an authored item: it stays in the bank's archive and is served no more (audited). */
export function archiveAuthoredItem(
  ctx: AppContext,
  actor: OrgActor,
  itemId: string,
): Promise<AuthoredItemSaved> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await authoredItem(trx, actor.orgId, itemId);
    await setItemStatus(trx, actor.orgId, {
      id: itemId,
      source: AUTHORED_SOURCE,
      status: 'archived',
      now: ctx.now(),
    });
    await recordAudit(trx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      actorTokenId: actor.tokenId,
      action: 'item.archived',
      targetType: 'item',
      targetId: itemId,
    });
    return { id: itemId, status: 'archived' as const };
  });
}
