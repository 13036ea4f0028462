import type { PracticeItem } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { findItemFamily } from '@pathwise/core/content';
import { choosePracticeTarget, type PracticeTarget, whyThisItem } from '@pathwise/core/pathways';
import { asSkillId, readySet, type SkillId } from '@pathwise/core/skills-graph';
import { findEnrollment, listDueReviewCards, recentModes } from '@pathwise/db';
import { loadLearnerModel, MODEL_PARAMS } from '../learner-model/learner-model-store.ts';
import type { AppContext } from '../runtime/types.ts';
import type { LearningActor } from './learning-actor.ts';
import { getPathway, loadCatalog, skillName } from './learning-catalog.ts';
import { presentItem } from './present-item.ts';
import { serveItem, skillsWithContent } from './serve-item.ts';
import { hasSkillExplanation } from './skill-explanation.ts';
import { skillProgress } from './skill-progress.ts';

/** At most one review in this many items while new skills are ready: reviews are interleaved, not batched. */
const REVIEW_EVERY = 4;
const FAR_FUTURE = new Date('9999-01-01T00:00:00Z');

/**
 * Chooses and serves the next item of a pathway: a due spaced review (FSRS) every few items, otherwise a ready
 * skill at the difficulty whose predicted success lies in the target band. When the pathway is mastered and
 * nothing is due, the next review comes early.
 */
export async function practiceNext(
  ctx: AppContext,
  who: LearningActor,
  pathwayId: string,
): Promise<PracticeItem> {
  const db = ctx.db.kysely;
  const catalog = await loadCatalog(db, who.orgId);
  const { skills } = getPathway(catalog, pathwayId);
  const key = { ...who, pathwayId };
  const enrollment = await findEnrollment(db, key);
  if (!enrollment) throw new AppError('not_found', 'You are not enrolled in this pathway');
  if (enrollment.status === 'placement') throw new AppError('conflict', 'Finish the placement first');
  if (enrollment.status === 'paused')
    throw new AppError('conflict', 'This enrolment is paused; resume it first');
  const now = ctx.now();
  const model = await loadLearnerModel(db, who.orgId, who.userId);
  const masteredHere = skills.filter((s) => model.mastered.has(s));
  const [candidates, due, modes] = await Promise.all([
    skillsWithContent(db, who.orgId, catalog, readySet(catalog.graph, model.mastered, skills)),
    listDueReviewCards(db, { ...who, now, skillIds: masteredHere, limit: 1 }),
    recentModes(db, key, REVIEW_EVERY - 1),
  ]);
  let mode: 'practice' | 'review' = 'practice';
  let target: PracticeTarget | null = null;
  const dueSkill = due[0] ? asSkillId(due[0].skillId) : null;
  if (dueSkill && (candidates.length === 0 || !modes.includes('review'))) {
    mode = 'review';
    target = choosePracticeTarget(model.state, [dueSkill], MODEL_PARAMS);
  } else if (candidates.length > 0) {
    target = choosePracticeTarget(model.state, candidates, MODEL_PARAMS);
  } else {
    const early = await listDueReviewCards(db, { ...who, now: FAR_FUTURE, skillIds: masteredHere, limit: 1 });
    if (early[0]) {
      mode = 'review';
      target = choosePracticeTarget(model.state, [asSkillId(early[0].skillId)], MODEL_PARAMS);
    }
  }
  if (!target) throw new AppError('conflict', 'This pathway has nothing to practise yet');
  const chosen = target;
  const served = await db
    .transaction()
    .execute((trx) => serveItem(trx, { ...who, pathwayId, catalog, ...chosen, mode, now }));
  if (!served) throw new AppError('conflict', 'This pathway has nothing to practise yet');
  const skillId: SkillId = target.skillId;
  const skill = catalog.graph.skills.get(skillId);
  const why = whyThisItem({
    mode,
    skill: skillName(catalog, skillId),
    predicted: target.predicted,
    attempts: model.state.skills[skillId]?.attempts ?? 0,
    hasPrerequisites: (skill?.prerequisites.length ?? 0) > 0,
    masteredAt: model.rows.get(skillId)?.masteredAt ?? null,
  });
  return {
    item: presentItem({
      servedId: served.servedId,
      item: served.item,
      skillId,
      source: served.source,
      stepIndex: 0,
    }),
    mode,
    skill: { id: skillId, name: skillName(catalog, skillId) },
    why,
    predicted: target.predicted,
    progress: skillProgress(model.state.skills[skillId], model.mastered.has(skillId)),
    firstOfSkill: !served.practisedBefore && mode === 'practice',
    hasExplanation: hasSkillExplanation(catalog, skillId),
    workedExampleAvailable: findItemFamily(served.item.familyId) !== null,
  };
}
