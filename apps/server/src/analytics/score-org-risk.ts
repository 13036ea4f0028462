import { riskReasons, scoreRisk } from '@pathwise/core/analytics';
import {
  type Database,
  findEarlyWarningEnabled,
  listConsentingLearners,
  type RiskScoreRow,
  saveRiskHistory,
  saveRiskScores,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { utcDay, weekOf } from './analytics-dates.ts';
import { orgRiskModel } from './org-risk-model.ts';
import { riskInputsAt } from './risk-inputs-at.ts';

/**
 * Scores every consenting learner of an organization that enabled early warning, as of `now`: replaces the
 * current scores (with reasons) and writes this week's point of the risk history. Returns how many were scored.
 * Learners who never started are not scored (there is nothing to read yet), nor those with nothing left on their
 * pathways: a learner who finished is not at risk.
 */
export async function scoreOrgRisk(db: Kysely<Database>, orgId: string, now: Date): Promise<number> {
  if (!(await findEarlyWarningEnabled(db, orgId))) return 0;
  const rows = await scoreAt(db, orgId, utcDay(now));
  await db
    .transaction()
    .execute((trx) => saveRiskScores(trx, { orgId, rows, at: now, week: weekOf(utcDay(now)) }));
  return rows.length;
}

/** Writes the weekly risk history for past weeks (the Sunday that ends each week), e.g. after a model is trained. */
export async function backfillRiskHistory(
  db: Kysely<Database>,
  orgId: string,
  weekEnds: readonly string[],
): Promise<void> {
  if (!(await findEarlyWarningEnabled(db, orgId))) return;
  for (const day of weekEnds) {
    const rows = await scoreAt(db, orgId, day);
    await saveRiskHistory(db, { orgId, week: weekOf(day), rows });
  }
}

async function scoreAt(db: Kysely<Database>, orgId: string, day: string): Promise<RiskScoreRow[]> {
  const { model } = await orgRiskModel(db, orgId);
  const learners = await listConsentingLearners(db, orgId);
  const inputs = await riskInputsAt(db, orgId, day, learners);
  return inputs
    .filter((l) => l.started && l.remainingSkills.length > 0)
    .map(({ userId, inputs: x }) => {
      const { probability, contributions } = scoreRisk(model, x);
      const atRisk = probability >= model.threshold;
      return {
        userId,
        probability,
        atRisk,
        features: { ...x, contributions },
        reasons: atRisk ? riskReasons(x, contributions) : [],
      };
    });
}
