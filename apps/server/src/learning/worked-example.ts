import type { WorkedExampleResult } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { hintLadder, ladderDone, siblingWorkedExample } from '@pathwise/core/tutor';
import { findServedItem, listTutorTurns, updateServedItem } from '@pathwise/db';
import { recordActivity } from '../activity/record-activity.ts';
import type { AppContext } from '../runtime/types.ts';
import { activitySource, type LearningActor } from './learning-actor.ts';
import { loadCatalog } from './learning-catalog.ts';
import { presentWorkedExample } from './present-item.ts';
import { recordOutcome } from './record-outcome.ts';

/**
 * A learner stuck on the current step after the tutor's last hint sees a worked example of a sibling item (same
 * family, other numbers; never this item's answers) and the item ends: it counts as not solved on the first try,
 * and the next item is a fresh one. Recorded as a hint request one rung past the ladder.
 */
export async function showWorkedExample(
  ctx: AppContext,
  who: LearningActor,
  servedId: string,
  input: { stepId: string },
): Promise<WorkedExampleResult> {
  const catalog = await loadCatalog(ctx.db.kysely, who.orgId);
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
    if (served.mode === 'placement') {
      throw new AppError('conflict', 'Placement finds what you know on your own: no worked examples there');
    }
    if (served.completedAt) throw new AppError('conflict', 'This item is finished; ask for the next one');
    if (stepIndex !== served.stepIndex) {
      throw new AppError('conflict', `Step ${item.steps[served.stepIndex]?.id} is the current step`);
    }
    const step = item.steps[stepIndex]!;
    const turns = await listTutorTurns(trx, { orgId: who.orgId, servedId, stepId: step.id });
    if (
      !ladderDone(
        step,
        turns.map((t) => t.turn),
      )
    ) {
      throw new AppError(
        'conflict',
        'Ask the tutor for every hint first; the worked example comes after the last one',
      );
    }
    const example = siblingWorkedExample(item);
    if (!example) throw new AppError('conflict', 'There is no worked example for this problem');
    const now = ctx.now();
    const statementId = await recordActivity(trx, activitySource(ctx), {
      type: 'hint-requested',
      organizationId: who.orgId,
      learner: { id: who.userId },
      at: now,
      pathwayId: served.pathwayId,
      item: { id: served.itemId, skillIds: [served.skillId] },
      stepId: step.id,
      hintLevel: hintLadder(step).length,
    });
    const mastery =
      served.outcome === null
        ? await recordOutcome(trx, ctx, {
            who,
            catalog,
            served,
            correct: false,
            evidenceStatementId: statementId,
            now,
          })
        : null;
    await updateServedItem(trx, who.orgId, servedId, {
      stepIndex,
      outcome: served.outcome ?? false,
      completedAt: now,
    });
    return { example: presentWorkedExample(example), mastery };
  });
}
