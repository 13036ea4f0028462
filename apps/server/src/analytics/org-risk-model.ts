import { DEFAULT_RISK_MODEL, type RiskModel, type StoredRiskModelMetrics } from '@pathwise/core/analytics';
import { type Database, findLatestRiskModel } from '@pathwise/db';
import type { Kysely } from 'kysely';

/** The model an organization scores with: its latest trained one, else the transparent default. */
export async function orgRiskModel(
  db: Kysely<Database>,
  orgId: string,
): Promise<{ model: RiskModel; trainedAt: Date | null; metrics: StoredRiskModelMetrics | null }> {
  return (
    (await findLatestRiskModel(db, orgId)) ?? { model: DEFAULT_RISK_MODEL, trainedAt: null, metrics: null }
  );
}
