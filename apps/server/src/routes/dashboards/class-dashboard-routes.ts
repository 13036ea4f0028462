import { AppError } from '@pathwise/core';
import {
  addIntervention,
  classHeatmap,
  findClassRole,
  learnerTimeline,
  listInterventions,
  recordAudit,
} from '@pathwise/db';
import { agentKey, installationIris } from '@pathwise/xapi';
import { Type } from 'typebox';
import { actorUser } from '../../identity/actor.ts';
import { ANALYTICS_JOBS } from '../../jobs/analytics-jobs.ts';
import { findJobQueue } from '../../jobs/job-queue.ts';
import { orgOf } from '../../plugins/access.ts';
import type { App, AppContext } from '../../types.ts';
import { getVisibleClass } from '../classes/class-access.ts';
import { ClassParams } from '../classes/class-schemas.ts';
import { buildClassDashboard } from './class-dashboard.ts';
import {
  ClassCsvQuery,
  ClassDashboardSchema,
  DashboardQuery,
  InterventionBody,
  InterventionSchema,
} from './dashboard-schemas.ts';
import { toCsv } from './to-csv.ts';

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
      const orgId = orgOf(request).id;
      // Opening a dashboard asks for fresh aggregates; the queue keeps one such job per organization.
      await findJobQueue(ctx.db)?.enqueue(
        ctx.db.kysely,
        ANALYTICS_JOBS.refresh,
        { orgId },
        { singletonKey: orgId },
      );
      return buildClassDashboard(ctx.db.kysely, {
        orgId,
        classId: found.id,
        now: ctx.now(),
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
      const orgId = orgOf(request).id;
      const table = request.query.table;
      const lang = request.headers['accept-language']?.startsWith('es') ? 'es' : 'en';
      const d = await buildClassDashboard(ctx.db.kysely, {
        orgId,
        classId: found.id,
        now: ctx.now(),
        offset: 0,
        limit: 1,
        weeks: 52,
      });
      let csv: string;
      if (table === 'heatmap') {
        const all = await classHeatmap(ctx.db.kysely, {
          orgId,
          classId: found.id,
          skillIds: d.skills.map((s) => s.id),
          limit: 100_000,
          offset: 0,
        });
        csv = toCsv(
          ['learner', ...d.skills.map((s) => s.name[lang])],
          all.learners.map((l) => [l.name, ...d.skills.map((s) => l.cells[s.id]?.estimate.toFixed(2) ?? '')]),
        );
      } else if (table === 'engagement') {
        csv = toCsv(
          ['week', 'active_learners', 'answers', 'right_answers', 'minutes'],
          d.engagement.map((w) => [w.week, w.activeLearners, w.attempts, w.correct, w.minutes]),
        );
      } else if (table === 'skills') {
        csv = toCsv(
          ['skill', 'mean_estimate', 'practised', 'mastered', 'struggling'],
          d.struggling.map((s) => [
            s.name[lang],
            s.meanEstimate.toFixed(3),
            s.practised,
            s.mastered,
            s.struggling,
          ]),
        );
      } else if (table === 'risk') {
        csv = toCsv(
          ['learner', 'probability', 'reasons', 'suggested_action'],
          d.risk.learners.map((r) => [
            r.name,
            r.probability.toFixed(3),
            r.reasons.map((x) => x.text[lang]).join('; '),
            r.suggestedAction[lang],
          ]),
        );
      } else {
        csv = toCsv(
          ['date', 'learner', 'teacher', 'action', 'note'],
          d.interventions.map((i) => [i.createdAt, i.learnerName, i.teacherName, i.action, i.note]),
        );
      }
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
        summary: "One learner's timeline: recent statements, mastery history, daily activity, interventions",
        params: Type.Object({ orgId: Type.String(), classId: Type.String(), userId: Type.String() }),
        response: {
          200: Type.Object({
            statements: Type.Array(Type.Any()),
            mastery: Type.Array(
              Type.Object({
                skillId: Type.String(),
                at: Type.String(),
                estimate: Type.Number(),
                mastered: Type.Boolean(),
              }),
            ),
            days: Type.Array(
              Type.Object({
                day: Type.String(),
                attempts: Type.Integer(),
                correct: Type.Integer(),
                minutes: Type.Integer(),
              }),
            ),
            interventions: Type.Array(InterventionSchema),
          }),
        },
      },
    },
    async (request) => {
      const found = await getVisibleClass(ctx, request, request.params.classId);
      const orgId = orgOf(request).id;
      const userId = request.params.userId;
      if (
        !/^[0-9a-f-]{36}$/i.test(userId) ||
        (await findClassRole(ctx.db.kysely, orgId, found.id, userId)) !== 'learner'
      ) {
        throw new AppError('not_found', 'No such learner in this class');
      }
      const home = installationIris(ctx.config.publicUrl).accountHomePage;
      const key = agentKey({ objectType: 'Agent', account: { homePage: home, name: userId } })!;
      const t = await learnerTimeline(ctx.db.kysely, { orgId, agentKey: key, userId, limit: 100 });
      const interventions = await listInterventions(ctx.db.kysely, {
        orgId,
        classId: found.id,
        learnerId: userId,
      });
      return {
        statements: t.statements,
        mastery: t.mastery.map((m) => ({ ...m, at: m.at.toISOString() })),
        days: t.days,
        interventions: interventions.map((i) => ({ ...i, createdAt: i.createdAt.toISOString() })),
      };
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
        response: { 200: Type.Object({ interventions: Type.Array(InterventionSchema) }) },
      },
    },
    async (request) => {
      const found = await getVisibleClass(ctx, request, request.params.classId);
      const rows = await listInterventions(ctx.db.kysely, { orgId: orgOf(request).id, classId: found.id });
      return { interventions: rows.map((i) => ({ ...i, createdAt: i.createdAt.toISOString() })) };
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
        response: { 201: Type.Object({ id: Type.String() }) },
      },
    },
    async (request, reply) => {
      const found = await getVisibleClass(ctx, request, request.params.classId);
      const orgId = orgOf(request).id;
      if ((await findClassRole(ctx.db.kysely, orgId, found.id, request.body.learnerId)) !== 'learner') {
        throw new AppError('validation_failed', 'That person is not a learner of this class', [
          { field: 'body/learnerId', message: 'not a learner of this class' },
        ]);
      }
      const row = await ctx.db.kysely.transaction().execute(async (trx) => {
        const created = await addIntervention(trx, {
          orgId,
          classId: found.id,
          learnerId: request.body.learnerId,
          teacherId: actorUser(request.principal),
          action: request.body.action,
          note: request.body.note,
          at: ctx.now(),
        });
        await recordAudit(trx, {
          orgId,
          actorUserId: actorUser(request.principal),
          action: 'intervention.recorded',
          targetType: 'user',
          targetId: request.body.learnerId,
          details: { classId: found.id, action: request.body.action },
        });
        return created;
      });
      return reply.status(201).send(row);
    },
  );
}
