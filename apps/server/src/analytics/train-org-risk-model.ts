import { type RiskExample, trainRiskModel } from '@pathwise/core/analytics';
import {
  type Database,
  findActivitySpan,
  listConsentingLearners,
  listPathwayProgress,
  saveRiskModel,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { addDays, daysBetween, utcDay } from './analytics-dates.ts';
import { riskInputsAt } from './risk-inputs-at.ts';

/**
 * The outcome the model predicts ("at risk"): a learner with skills left on their pathway masters none of them in
 * the next this-many days. A learner with nothing left (pathway finished) is never at risk.
 */
export const HORIZON_DAYS = 14;

/**
 * Trains the organization's early-warning model on its own history: consenting learners who had started and still
 * had skills left, at weekly cut-offs (from two weeks after the first activity to {@link HORIZON_DAYS} before
 * today), labelled 1 when they then mastered none of those skills within {@link HORIZON_DAYS} days. Stores the
 * model with its held-out metrics; returns them, or null when there is not enough history yet.
 */
export async function trainOrgRiskModel(db: Kysely<Database>, orgId: string, now: Date) {
  const examples = await collectRiskExamples(db, orgId, utcDay(now));
  const trained = trainRiskModel(examples);
  if (!trained) return null;
  await saveRiskModel(db, {
    orgId,
    model: trained.model,
    metrics: { ...trained.metrics, examples: examples.length },
    at: now,
  });
  return trained.metrics;
}

/** The labelled cut-offs of an organization (also used by tests and benchmarks). */
export async function collectRiskExamples(
  db: Kysely<Database>,
  orgId: string,
  today: string,
): Promise<RiskExample[]> {
  const span = await findActivitySpan(db, orgId);
  if (!span) return [];
  const learners = await listConsentingLearners(db, orgId);
  const examples: RiskExample[] = [];
  const last = addDays(today, -HORIZON_DAYS);
  for (let cut = addDays(span.first, 13); daysBetween(cut, last) >= 0; cut = addDays(cut, 7)) {
    const rows = (await riskInputsAt(db, orgId, cut, learners)).filter(
      (r) => r.started && r.remainingSkills.length > 0,
    );
    const later = await listPathwayProgress(db, {
      orgId,
      asOf: addDays(cut, HORIZON_DAYS),
      userIds: rows.map((r) => r.userId),
    });
    for (const row of rows) {
      const mastered = new Set(later.get(row.userId)?.mastered ?? []);
      const progressed = row.remainingSkills.some((s) => mastered.has(s));
      examples.push({ learnerId: row.userId, inputs: row.inputs, label: progressed ? 0 : 1 });
    }
  }
  return examples;
}
