import { LearnerLessonSchema, LessonParams, SavedLessonExportQuery } from '@pathwise/contracts';
import { learnerLesson, previewLearnerLesson } from '../../assignments/learner-lesson.ts';
import { orgActor } from '../../identity/actor.ts';
import { exportSavedLesson } from '../../lessons/export/export-saved-lesson.ts';
import type { App, AppContext } from '../../runtime/types.ts';
import { learnerOf } from '../learning/learner-of.ts';
import { EXPORT_PER_MINUTE, perCallerPerMinute } from '../per-caller-rate-limits.ts';

const tags = ['lessons'];

/** A saved lesson seen from outside the editor: a learner's view of an assigned lesson, and its DOCX/PDF export. */
export function registerLessonViewRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/orgs/:orgId/my/lessons/:lessonId',
    {
      config: { access: { roles: ['learner'], sessionOnly: true } },
      schema: {
        tags,
        summary:
          'A published lesson assigned to one of my classes, as a learner reads it: the student copy (no answer ' +
          'key), the on-level version, its skills and where to practise them. Not assigned to me: 404.',
        params: LessonParams,
        response: { 200: LearnerLessonSchema },
      },
    },
    async (request) => learnerLesson(ctx, learnerOf(request), request.params.lessonId),
  );

  app.get(
    '/api/orgs/:orgId/lessons/:lessonId/learner-view',
    {
      config: { access: { roles: ['admin', 'teacher'] } },
      schema: {
        tags,
        summary:
          'Preview as a learner: exactly what a learner assigned this lesson reads (the student copy, no key). ' +
          'Teachers see their own lessons and the published ones.',
        params: LessonParams,
        response: { 200: LearnerLessonSchema },
      },
    },
    async (request) => previewLearnerLesson(ctx, orgActor(request), request.params.lessonId),
  );

  app.get(
    '/api/orgs/:orgId/lessons/:lessonId/export',
    {
      config: { access: { roles: ['admin', 'teacher'] }, rateLimit: perCallerPerMinute(EXPORT_PER_MINUTE) },
      schema: {
        tags,
        summary:
          'A saved lesson (latest version) as a DOCX or PDF download: the teacher copy (plan, quiz, answer key, ' +
          'rubric, versions) or the student copy (no key). Teachers see their own lessons and the published ones. ' +
          'At most 20 a minute per caller, then 429.',
        params: LessonParams,
        querystring: SavedLessonExportQuery,
      },
    },
    async (request, reply) => {
      const file = await exportSavedLesson(ctx, orgActor(request), request.params.lessonId, request.query);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('x-content-type-options', 'nosniff')
        .send(file.body);
    },
  );
}
