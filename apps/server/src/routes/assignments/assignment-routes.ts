import {
  AssignmentBody,
  AssignmentCreatedSchema,
  AssignmentListSchema,
  AssignmentOptionsSchema,
  AssignmentParams,
  AssignmentPatchBody,
  ClassParams,
  MyAssignmentsSchema,
  OrgParams,
} from '@pathwise/contracts';
import { Type } from 'typebox';
import {
  assignmentOptions,
  createAssignment,
  editAssignment,
  listClassAssignments,
  removeAssignment,
} from '../../assignments/manage-assignments.ts';
import { myAssignments } from '../../assignments/my-assignments.ts';
import { orgActor } from '../../identity/actor.ts';
import type { App, AppContext } from '../../runtime/types.ts';
import { learnerOf } from '../learning/learner-of.ts';
import { registerGradebookRoutes } from './gradebook-routes.ts';
import { registerItemSetRoutes } from './item-set-routes.ts';

const STAFF = { roles: ['admin', 'teacher'] } as const;
const LEARNER = { roles: ['learner'], sessionOnly: true } as const;
const tags = ['assignments'];

/**
 * Assignments: a class's teachers (and administrators) set work with a due date, edit and archive it; a learner
 * reads what is due across their classes. The gradebook and a learner's item sets are registered with them.
 */
export function registerAssignmentRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/orgs/:orgId/classes/:classId/assignments',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: "A class's assignments, soonest due first",
        params: ClassParams,
        response: { 200: AssignmentListSchema },
      },
    },
    async (request) => ({
      assignments: await listClassAssignments(ctx, orgActor(request), request.params.classId),
    }),
  );

  app.get(
    '/api/orgs/:orgId/classes/:classId/assignment-options',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'What can be assigned to a class: published pathways and the framework skills',
        params: ClassParams,
        response: { 200: AssignmentOptionsSchema },
      },
    },
    async (request) => assignmentOptions(ctx, orgActor(request), request.params.classId),
  );

  app.post(
    '/api/orgs/:orgId/classes/:classId/assignments',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary:
          'Assign a pathway, skills (each with a target mastery), a published lesson, a project or a set of items ' +
          'of the bank to a class, with a due date',
        params: ClassParams,
        body: AssignmentBody,
        response: { 201: AssignmentCreatedSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createAssignment(ctx, orgActor(request), request.params.classId, request.body)),
  );

  app.patch(
    '/api/orgs/:orgId/classes/:classId/assignments/:assignmentId',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: "Change an assignment's due date, title or instructions",
        params: AssignmentParams,
        body: AssignmentPatchBody,
        response: { 204: Type.Null({ description: 'Changed' }) },
      },
    },
    async (request, reply) => {
      await editAssignment(ctx, orgActor(request), request.params, request.body);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/orgs/:orgId/classes/:classId/assignments/:assignmentId',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Archive an assignment (it leaves the lists and the gradebook)',
        params: AssignmentParams,
        response: { 204: Type.Null({ description: 'Archived' }) },
      },
    },
    async (request, reply) => {
      await removeAssignment(ctx, orgActor(request), request.params);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/orgs/:orgId/my/assignments',
    {
      config: { access: LEARNER },
      schema: {
        tags,
        summary: 'My assignments across my classes, with my progress: not done first, soonest due first',
        params: OrgParams,
        response: { 200: MyAssignmentsSchema },
      },
    },
    async (request) => myAssignments(ctx, learnerOf(request)),
  );

  registerGradebookRoutes(app, ctx);
  registerItemSetRoutes(app, ctx);
}
