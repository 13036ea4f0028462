import { type RiskExample, trainRiskModel } from '@pathwise/core/analytics';
import {
  type Database,
  findActivitySpan,
  listActiveBetween,
  listConsentingLearners,
  saveRiskModel,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { addDays, daysBetween, utcDay } from './analytics-dates.ts';
import { riskInputsAt } from './risk-inputs-at.ts';

/** The outcome the model predicts: no activity at all in the next this-many days. */
export const HORIZON_DAYS = 14;

/**
 * Trains the organization's early-warning model on its own history: consenting learners at weekly cut-offs
 * (from two weeks after the first activity to {@link HORIZON_DAYS} before today), labelled by whether they then
 * went {@link HORIZON_DAYS} days without any activity. Learners who had already stopped for longer than the
 * horizon are left out of a cut-off: the model is for those still reachable. Stores the model with its held-out
 * metrics; returns them, or null when there is not enough history yet.
 */
export async function trainOrgRiskModel(db: Kysely<Database>, orgId: string, now: Date) {
  const examples = await collectRiskExamples(db, orgId, utcDay(now));
  const trained = trainRiskModel(examples);
  if (!trained) return null;
  await saveRiskModel(db, {
    orgId,
    model: trained.model as unknown as Record<string, unknown>,
    metrics: { ...trained.metrics, examples: examples.length } as unknown as Record<string, unknown>,
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
    const active = await listActiveBetween(db, { orgId, from: cut, to: addDays(cut, HORIZON_DAYS) });
    for (const row of await riskInputsAt(db, orgId, cut, learners)) {
      if (!row.started || (row.inputs.daysInactive ?? 0) > HORIZON_DAYS) continue;
      examples.push({ learnerId: row.userId, inputs: row.inputs, label: active.has(row.userId) ? 0 : 1 });
    }
  }
  return examples;
}
