import { AppError } from '@pathwise/core';
import { initialLearnerState } from '@pathwise/core/learner-model';
import { startPlacement } from '@pathwise/core/pathways';
import {
  createEnrollment,
  type EnrollmentStatus,
  findEnrollment,
  findLearnerState,
  listEnrollments,
  saveLearnerState,
  updateEnrollment,
} from '@pathwise/db';
import { loadLearnerModel, MODEL_PARAMS } from '../learner-model/learner-model-store.ts';
import type { AppContext } from '../runtime/types.ts';
import type { LearningActor } from './learning-actor.ts';
import { getPathway, loadCatalog } from './learning-catalog.ts';
import { skillsWithContent } from './serve-item.ts';

/**
 * Enrols a learner in a pathway; they start with the placement. Skills the learner mastered elsewhere start
 * settled as known; skills without content to serve are left out of the placement.
 */
export async function enrol(ctx: AppContext, who: LearningActor, pathwayId: string) {
  const catalog = await loadCatalog(ctx.db.kysely, who.orgId);
  const { skills } = getPathway(catalog, pathwayId);
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const model = await loadLearnerModel(trx, who.orgId, who.userId);
    const askable = await skillsWithContent(trx, who.orgId, catalog, skills);
    const placement = startPlacement(askable, model.mastered);
    const created = await createEnrollment(trx, {
      ...who,
      pathwayId,
      status: 'placement',
      placement,
      now: ctx.now(),
    });
    if (!created) throw new AppError('conflict', 'You are enrolled in this pathway already');
    // NOTE: the learner row exists from the start so that answers can lock it (FOR UPDATE) and serialise.
    if (!(await findLearnerState(trx, who.orgId, who.userId))) {
      const state = initialLearnerState(MODEL_PARAMS.settings);
      await saveLearnerState(trx, { ...who, state, now: ctx.now() });
    }
    return { pathwayId, status: 'placement' as EnrollmentStatus };
  });
}

/** Pauses or resumes an enrolment; nothing is lost, and resuming returns to where the learner was. */
export async function setEnrollmentStatus(
  ctx: AppContext,
  who: LearningActor,
  pathwayId: string,
  wanted: 'paused' | 'active',
) {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const key = { ...who, pathwayId };
    const enrollment = await findEnrollment(trx, key, { forUpdate: true });
    if (!enrollment) throw new AppError('not_found', 'You are not enrolled in this pathway');
    const placementDone = Array.isArray(enrollment.placement.known);
    const status: EnrollmentStatus = wanted === 'paused' ? 'paused' : placementDone ? 'active' : 'placement';
    if (enrollment.status !== status && !(wanted === 'active' && enrollment.status === 'completed')) {
      await updateEnrollment(trx, key, { status, now: ctx.now() });
    }
    const result: EnrollmentStatus =
      wanted === 'active' && enrollment.status === 'completed' ? 'completed' : status;
    return { pathwayId, status: result };
  });
}

/** The organization's pathways with the learner's progress and enrolment on each. */
export async function listLearnerPathways(ctx: AppContext, who: LearningActor) {
  const catalog = await loadCatalog(ctx.db.kysely, who.orgId);
  const [model, enrollments] = await Promise.all([
    loadLearnerModel(ctx.db.kysely, who.orgId, who.userId),
    listEnrollments(ctx.db.kysely, who.orgId, who.userId),
  ]);
  const byPathway = new Map(enrollments.map((e) => [e.pathwayId, e]));
  return [...catalog.pathways.values()].map((p) => {
    const skills = catalog.pathwaySkills.get(p.id) ?? [];
    const enrollment = byPathway.get(p.id);
    return {
      id: p.id,
      name: p.name,
      description: p.description,
      skillCount: skills.length,
      masteredCount: skills.filter((s) => model.mastered.has(s)).length,
      enrollment: enrollment ? { status: enrollment.status } : null,
      attribution: catalog.attributionOf.get(p.id) ?? null,
    };
  });
}
