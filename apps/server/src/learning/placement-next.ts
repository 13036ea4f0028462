import type { EarnedCredential, PlacementStep } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { nextPlacementSkill, type PlacementState, placementResult } from '@pathwise/core/pathways';
import type { SkillId } from '@pathwise/core/skills-graph';
import {
  type Database,
  findEnrollment,
  findOpenServedItemId,
  findServedItem,
  updateEnrollment,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { loadLearnerModel } from '../learner-model/learner-model-store.ts';
import type { AppContext } from '../runtime/types.ts';
import { awardAfterMastery } from './award-after-mastery.ts';
import { creditKnownSkills } from './credit-known-skills.ts';
import { activitySource, type LearningActor } from './learning-actor.ts';
import { getPathway, type LearningCatalog, loadCatalog, skillRefs } from './learning-catalog.ts';
import { presentItem } from './present-item.ts';
import { serveItem } from './serve-item.ts';

function summary(
  catalog: LearningCatalog,
  pathwayId: string,
  known: readonly string[],
  credentials: EarnedCredential[] = [],
): PlacementStep {
  const total = catalog.pathwaySkills.get(pathwayId)?.length ?? 0;
  return {
    done: true,
    summary: { known: skillRefs(catalog, known), total, knownCount: known.length, credentials },
  };
}

async function finish(
  trx: Kysely<Database>,
  ctx: AppContext,
  who: LearningActor,
  catalog: LearningCatalog,
  pathwayId: string,
  state: PlacementState,
) {
  const now = ctx.now();
  const known = placementResult(catalog.graph, state);
  const model = await loadLearnerModel(trx, who.orgId, who.userId, { forUpdate: true });
  await creditKnownSkills(trx, activitySource(ctx), { who, catalog, model, skills: known, pathwayId, now });
  // Skills credited by placement earn credentials now, not at the learner's next answer.
  const credentials = known.length > 0 ? await awardAfterMastery(trx, ctx, who) : [];
  const placement: PlacementState = { ...state, known };
  await updateEnrollment(trx, { ...who, pathwayId }, { status: 'active', placement, now });
  return summary(catalog, pathwayId, known, credentials);
}

/**
 * The next placement item, or the placement's result once the learner's state is settled. An item served and
 * not answered yet is served again (skipping does not shorten the placement).
 */
export async function placementNext(
  ctx: AppContext,
  who: LearningActor,
  pathwayId: string,
): Promise<PlacementStep> {
  const catalog = await loadCatalog(ctx.db.kysely, who.orgId);
  getPathway(catalog, pathwayId);
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const key = { ...who, pathwayId };
    const enrollment = await findEnrollment(trx, key, { forUpdate: true });
    if (!enrollment) throw new AppError('not_found', 'You are not enrolled in this pathway');
    const state = enrollment.placement;
    if (Array.isArray(state.known)) return summary(catalog, pathwayId, state.known);
    if (enrollment.status === 'paused')
      throw new AppError('conflict', 'This enrolment is paused; resume it first');
    const openId = await findOpenServedItemId(trx, key, 'placement');
    const open = openId ? await findServedItem(trx, { ...who, servedId: openId }) : null;
    if (open) {
      const item = presentItem({
        servedId: open.id,
        item: open.item,
        skillId: open.skillId,
        source: open.source,
        stepIndex: open.stepIndex,
      });
      return { done: false, item, progress: { answered: state.answered, max: state.max } };
    }
    const skillId: SkillId | null = nextPlacementSkill(catalog.graph, state);
    if (!skillId) return finish(trx, ctx, who, catalog, pathwayId, state);
    const served = await serveItem(trx, {
      ...who,
      pathwayId,
      catalog,
      skillId,
      difficulty: 2,
      mode: 'placement',
      predicted: null,
      now: ctx.now(),
    });
    if (!served) throw new AppError('conflict', 'This pathway has no items to place you with');
    const placement: PlacementState = { ...state, asked: [...state.asked, skillId] };
    await updateEnrollment(trx, key, { placement, now: ctx.now() });
    const item = presentItem({
      servedId: served.servedId,
      item: served.item,
      skillId,
      source: served.source,
      stepIndex: 0,
    });
    return { done: false, item, progress: { answered: state.answered, max: state.max } };
  });
}
