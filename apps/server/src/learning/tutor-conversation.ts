import { AppError } from '@pathwise/core';
import type { Locale } from '@pathwise/core/content';
import { ladderDone, type ReplyPhraser, respondAsTutor, type TutorTurn } from '@pathwise/core/tutor';
import { findServedItem, insertTutorTurns, listStepAnswers, listTutorTurns } from '@pathwise/db';
import type { PathwiseEvent } from '@pathwise/xapi';
import { recordActivities } from '../activity/record-activity.ts';
import type { AppContext } from '../runtime/types.ts';
import { learnerLocale } from './learner-locale.ts';
import { activitySource, type LearningActor } from './learning-actor.ts';

/** How the server reaches the tutor's optional model: a phraser and its time limit (null: engine only). */
export interface TutorModel {
  phraser: ReplyPhraser | null;
  timeoutMs: number;
}

async function loadStep(ctx: AppContext, who: LearningActor, servedId: string, stepId: string) {
  const served = await findServedItem(ctx.db.kysely, { ...who, servedId });
  if (!served) throw new AppError('not_found', 'No such item served to you');
  const item = served.item;
  const stepIndex = item.steps.findIndex((s) => s.id === stepId);
  if (stepIndex < 0) {
    throw new AppError('validation_failed', 'stepId is not a step of this item', [
      { field: 'stepId', message: 'is not a step of this item' },
    ]);
  }
  return { served, item, stepIndex };
}

/** The conversation on one step, oldest first. */
export async function tutorHistory(ctx: AppContext, who: LearningActor, servedId: string, stepId: string) {
  const { item, stepIndex } = await loadStep(ctx, who, servedId, stepId);
  const turns = await listTutorTurns(ctx.db.kysely, { orgId: who.orgId, servedId, stepId });
  return {
    turns: turns.map((t) => ({ speaker: t.speaker, text: t.text, at: t.at.toISOString() })),
    ladderDone: ladderDone(
      item.steps[stepIndex]!,
      turns.map((t) => t.turn),
    ),
  };
}

/**
 * One tutor turn on a step: the embedded engine plans the reply from the content and the learner's attempts,
 * the optional model phrases it, the answer guard checks every reply (falling back to the engine when the model
 * fails, is slow or is blocked). The model is called outside any transaction; both turns and their statements
 * (and a hint request when the tutor climbed the hint ladder) are then stored together.
 */
export async function takeTutorTurn(
  ctx: AppContext,
  who: LearningActor,
  servedId: string,
  input: { stepId: string; message: string; locale?: Locale | undefined },
  model: TutorModel,
) {
  const { served, item, stepIndex } = await loadStep(ctx, who, servedId, input.stepId);
  if (served.mode === 'placement') {
    throw new AppError(
      'conflict',
      'The tutor helps during practice; placement finds what you know on your own',
    );
  }
  if (stepIndex > served.stepIndex) throw new AppError('conflict', 'Reach this step first');
  const key = { orgId: who.orgId, servedId, stepId: input.stepId };
  const [rows, attempts, locale] = await Promise.all([
    listTutorTurns(ctx.db.kysely, key),
    listStepAnswers(ctx.db.kysely, who.orgId, servedId, input.stepId),
    learnerLocale(ctx, who, input.locale),
  ]);
  const history = rows.map((r) => r.turn);
  const response = await respondAsTutor(
    { item, stepIndex, attempts, history, message: input.message, locale },
    { phraser: model.phraser, timeoutMs: model.timeoutMs },
  );
  const now = ctx.now();
  const learnerTurn: TutorTurn = { role: 'learner', text: input.message };
  const base = {
    organizationId: who.orgId,
    learner: { id: who.userId },
    at: now,
    pathwayId: served.pathwayId,
  };
  const itemRef = { id: served.itemId, skillIds: [served.skillId] };
  const events: PathwiseEvent[] = [
    {
      ...base,
      type: 'tutor-turn',
      sessionId: servedId,
      role: 'learner',
      turnIndex: rows.length,
      item: itemRef,
      text: input.message,
    },
    {
      ...base,
      type: 'tutor-turn',
      sessionId: servedId,
      role: 'tutor',
      turnIndex: rows.length + 1,
      item: itemRef,
      text: response.text,
    },
  ];
  const rung = response.turn.rung;
  if (rung !== undefined && rung > 0) {
    events.push({ ...base, type: 'hint-requested', item: itemRef, stepId: input.stepId, hintLevel: rung });
  }
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await insertTutorTurns(trx, { ...key, userId: who.userId }, [
      { speaker: 'learner', text: input.message, turn: { ...learnerTurn }, source: null, at: now },
      { speaker: 'tutor', text: response.text, turn: { ...response.turn }, source: response.source, at: now },
    ]);
    await recordActivities(trx, activitySource(ctx), events);
  });
  const levels = [...history, response.turn].map((t) => t.rung ?? 0);
  return {
    reply: response.text,
    source: response.source,
    hintLevel: Math.max(0, ...levels),
    ladderDone: ladderDone(item.steps[stepIndex]!, [...history, response.turn]),
  };
}
