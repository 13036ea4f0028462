import { RISK_FEATURES } from '@pathwise/core/analytics';
import {
  findEarlyWarningEnabled,
  findRiskConsent,
  listPathways,
  programFigures,
  recordAudit,
  setEarlyWarningEnabled,
  setRiskConsents,
} from '@pathwise/db';
import { Type } from 'typebox';
import { utcDay } from '../../analytics/analytics-dates.ts';
import { orgRiskModel } from '../../analytics/org-risk-model.ts';
import { refreshOrgAnalytics } from '../../analytics/refresh-org-analytics.ts';
import { scoreOrgRisk } from '../../analytics/score-org-risk.ts';
import { trainOrgRiskModel } from '../../analytics/train-org-risk-model.ts';
import { actorUser } from '../../identity/actor.ts';
import { ANALYTICS_JOBS } from '../../jobs/analytics-jobs.ts';
import { findJobQueue } from '../../jobs/job-queue.ts';
import { orgOf } from '../../plugins/access.ts';
import { OrgParams } from '../../presenters.ts';
import type { App, AppContext } from '../../types.ts';
import { LocalizedSchema, ProgramCsvQuery } from './dashboard-schemas.ts';
import { toCsv } from './to-csv.ts';

const ADMIN = { roles: ['admin'] } as const;

const ProgramSchema = Type.Object({
  totals: Type.Object({
    learners: Type.Integer(),
    activeLearners7d: Type.Integer(),
    enrolments: Type.Integer(),
    completed: Type.Integer(),
    credentials: Type.Integer(),
  }),
  classes: Type.Array(
    Type.Object({
      classId: Type.String(),
      name: Type.String(),
      learners: Type.Integer(),
      active7d: Type.Integer(),
      atRisk: Type.Integer(),
      scored: Type.Integer(),
    }),
  ),
  pathways: Type.Array(
    Type.Object({
      pathwayId: Type.String(),
      name: LocalizedSchema,
      enrolled: Type.Integer(),
      active7d: Type.Integer(),
      completed: Type.Integer(),
    }),
  ),
  riskOverTime: Type.Array(
    Type.Object({ week: Type.String(), scored: Type.Integer(), atRisk: Type.Integer() }),
  ),
});

/** Program dashboards and CSV for administrators; early-warning settings and model; learners' consent. */
export function registerProgramRoutes(app: App, ctx: AppContext): void {
  const figures = async (orgId: string) => {
    const f = await programFigures(ctx.db.kysely, { orgId, today: utcDay(ctx.now()) });
    const names = new Map((await listPathways(ctx.db.kysely, orgId)).map((p) => [p.id, p.name]));
    return {
      ...f,
      pathways: f.pathways.map((p) => ({
        ...p,
        name: names.get(p.pathwayId) ?? { en: p.pathwayId, es: p.pathwayId },
      })),
    };
  };

  app.get(
    '/api/orgs/:orgId/analytics/program',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['dashboards'],
        summary:
          'Program dashboard: active learners, completion, credentials, risk over time, by class and pathway',
        params: OrgParams,
        response: { 200: ProgramSchema },
      },
    },
    async (request) => figures(orgOf(request).id),
  );

  app.get(
    '/api/orgs/:orgId/analytics/program.csv',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['dashboards'],
        summary: 'One table of the program dashboard as CSV',
        params: OrgParams,
        querystring: ProgramCsvQuery,
      },
    },
    async (request, reply) => {
      const f = await figures(orgOf(request).id);
      const lang = request.headers['accept-language']?.startsWith('es') ? 'es' : 'en';
      const table = request.query.table;
      const csv =
        table === 'totals'
          ? toCsv(Object.keys(f.totals), [Object.values(f.totals)])
          : table === 'classes'
            ? toCsv(
                ['class', 'learners', 'active_7d', 'at_risk', 'scored'],
                f.classes.map((c) => [c.name, c.learners, c.active7d, c.atRisk, c.scored]),
              )
            : table === 'pathways'
              ? toCsv(
                  ['pathway', 'enrolled', 'active_7d', 'completed'],
                  f.pathways.map((p) => [p.name[lang], p.enrolled, p.active7d, p.completed]),
                )
              : toCsv(
                  ['week', 'scored', 'at_risk'],
                  f.riskOverTime.map((r) => [r.week, r.scored, r.atRisk]),
                );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="program-${table}.csv"`)
        .send(csv);
    },
  );

  app.get(
    '/api/orgs/:orgId/early-warning',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['early-warning'],
        summary: 'Whether early warning is on, and the model: weights, held-out AUC and calibration',
        params: OrgParams,
        response: {
          200: Type.Object({
            enabled: Type.Boolean(),
            model: Type.Object({
              source: Type.String(),
              trainedAt: Type.Union([Type.String(), Type.Null()]),
              threshold: Type.Number(),
              weights: Type.Array(Type.Object({ feature: Type.String(), weight: Type.Number() })),
              metrics: Type.Union([Type.Record(Type.String(), Type.Any()), Type.Null()]),
            }),
          }),
        },
      },
    },
    async (request) => {
      const orgId = orgOf(request).id;
      const { model, trainedAt, metrics } = await orgRiskModel(ctx.db.kysely, orgId);
      return {
        enabled: await findEarlyWarningEnabled(ctx.db.kysely, orgId),
        model: {
          source: model.source,
          trainedAt: trainedAt?.toISOString() ?? null,
          threshold: model.threshold,
          weights: RISK_FEATURES.map((feature, i) => ({
            feature,
            weight: (model.logistic.weights[i] ?? 0) / (model.logistic.scales[i] ?? 1),
          })),
          metrics: metrics as unknown as Record<string, unknown> | null,
        },
      };
    },
  );

  app.patch(
    '/api/orgs/:orgId/early-warning/settings',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['early-warning'],
        summary: 'Turn early warning on or off for the organization',
        params: OrgParams,
        body: Type.Object({ enabled: Type.Boolean() }, { additionalProperties: false }),
        response: { 200: Type.Object({ enabled: Type.Boolean() }) },
      },
    },
    async (request) => {
      const orgId = orgOf(request).id;
      await ctx.db.kysely.transaction().execute(async (trx) => {
        await setEarlyWarningEnabled(trx, orgId, request.body.enabled);
        await recordAudit(trx, {
          orgId,
          actorUserId: actorUser(request.principal),
          action: 'early_warning.settings_changed',
          targetType: 'organization',
          targetId: orgId,
          details: { enabled: request.body.enabled },
        });
      });
      return { enabled: request.body.enabled };
    },
  );

  app.post(
    '/api/orgs/:orgId/early-warning/train',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['early-warning'],
        summary: "Train the organization's model now (a background job when the queue runs)",
        params: OrgParams,
        response: {
          200: Type.Object({ queued: Type.Boolean(), trained: Type.Boolean() }),
          202: Type.Object({ queued: Type.Boolean(), trained: Type.Boolean() }),
        },
      },
    },
    async (request, reply) => {
      const orgId = orgOf(request).id;
      const queue = findJobQueue(ctx.db);
      if (queue) {
        await queue.enqueue(ctx.db.kysely, ANALYTICS_JOBS.train, { orgId }, { singletonKey: orgId });
        return reply.status(202).send({ queued: true, trained: false });
      }
      await refreshOrgAnalytics(ctx.db.kysely, orgId, ctx.now());
      const metrics = await trainOrgRiskModel(ctx.db.kysely, orgId, ctx.now());
      await scoreOrgRisk(ctx.db.kysely, orgId, ctx.now());
      return { queued: false, trained: metrics !== null };
    },
  );

  const ConsentSchema = Type.Object({ riskScoring: Type.Boolean(), chosen: Type.Boolean() });
  app.get(
    '/api/orgs/:orgId/analytics-consent',
    {
      config: { access: { roles: ['learner'] } },
      schema: {
        tags: ['early-warning'],
        summary: "The learner's choice about early-warning risk scoring (off until they opt in)",
        params: OrgParams,
        response: { 200: ConsentSchema },
      },
    },
    async (request) => {
      const userId = actorUser(request.principal);
      const consent = userId ? await findRiskConsent(ctx.db.kysely, orgOf(request).id, userId) : null;
      return { riskScoring: consent === true, chosen: consent !== null };
    },
  );

  app.patch(
    '/api/orgs/:orgId/analytics-consent',
    {
      config: { access: { roles: ['learner'], sessionOnly: true } },
      schema: {
        tags: ['early-warning'],
        summary: 'Opt in to or out of risk scoring; opting out deletes the scores kept about the learner',
        params: OrgParams,
        body: Type.Object({ riskScoring: Type.Boolean() }, { additionalProperties: false }),
        response: { 200: ConsentSchema },
      },
    },
    async (request) => {
      const orgId = orgOf(request).id;
      const userId = actorUser(request.principal)!;
      await ctx.db.kysely.transaction().execute(async (trx) => {
        await setRiskConsents(trx, {
          orgId,
          userIds: [userId],
          consent: request.body.riskScoring,
          now: ctx.now(),
        });
        await recordAudit(trx, {
          orgId,
          actorUserId: userId,
          action: 'analytics_consent.changed',
          targetType: 'user',
          targetId: userId,
          details: { riskScoring: request.body.riskScoring },
        });
      });
      return { riskScoring: request.body.riskScoring, chosen: true };
    },
  );
}
