import {
  MyProjectParams,
  ProjectAssessedSchema,
  ProjectAssessmentBody,
  ProjectFileParams,
  ProjectSubmissionBody,
  ProjectSubmissionListSchema,
  ProjectSubmissionParams,
  ProjectViewSchema,
} from '@pathwise/contracts';
import { Type } from 'typebox';
import { orgActor } from '../../identity/actor.ts';
import {
  assessProject,
  listProjectSubmissions,
  readProjectSubmission,
} from '../../projects/assess-project.ts';
import { downloadProjectFile } from '../../projects/project-files.ts';
import { getMyProject, submitProject } from '../../projects/submit-project.ts';
import type { App, AppContext } from '../../runtime/types.ts';
import { learnerOf } from '../learning/learner-of.ts';

const STAFF = { roles: ['admin', 'teacher'] } as const;
const LEARNER = { roles: ['learner'], sessionOnly: true } as const;
const tags = ['projects'];
// NOTE: files come as base64 in JSON (no multipart dependency): 5 files of 5 MB are about 34 MB of base64.
const SUBMISSION_BODY_LIMIT = 36 * 1024 * 1024;

/** A file name for `Content-Disposition`: ASCII fallback in `filename`, the real name in `filename*`. */
function dispositionOf(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Projects: a learner reads their project and hands work in (again after an assessment that did not pass); the
 * class's teachers list submissions, read one and assess it with the rubric; files download as attachments that
 * cannot run. Teachers create a project through the assignments route (`kind: "project"`).
 */
export function registerProjectRoutes(app: App, ctx: AppContext): void {
  const classProject = '/api/orgs/:orgId/classes/:classId/assignments/:assignmentId/submissions';
  app.get(
    '/api/orgs/:orgId/my/projects/:assignmentId',
    {
      config: { access: LEARNER },
      schema: {
        tags,
        summary: 'My project: the brief, the rubric and my submission with its assessments',
        params: MyProjectParams,
        response: { 200: ProjectViewSchema },
      },
    },
    async (request) => getMyProject(ctx, learnerOf(request), request.params.assignmentId),
  );

  app.post(
    '/api/orgs/:orgId/my/projects/:assignmentId/submissions',
    {
      bodyLimit: SUBMISSION_BODY_LIMIT,
      config: { access: LEARNER },
      schema: {
        tags,
        summary:
          'Hand in my project (a new version): text, a link and files as base64 (at most 5, 5 MB each decoded; ' +
          'PDF, PNG, JPEG or plain text, checked by content). Refused once a version passed.',
        params: MyProjectParams,
        body: ProjectSubmissionBody,
        response: { 201: ProjectViewSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await submitProject(ctx, learnerOf(request), request.params.assignmentId, request.body)),
  );

  app.get(
    classProject,
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: "A project's learners and where each stands",
        params: Type.Object({
          orgId: Type.String(),
          classId: Type.String(),
          assignmentId: Type.String({ format: 'uuid' }),
        }),
        response: { 200: ProjectSubmissionListSchema },
      },
    },
    async (request) => listProjectSubmissions(ctx, orgActor(request), request.params),
  );

  app.get(
    `${classProject}/:learnerId`,
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: "A learner's submission to a project, every version with its files and assessment",
        params: ProjectSubmissionParams,
        response: { 200: ProjectViewSchema },
      },
    },
    async (request) => readProjectSubmission(ctx, orgActor(request), request.params),
  );

  app.post(
    `${classProject}/:learnerId/assessments`,
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary:
          'Assess the latest version: a level per criterion and feedback; the pass rule decides. A pass awards ' +
          "the project's achievement (and what stacks on it).",
        params: ProjectSubmissionParams,
        body: ProjectAssessmentBody,
        response: { 201: ProjectAssessedSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await assessProject(ctx, orgActor(request), request.params, request.body)),
  );

  app.get(
    '/api/orgs/:orgId/project-files/:fileId',
    {
      config: { access: { roles: ['admin', 'teacher', 'learner'] } },
      schema: {
        tags,
        summary: 'Download a file of a project submission (the learner, the class teachers, administrators)',
        params: ProjectFileParams,
      },
    },
    async (request, reply) => {
      const file = await downloadProjectFile(ctx, orgActor(request), request.params.fileId);
      return reply
        .type(file.contentType)
        .header('content-disposition', dispositionOf(file.name))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "sandbox; default-src 'none'")
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );
}
