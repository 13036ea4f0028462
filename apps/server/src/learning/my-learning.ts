import { explainEstimate } from '@pathwise/core/pathways';
import { asSkillId, type SkillId } from '@pathwise/core/skills-graph';
import { listDueReviewCards, listEnrollments, listMasteryHistory } from '@pathwise/db';
import type { AppContext } from '../types.ts';
import { estimateOf, loadLearnerModel, MODEL_PARAMS } from './learner-model-store.ts';
import type { LearningActor } from './learning-actor.ts';
import { loadCatalog } from './learning-catalog.ts';

/**
 * "My learning": every skill of the learner's pathways (and any other skill with evidence), with the estimate,
 * the evidence and reasons behind it, and its history for the chart; and how many reviews are due.
 */
export async function myLearning(ctx: AppContext, who: LearningActor) {
  const db = ctx.db.kysely;
  const catalog = await loadCatalog(db, who.orgId);
  const [model, enrollments, history, due] = await Promise.all([
    loadLearnerModel(db, who.orgId, who.userId),
    listEnrollments(db, who.orgId, who.userId),
    listMasteryHistory(db, who.orgId, who.userId),
    listDueReviewCards(db, { ...who, now: ctx.now(), limit: 1000 }),
  ]);
  const pathwaysOf = new Map<SkillId, string[]>();
  for (const e of enrollments) {
    for (const s of catalog.pathwaySkills.get(e.pathwayId) ?? []) {
      pathwaysOf.set(s, [...(pathwaysOf.get(s) ?? []), e.pathwayId]);
    }
  }
  const wanted = new Set<SkillId>([...pathwaysOf.keys(), ...model.rows.keys()]);
  const historyOf = new Map<string, { at: string; estimate: number }[]>();
  for (const h of history) {
    historyOf.set(h.skillId, [
      ...(historyOf.get(h.skillId) ?? []),
      { at: h.at.toISOString(), estimate: h.estimate },
    ]);
  }
  const skills = catalog.graph.order
    .filter((id) => wanted.has(id))
    .map((id) => {
      const row = model.rows.get(asSkillId(id));
      const evidence = model.state.skills[id];
      return {
        id,
        name: catalog.graph.skills.get(id)!.name,
        pathwayIds: pathwaysOf.get(id) ?? [],
        estimate: estimateOf(model.state, id),
        mastered: model.mastered.has(id),
        attempts: evidence?.attempts ?? 0,
        successes: evidence?.successes ?? 0,
        explanation: explainEstimate(model.state, id, row?.masteredVia ?? null, MODEL_PARAMS),
        history: historyOf.get(id) ?? [],
      };
    });
  return { skills, reviewsDue: due.length };
}
