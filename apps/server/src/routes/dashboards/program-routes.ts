import {
  EarlyWarningSchema,
  EarlyWarningSettingsBody,
  EarlyWarningSettingsSchema,
  OrgParams,
  ProgramCsvQuery,
  ProgramFiguresSchema,
  RiskConsentBody,
  RiskConsentSchema,
  TrainAnswerSchema,
} from '@pathwise/contracts';
import {
  getEarlyWarning,
  getRiskConsent,
  setEarlyWarning,
  setRiskConsent,
  trainNow,
} from '../../analytics/early-warning-settings.ts';
import { getProgramFigures, programCsv } from '../../analytics/program-figures.ts';
import { actorUser } from '../../identity/actor.ts';
import { orgOf } from '../../plugins/access.ts';
import type { App, AppContext } from '../../runtime/types.ts';

const ADMIN = { roles: ['admin'] } as const;

/** Program dashboards and CSV for administrators; early-warning settings and model; learners' consent. */
export function registerProgramRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/orgs/:orgId/analytics/program',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['dashboards'],
        summary:
          'Program dashboard: active learners, completion, credentials, risk over time, by class and pathway',
        params: OrgParams,
        response: { 200: ProgramFiguresSchema },
      },
    },
    async (request) => getProgramFigures(ctx.db.kysely, orgOf(request).id, ctx.now()),
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
      const table = request.query.table;
      const csv = await programCsv(ctx.db.kysely, {
        orgId: orgOf(request).id,
        now: ctx.now(),
        table,
        lang: request.headers['accept-language']?.startsWith('es') ? 'es' : 'en',
      });
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
        summary:
          'Whether early warning is on, what it predicts, and the model: weights, held-out AUC, calibration',
        params: OrgParams,
        response: { 200: EarlyWarningSchema },
      },
    },
    async (request) => getEarlyWarning(ctx, orgOf(request).id),
  );

  app.patch(
    '/api/orgs/:orgId/early-warning/settings',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['early-warning'],
        summary: 'Turn early warning on or off for the organization',
        params: OrgParams,
        body: EarlyWarningSettingsBody,
        response: { 200: EarlyWarningSettingsSchema },
      },
    },
    async (request) =>
      setEarlyWarning(ctx, {
        orgId: orgOf(request).id,
        actorUserId: actorUser(request.principal),
        enabled: request.body.enabled,
      }),
  );

  app.post(
    '/api/orgs/:orgId/early-warning/train',
    {
      config: { access: ADMIN },
      schema: {
        tags: ['early-warning'],
        summary: "Train the organization's model now (a background job when the queue runs)",
        params: OrgParams,
        response: { 200: TrainAnswerSchema, 202: TrainAnswerSchema },
      },
    },
    async (request, reply) => {
      const answer = await trainNow(ctx, orgOf(request).id);
      return reply.status(answer.queued ? 202 : 200).send(answer);
    },
  );

  app.get(
    '/api/orgs/:orgId/analytics-consent',
    {
      config: { access: { roles: ['learner'] } },
      schema: {
        tags: ['early-warning'],
        summary: "The learner's choice about early-warning risk scoring (off until they opt in)",
        params: OrgParams,
        response: { 200: RiskConsentSchema },
      },
    },
    async (request) => getRiskConsent(ctx, orgOf(request).id, actorUser(request.principal)),
  );

  app.patch(
    '/api/orgs/:orgId/analytics-consent',
    {
      config: { access: { roles: ['learner'], sessionOnly: true } },
      schema: {
        tags: ['early-warning'],
        summary: 'Opt in to or out of risk scoring; opting out deletes the scores kept about the learner',
        params: OrgParams,
        body: RiskConsentBody,
        response: { 200: RiskConsentSchema },
      },
    },
    async (request) =>
      setRiskConsent(ctx, {
        orgId: orgOf(request).id,
        userId: actorUser(request.principal)!,
        riskScoring: request.body.riskScoring,
      }),
  );
}
