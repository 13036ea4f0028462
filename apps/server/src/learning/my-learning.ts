import { NO_EVIDENCE } from '@pathwise/core/pathways';
import { asSkillId, type SkillId } from '@pathwise/core/skills-graph';
import { listDueReviewCards, listEnrollments, listMasteryHistory } from '@pathwise/db';
import { loadStandings } from '../learner-model/learner-model-store.ts';
import type { AppContext } from '../runtime/types.ts';
import type { LearningActor } from './learning-actor.ts';
import { loadCatalog } from './learning-catalog.ts';

/**
 * "My learning": every skill of the learner's pathways (and any other skill with evidence), with its standing
 * (status, the estimate only when measured), the evidence that actually happened and the reasons in words, and
 * its history for the chart; and how many reviews are due.
 */
export async function myLearning(ctx: AppContext, who: LearningActor) {
  const db = ctx.db.kysely;
  const now = ctx.now();
  const catalog = await loadCatalog(db, who.orgId);
  const [standings, enrollments, history, due] = await Promise.all([
    loadStandings(db, { ...who, now }),
    listEnrollments(db, who.orgId, who.userId),
    listMasteryHistory(db, who.orgId, who.userId),
    listDueReviewCards(db, { ...who, now, limit: 1000 }),
  ]);
  const pathwaysOf = new Map<SkillId, string[]>();
  for (const e of enrollments) {
    for (const s of catalog.pathwaySkills.get(e.pathwayId) ?? []) {
      pathwaysOf.set(s, [...(pathwaysOf.get(s) ?? []), e.pathwayId]);
    }
  }
  const wanted = new Set<SkillId>([...pathwaysOf.keys(), ...standings.model.rows.keys()]);
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
      const standing = standings.of(asSkillId(id));
      return {
        id,
        name: catalog.graph.skills.get(id)!.name,
        pathwayIds: pathwaysOf.get(id) ?? [],
        status: standing.status,
        estimate: standing.estimate,
        mastered: standings.model.mastered.has(id),
        evidence: standings.evidence.get(id) ?? NO_EVIDENCE,
        explanation: { reasons: standing.reasons, contributions: standing.contributions },
        // NOTE: a skill with nothing measured (not started, or only credited) has no history to chart: a credited
        // skill's stored points come from synthetic answers.
        history: standing.estimate === null ? [] : (historyOf.get(id) ?? []),
      };
    });
  return { skills, reviewsDue: due.length };
}
