import {
  ClassParams,
  GradebookOverrideBody,
  GradebookOverrideQuery,
  GradebookSchema,
} from '@pathwise/contracts';
import { Type } from 'typebox';
import { buildGradebook, gradebookCsv } from '../../assignments/gradebook.ts';
import { clearGradebookOverride, setGradebookOverride } from '../../assignments/gradebook-overrides.ts';
import { orgActor } from '../../identity/actor.ts';
import type { App, AppContext } from '../../runtime/types.ts';

const STAFF = { roles: ['admin', 'teacher'] } as const;
const tags = ['assignments'];

/** A class's gradebook (JSON and CSV) and the teacher's overrides of its cells. */
export function registerGradebookRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/orgs/:orgId/classes/:classId/gradebook',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Learners × assignments: status, mastery, late, overrides',
        params: ClassParams,
        response: { 200: GradebookSchema },
      },
    },
    async (request) => buildGradebook(ctx, orgActor(request), request.params.classId),
  );

  app.get(
    '/api/orgs/:orgId/classes/:classId/gradebook.csv',
    {
      config: { access: STAFF },
      schema: { tags, summary: 'The gradebook as CSV, a row per learner × assignment', params: ClassParams },
    },
    async (request, reply) => {
      const csv = await gradebookCsv(ctx, orgActor(request), {
        classId: request.params.classId,
        lang: request.headers['accept-language']?.startsWith('es') ? 'es' : 'en',
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="gradebook.csv"')
        .send(csv);
    },
  );

  app.put(
    '/api/orgs/:orgId/classes/:classId/gradebook/overrides',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: "Override a learner's status on an assignment, with a reason (audited)",
        params: ClassParams,
        body: GradebookOverrideBody,
        response: { 204: Type.Null({ description: 'Set' }) },
      },
    },
    async (request, reply) => {
      await setGradebookOverride(ctx, orgActor(request), request.params.classId, request.body);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/orgs/:orgId/classes/:classId/gradebook/overrides',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: "Clear the override of a learner's status on an assignment (audited)",
        params: ClassParams,
        querystring: GradebookOverrideQuery,
        response: { 204: Type.Null({ description: 'Cleared' }) },
      },
    },
    async (request, reply) => {
      await clearGradebookOverride(ctx, orgActor(request), request.params.classId, request.query);
      return reply.status(204).send(null);
    },
  );
}
