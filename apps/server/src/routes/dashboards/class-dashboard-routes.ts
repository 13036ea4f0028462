import {
  ClassCsvQuery,
  ClassDashboardSchema,
  ClassParams,
  DashboardQuery,
  InterventionBody,
  InterventionCreatedSchema,
  InterventionListSchema,
  TimelineParams,
  TimelineSchema,
} from '@pathwise/contracts';
import { classDashboardCsv } from '../../analytics/class-dashboard-csv.ts';
import { listClassInterventions, recordIntervention } from '../../analytics/class-interventions.ts';
import { getLearnerTimeline } from '../../analytics/learner-timeline.ts';
import { openClassDashboard } from '../../analytics/open-class-dashboard.ts';
import { actorUser } from '../../identity/actor.ts';
import { orgOf } from '../../plugins/access.ts';
import type { App, AppContext } from '../../runtime/types.ts';
import { getVisibleClass } from '../classes/class-access.ts';

const STAFF = { roles: ['admin', 'teacher'] } as const;

/** The teacher's class dashboard, its CSV tables, a learner's timeline, and the intervention log. */
export function registerClassDashboardRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/orgs/:orgId/classes/:classId/dashboard',
    {
      config: { access: STAFF },
      schema: {
        tags: ['dashboards'],
        summary: 'Class dashboard: heatmap page, weekly engagement, struggling skills, at-risk learners, log',
        params: ClassParams,
        querystring: DashboardQuery,
        response: { 200: ClassDashboardSchema },
      },
    },
    async (request) => {
      const found = await getVisibleClass(ctx, request, request.params.classId);
      return openClassDashboard(ctx, {
        orgId: orgOf(request).id,
        classId: found.id,
        offset: request.query.offset ?? 0,
        limit: request.query.limit ?? 40,
        weeks: request.query.weeks ?? 12,
      });
    },
  );

  app.get(
    '/api/orgs/:orgId/classes/:classId/dashboard.csv',
    {
      config: { access: STAFF },
      schema: {
        tags: ['dashboards'],
        summary: 'One table of the class dashboard as CSV',
        params: ClassParams,
        querystring: ClassCsvQuery,
      },
    },
    async (request, reply) => {
      const found = await getVisibleClass(ctx, request, request.params.classId);
      const table = request.query.table;
      const csv = await classDashboardCsv(ctx.db.kysely, {
        orgId: orgOf(request).id,
        classId: found.id,
        now: ctx.now(),
        table,
        lang: request.headers['accept-language']?.startsWith('es') ? 'es' : 'en',
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="class-${table}.csv"`)
        .send(csv);
    },
  );

  app.get(
    '/api/orgs/:orgId/classes/:classId/learners/:userId/timeline',
    {
      config: { access: STAFF },
      schema: {
        tags: ['dashboards'],
        summary: "One learner's timeline: recent events, mastery history, daily activity, interventions",
        params: TimelineParams,
        response: { 200: TimelineSchema },
      },
    },
    async (request) => {
      const found = await getVisibleClass(ctx, request, request.params.classId);
      return getLearnerTimeline(ctx.db.kysely, {
        orgId: orgOf(request).id,
        classId: found.id,
        userId: request.params.userId,
        publicUrl: ctx.config.publicUrl,
      });
    },
  );

  app.get(
    '/api/orgs/:orgId/classes/:classId/interventions',
    {
      config: { access: STAFF },
      schema: {
        tags: ['dashboards'],
        summary: "The class's intervention log, newest first",
        params: ClassParams,
        response: { 200: InterventionListSchema },
      },
    },
    async (request) => {
      const found = await getVisibleClass(ctx, request, request.params.classId);
      return listClassInterventions(ctx.db.kysely, { orgId: orgOf(request).id, classId: found.id });
    },
  );

  app.post(
    '/api/orgs/:orgId/classes/:classId/interventions',
    {
      config: { access: STAFF },
      schema: {
        tags: ['dashboards'],
        summary: 'Record what was done for a learner of the class',
        params: ClassParams,
        body: InterventionBody,
        response: { 201: InterventionCreatedSchema },
      },
    },
    async (request, reply) => {
      const found = await getVisibleClass(ctx, request, request.params.classId);
      const created = await recordIntervention(ctx.db.kysely, {
        orgId: orgOf(request).id,
        classId: found.id,
        teacherId: actorUser(request.principal),
        body: request.body,
        now: ctx.now(),
      });
      return reply.status(201).send(created);
    },
  );
}
