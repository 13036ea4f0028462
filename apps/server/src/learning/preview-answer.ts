import type { AnswerResult, PathwayPreviewAnswerInput } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import {
  diagnoseAnswer,
  incorrectNoteMessages,
  invalidReasonMessages,
  type Locale,
} from '@pathwise/core/content';
import type { OrgActor } from '../identity/actor.ts';
import type { AppContext } from '../runtime/types.ts';
import { answerMessages } from './answer-step.ts';
import { learnerLocale } from './learner-locale.ts';
import { loadBankItem } from './load-bank-item.ts';
import { pathwaySkill, previewCatalog } from './preview-pathway.ts';

/**
 * Judges a step of a sample problem of a pathway's preview the way practice judges it (same checker, same
 * misconception feedback, same words), and records nothing: no served item, attempt, statement or learner-model
 * change, so no mastery and no credential. The item is named by its id (a demo sample's `familyId/seed/difficulty`
 * or a stored item's); 404 when it is not an item of one of the pathway's skills.
 */
export async function previewAnswer(
  ctx: AppContext,
  actor: OrgActor,
  pathwayId: string,
  input: PathwayPreviewAnswerInput,
): Promise<AnswerResult> {
  // NOTE: the pathway first, so that an unknown pathway is named as such rather than as an unknown item.
  const { catalog } = await previewCatalog(ctx.db.kysely, actor, pathwayId);
  const { item } = await loadBankItem(ctx.db.kysely, actor.orgId, input.itemId);
  pathwaySkill(catalog, pathwayId, item.skillId);
  const stepIndex = item.steps.findIndex((s) => s.id === input.stepId);
  const step = item.steps[stepIndex];
  if (!step) {
    throw new AppError('validation_failed', 'body/stepId is not a step of this item', [
      { field: 'body/stepId', message: 'is not a step of this item' },
    ]);
  }
  const diagnosis = diagnoseAnswer(
    step.answer,
    step.misconceptions,
    input.answer,
    await localeOf(ctx, actor, input),
  );
  const last = stepIndex === item.steps.length - 1;
  const judged = { mastery: null, credentials: [] };
  if (diagnosis.status === 'invalid') {
    const message = invalidReasonMessages[diagnosis.reason];
    return {
      ...judged,
      result: 'invalid',
      message,
      misconception: null,
      stepDone: false,
      itemDone: false,
      nextStepId: step.id,
    };
  }
  if (diagnosis.status === 'correct') {
    const nextStepId = last ? null : (item.steps[stepIndex + 1]?.id ?? null);
    const message = last ? answerMessages.itemDone : answerMessages.right;
    return {
      ...judged,
      result: 'correct',
      message,
      misconception: null,
      stepDone: true,
      itemDone: last,
      nextStepId,
    };
  }
  const note = diagnosis.note ? incorrectNoteMessages[diagnosis.note] : null;
  return {
    ...judged,
    result: 'incorrect',
    message: diagnosis.misconception?.feedback ?? note ?? answerMessages.wrong,
    misconception: diagnosis.misconception?.id ?? null,
    stepDone: false,
    itemDone: false,
    nextStepId: step.id,
  };
}

/** The language answers are read in: the one asked for, else the person's own (English for an API token). */
async function localeOf(
  ctx: AppContext,
  actor: OrgActor,
  input: { locale?: Locale | undefined },
): Promise<Locale> {
  if (input.locale || !actor.userId) return input.locale ?? 'en';
  return learnerLocale(ctx, { orgId: actor.orgId, userId: actor.userId }, undefined);
}
