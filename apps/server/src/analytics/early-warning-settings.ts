import type { EarlyWarning, RiskConsent, TrainAnswer } from '@pathwise/contracts';
import { RISK_FEATURES } from '@pathwise/core/analytics';
import {
  findEarlyWarningEnabled,
  findRiskConsent,
  recordAudit,
  setEarlyWarningEnabled,
  setRiskConsents,
} from '@pathwise/db';
import { findJobQueue } from '../jobs/job-queue.ts';
import type { AppContext } from '../runtime/types.ts';
import { ANALYTICS_JOBS } from './analytics-jobs.ts';
import { orgRiskModel } from './org-risk-model.ts';
import { refreshOrgAnalytics } from './refresh-org-analytics.ts';
import { scoreOrgRisk } from './score-org-risk.ts';
import { HORIZON_DAYS, trainOrgRiskModel } from './train-org-risk-model.ts';

/** Whether early warning is on, what it predicts, and the model: weights per unit, held-out metrics. */
export async function getEarlyWarning(ctx: AppContext, orgId: string): Promise<EarlyWarning> {
  const { model, trainedAt, metrics } = await orgRiskModel(ctx.db.kysely, orgId);
  return {
    enabled: await findEarlyWarningEnabled(ctx.db.kysely, orgId),
    horizonDays: HORIZON_DAYS,
    model: {
      source: model.source,
      trainedAt: trainedAt?.toISOString() ?? null,
      threshold: model.threshold,
      weights: RISK_FEATURES.map((feature, i) => ({
        feature,
        weight: (model.logistic.weights[i] ?? 0) / (model.logistic.scales[i] ?? 1),
      })),
      // NOTE: models trained before ECE, flagged share and precision were measured lack them: null, not absent.
      metrics: metrics && {
        trainRows: metrics.trainRows,
        testRows: metrics.testRows,
        testLearners: metrics.testLearners,
        positiveRate: metrics.positiveRate,
        auc: metrics.auc,
        baselineAuc: metrics.baselineAuc,
        brier: metrics.brier,
        ece: metrics.ece ?? null,
        calibration: [...metrics.calibration],
        flaggedShare: metrics.flaggedShare ?? null,
        precision: metrics.precision ?? null,
      },
    },
  };
}

/** Turns early warning on or off, with its audit entry. */
export async function setEarlyWarning(
  ctx: AppContext,
  input: { orgId: string; actorUserId: string | null; enabled: boolean },
): Promise<{ enabled: boolean }> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await setEarlyWarningEnabled(trx, input.orgId, input.enabled);
    await recordAudit(trx, {
      orgId: input.orgId,
      actorUserId: input.actorUserId,
      action: 'early_warning.settings_changed',
      targetType: 'organization',
      targetId: input.orgId,
      details: { enabled: input.enabled },
    });
  });
  return { enabled: input.enabled };
}

/** Trains the organization's model now: queued when the job queue runs, else in the request (then rescored). */
export async function trainNow(ctx: AppContext, orgId: string): Promise<TrainAnswer> {
  const queue = findJobQueue(ctx.db);
  if (queue) {
    await queue.enqueue(ctx.db.kysely, ANALYTICS_JOBS.train, { orgId }, { singletonKey: orgId });
    return { queued: true, trained: false };
  }
  await refreshOrgAnalytics(ctx.db.kysely, orgId, ctx.now());
  const metrics = await trainOrgRiskModel(ctx.db.kysely, orgId, ctx.now());
  await scoreOrgRisk(ctx.db.kysely, orgId, ctx.now());
  return { queued: false, trained: metrics !== null };
}

/** The learner's choice about risk scoring (off until they opt in). */
export async function getRiskConsent(
  ctx: AppContext,
  orgId: string,
  userId: string | null,
): Promise<RiskConsent> {
  const consent = userId ? await findRiskConsent(ctx.db.kysely, orgId, userId) : null;
  return { riskScoring: consent === true, chosen: consent !== null };
}

/** Opts the learner in or out; opting out deletes the scores kept about them, in the same transaction. */
export async function setRiskConsent(
  ctx: AppContext,
  input: { orgId: string; userId: string; riskScoring: boolean },
): Promise<RiskConsent> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await setRiskConsents(trx, {
      orgId: input.orgId,
      userIds: [input.userId],
      consent: input.riskScoring,
      now: ctx.now(),
    });
    await recordAudit(trx, {
      orgId: input.orgId,
      actorUserId: input.userId,
      action: 'analytics_consent.changed',
      targetType: 'user',
      targetId: input.userId,
      details: { riskScoring: input.riskScoring },
    });
  });
  return { riskScoring: input.riskScoring, chosen: true };
}
