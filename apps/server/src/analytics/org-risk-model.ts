import { DEFAULT_RISK_MODEL, type RiskModel, type RiskModelMetrics } from '@pathwise/core/analytics';
import { type Database, findLatestRiskModel } from '@pathwise/db';
import type { Kysely } from 'kysely';

/** The model an organization scores with: its latest trained one, else the transparent default. */
export async function orgRiskModel(
  db: Kysely<Database>,
  orgId: string,
): Promise<{ model: RiskModel; trainedAt: Date | null; metrics: RiskModelMetrics | null }> {
  const stored = await findLatestRiskModel(db, orgId);
  if (!stored) return { model: DEFAULT_RISK_MODEL, trainedAt: null, metrics: null };
  return {
    model: stored.model as unknown as RiskModel,
    trainedAt: stored.trainedAt,
    metrics: stored.metrics as unknown as RiskModelMetrics,
  };
}
