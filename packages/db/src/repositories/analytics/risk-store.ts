import {
  parseRiskModel,
  parseRiskModelMetrics,
  type RiskModel,
  type RiskReason,
  type RiskScoreFeatures,
  type StoredRiskModelMetrics,
} from '@pathwise/core/analytics';
import { parseOrganizationSettings } from '@pathwise/core/identity';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';

/** Whether the organization shows early-warning risk to teachers (organizations.settings.earlyWarning). */
export async function findEarlyWarningEnabled(db: Kysely<Database>, orgId: string): Promise<boolean> {
  const row = await db
    .selectFrom('organizations')
    .select('settings')
    .where('id', '=', orgId)
    .executeTakeFirst();
  return row ? parseOrganizationSettings(row.settings).earlyWarning?.enabled === true : false;
}

/** Turns early warning on or off for an organization, keeping its other settings. */
export async function setEarlyWarningEnabled(
  db: Kysely<Database>,
  orgId: string,
  enabled: boolean,
): Promise<void> {
  await sql`update organizations
    set settings = jsonb_set(coalesce(settings, '{}'::jsonb), '{earlyWarning}', ${JSON.stringify({ enabled })}::jsonb)
    where id = ${orgId}`.execute(db);
}

/** A learner's choice about risk scoring in an organization; null when they never chose. */
export async function findRiskConsent(
  db: Kysely<Database>,
  orgId: string,
  userId: string,
): Promise<boolean | null> {
  const row = await db
    .selectFrom('analytics_consents')
    .select('risk_scoring')
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.risk_scoring ?? null;
}

/** Records learners' choices about risk scoring. */
export async function setRiskConsents(
  db: Kysely<Database>,
  input: { orgId: string; userIds: readonly string[]; consent: boolean; now: Date },
): Promise<void> {
  if (input.userIds.length === 0) return;
  await db
    .insertInto('analytics_consents')
    .values(
      input.userIds.map((u) => ({
        org_id: input.orgId,
        user_id: u,
        risk_scoring: input.consent,
        updated_at: input.now,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['org_id', 'user_id']).doUpdateSet({ risk_scoring: input.consent, updated_at: input.now }),
    )
    .execute();
  if (!input.consent) {
    // Withdrawing consent removes what was computed about the learner, not only its display.
    await db
      .deleteFrom('risk_scores')
      .where('org_id', '=', input.orgId)
      .where('user_id', 'in', input.userIds)
      .execute();
    await db
      .deleteFrom('risk_history')
      .where('org_id', '=', input.orgId)
      .where('user_id', 'in', input.userIds)
      .execute();
  }
}

/** Learners of the organization who consented to risk scoring. */
export async function listConsentingLearners(db: Kysely<Database>, orgId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('analytics_consents as c')
    .innerJoin('memberships as m', (j) =>
      j.onRef('m.org_id', '=', 'c.org_id').onRef('m.user_id', '=', 'c.user_id'),
    )
    .select('c.user_id')
    .where('c.org_id', '=', orgId)
    .where('c.risk_scoring', '=', true)
    .where('m.role', '=', 'learner')
    .execute();
  return rows.map((r) => r.user_id);
}

/** Stores a newly trained model with its held-out metrics. */
export async function saveRiskModel(
  db: Kysely<Database>,
  input: { orgId: string; model: RiskModel; metrics: StoredRiskModelMetrics; at: Date },
): Promise<void> {
  await db
    .insertInto('risk_models')
    .values({
      org_id: input.orgId,
      trained_at: input.at,
      model: JSON.stringify(input.model),
      metrics: JSON.stringify(input.metrics),
    })
    .execute();
}

/**
 * The organization's latest trained model, or null; its model and metrics checked (`parseRiskModel`,
 * `parseRiskModelMetrics`).
 */
export async function findLatestRiskModel(
  db: Kysely<Database>,
  orgId: string,
): Promise<{ trainedAt: Date; model: RiskModel; metrics: StoredRiskModelMetrics } | null> {
  const row = await db
    .selectFrom('risk_models')
    .select(['trained_at', 'model', 'metrics'])
    .where('org_id', '=', orgId)
    .orderBy('trained_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  return {
    trainedAt: row.trained_at,
    model: parseRiskModel(row.model),
    metrics: parseRiskModelMetrics(row.metrics),
  };
}

/** One learner's current score. */
export interface RiskScoreRow {
  userId: string;
  probability: number;
  atRisk: boolean;
  features: RiskScoreFeatures;
  reasons: readonly RiskReason[];
}

/**
 * Replaces the organization's current scores and writes this week's point of each learner's risk history
 * (`week` is the Monday, `YYYY-MM-DD`).
 */
export async function saveRiskScores(
  db: Kysely<Database>,
  input: { orgId: string; rows: readonly RiskScoreRow[]; at: Date; week: string },
): Promise<void> {
  await db.deleteFrom('risk_scores').where('org_id', '=', input.orgId).execute();
  for (let i = 0; i < input.rows.length; i += 1000) {
    const chunk = input.rows.slice(i, i + 1000);
    await db
      .insertInto('risk_scores')
      .values(
        chunk.map((r) => ({
          org_id: input.orgId,
          user_id: r.userId,
          scored_at: input.at,
          probability: r.probability,
          at_risk: r.atRisk,
          features: JSON.stringify(r.features),
          reasons: JSON.stringify(r.reasons),
        })),
      )
      .execute();
    await saveRiskHistory(db, { orgId: input.orgId, week: input.week, rows: chunk });
  }
}

/** Writes learners' risk points for one week (replacing that week's earlier points). */
export async function saveRiskHistory(
  db: Kysely<Database>,
  input: {
    orgId: string;
    week: string;
    rows: readonly Pick<RiskScoreRow, 'userId' | 'probability' | 'atRisk'>[];
  },
): Promise<void> {
  if (input.rows.length === 0) return;
  await db
    .insertInto('risk_history')
    .values(
      input.rows.map((r) => ({
        org_id: input.orgId,
        user_id: r.userId,
        week: input.week,
        probability: r.probability,
        at_risk: r.atRisk,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['org_id', 'user_id', 'week']).doUpdateSet((eb) => ({
        probability: eb.ref('excluded.probability'),
        at_risk: eb.ref('excluded.at_risk'),
      })),
    )
    .execute();
}

/** Organizations that enabled early warning. */
export async function listOrgsWithEarlyWarning(db: Kysely<Database>): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    select id from organizations where settings->'earlyWarning'->>'enabled' = 'true'`.execute(db);
  return rows.rows.map((r) => r.id);
}
