import type { RiskInputs } from '@pathwise/core/analytics';
import { type Database, listPathwayProgress, listRiskInputs, type RiskInputRow } from '@pathwise/db';
import type { Kysely } from 'kysely';
import { loadCatalog } from '../learning/learning-catalog.ts';
import { daysBetween } from './analytics-dates.ts';

/** A learner at a cut-off day: the model's inputs, and what is left of the pathways they are enrolled in. */
export interface LearnerAtCutoff {
  userId: string;
  /** Any activity up to the day. */
  started: boolean;
  /** Skills of their unfinished pathways not mastered yet; empty: nothing left to do, never at risk. */
  remainingSkills: string[];
  inputs: RiskInputs;
}

/**
 * Learners' early-warning inputs at the end of `asOf`, with the organization's median pace at that day, and the
 * skills left on their pathways (an enrolment marked completed leaves nothing).
 */
export async function riskInputsAt(
  db: Kysely<Database>,
  orgId: string,
  asOf: string,
  userIds: readonly string[],
): Promise<LearnerAtCutoff[]> {
  const [rows, progress, catalog] = await Promise.all([
    listRiskInputs(db, { orgId, asOf, userIds }),
    listPathwayProgress(db, { orgId, asOf, userIds }),
    loadCatalog(db, orgId),
  ]);
  const weeks = (r: RiskInputRow) =>
    r.firstDay ? Math.max(1, Math.ceil((daysBetween(r.firstDay, asOf) + 1) / 7)) : 1;
  const rates = rows
    .filter((r) => r.firstDay)
    .map((r) => r.masteredSkills / weeks(r))
    .sort((a, b) => a - b);
  const median = rates.length === 0 ? 0 : rates[Math.floor(rates.length / 2)]!;
  const remaining = (userId: string) => {
    const p = progress.get(userId);
    if (!p) return [];
    const mastered = new Set(p.mastered);
    const left = p.pathways
      .filter((e) => !e.completed)
      .flatMap((e) => (catalog.pathwaySkills.get(e.pathwayId) ?? []).map(String))
      .filter((s) => !mastered.has(s));
    return [...new Set(left)];
  };
  return rows.map((r) => ({
    userId: r.userId,
    started: r.firstDay !== null,
    remainingSkills: remaining(r.userId),
    inputs: {
      daysInactive: r.lastDay ? daysBetween(r.lastDay, asOf) : null,
      activeDays14: r.activeDays14,
      attempts7: r.attempts7,
      attemptsPrev7: r.attemptsPrev7,
      attempts14: r.attempts14,
      correct14: r.correct14,
      seconds14: r.seconds14,
      fallingSkills: r.fallingSkills,
      masteredSkills: r.masteredSkills,
      weeksActive: weeks(r),
      medianMasteryRate: median,
    },
  }));
}
