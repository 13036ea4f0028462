import type { AnswerResult } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import {
  diagnoseAnswer,
  incorrectNoteMessages,
  invalidReasonMessages,
  type Locale,
  type Localized,
} from '@pathwise/core/content';
import { findServedItem, insertAttempt, updateServedItem } from '@pathwise/db';
import { recordActivity } from '../activity/record-activity.ts';
import type { AppContext } from '../runtime/types.ts';
import { awardAfterMastery } from './award-after-mastery.ts';
import { learnerLocale } from './learner-locale.ts';
import { activitySource, type LearningActor } from './learning-actor.ts';
import { loadCatalog } from './learning-catalog.ts';
import { recordOutcome } from './record-outcome.ts';

/** What practice says after a judged answer (the preview of a pathway says the same). */
export const answerMessages = {
  right: { en: 'Right!', es: '¡Correcto!' },
  itemDone: { en: 'Right! You finished this problem.', es: '¡Correcto! Terminaste este problema.' },
  wrong: {
    en: 'Not quite. Try again, or open the tutor for a hint.',
    es: 'Todavía no. Inténtalo de nuevo o abre el tutor para una pista.',
  },
  placementWrong: { en: 'Thanks! On to the next question.', es: '¡Gracias! Vamos a la siguiente pregunta.' },
} satisfies Record<string, Localized>;

/**
 * Judges an answer to the current step of a served item. A malformed answer is `invalid`: nothing is
 * written and it is not an attempt. Otherwise the attempt, its statement and — once the item's first-try outcome
 * is known — the learner model update, mastery, unlocks and review card are written in one transaction.
 * In placement a wrong answer ends the item; in practice the learner tries again.
 */
export async function answerStep(
  ctx: AppContext,
  who: LearningActor,
  servedId: string,
  input: { stepId: string; answer: string; locale?: Locale | undefined },
): Promise<AnswerResult> {
  const [catalog, locale] = await Promise.all([
    loadCatalog(ctx.db.kysely, who.orgId),
    learnerLocale(ctx, who, input.locale),
  ]);
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const served = await findServedItem(trx, { ...who, servedId }, { forUpdate: true });
    if (!served) throw new AppError('not_found', 'No such item served to you');
    const item = served.item;
    const stepIndex = item.steps.findIndex((s) => s.id === input.stepId);
    if (stepIndex < 0) {
      throw new AppError('validation_failed', 'body/stepId is not a step of this item', [
        { field: 'body/stepId', message: 'is not a step of this item' },
      ]);
    }
    if (served.completedAt) throw new AppError('conflict', 'This item is finished; ask for the next one');
    if (stepIndex !== served.stepIndex) {
      throw new AppError('conflict', `Answer step ${item.steps[served.stepIndex]?.id} first`);
    }
    const step = item.steps[stepIndex]!;
    const diagnosis = diagnoseAnswer(step.answer, step.misconceptions, input.answer, locale);
    if (diagnosis.status === 'invalid') {
      return {
        result: 'invalid',
        message: invalidReasonMessages[diagnosis.reason],
        misconception: null,
        stepDone: false,
        itemDone: false,
        nextStepId: step.id,
        mastery: null,
        credentials: [],
      };
    }
    const correct = diagnosis.status === 'correct';
    const now = ctx.now();
    const statementId = await recordActivity(trx, activitySource(ctx), {
      type: 'attempt',
      organizationId: who.orgId,
      learner: { id: who.userId },
      at: now,
      pathwayId: served.pathwayId,
      item: { id: served.itemId, skillIds: [served.skillId] },
      stepId: step.id,
      correct,
      response: input.answer,
    });
    const misconception = diagnosis.status === 'incorrect' ? (diagnosis.misconception ?? null) : null;
    await insertAttempt(trx, who.orgId, {
      userId: who.userId,
      servedId,
      itemId: served.itemId,
      skillId: served.skillId,
      stepId: step.id,
      answer: input.answer,
      correct,
      misconception: misconception?.id ?? null,
      statementId,
      at: now,
    });
    const last = stepIndex === item.steps.length - 1;
    const placement = served.mode === 'placement';
    const decided = served.outcome === null && (!correct || last);
    const outcome = decided ? correct : served.outcome;
    const stepDone = correct || placement;
    const itemDone = (correct && last) || (placement && !correct);
    const nextIndex = stepDone && !itemDone ? stepIndex + 1 : stepIndex;
    const mastery = decided
      ? await recordOutcome(trx, ctx, {
          who,
          catalog,
          served,
          correct,
          evidenceStatementId: statementId,
          now,
        })
      : null;
    // Criteria met → credentials issue in this same transaction (stacked ones too).
    const credentials = mastery?.mastered ? await awardAfterMastery(trx, ctx, who) : [];
    await updateServedItem(trx, who.orgId, servedId, {
      stepIndex: nextIndex,
      outcome,
      completedAt: itemDone ? now : null,
    });
    const note =
      diagnosis.status === 'incorrect' && diagnosis.note ? incorrectNoteMessages[diagnosis.note] : null;
    const message = correct
      ? itemDone
        ? answerMessages.itemDone
        : answerMessages.right
      : placement
        ? answerMessages.placementWrong
        : (misconception?.feedback ?? note ?? answerMessages.wrong);
    return {
      result: correct ? 'correct' : 'incorrect',
      message,
      misconception: placement ? null : (misconception?.id ?? null),
      stepDone,
      itemDone,
      nextStepId: itemDone ? null : (item.steps[nextIndex]?.id ?? null),
      mastery,
      credentials,
    };
  });
}
