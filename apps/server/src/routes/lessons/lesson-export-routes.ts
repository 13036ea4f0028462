import { LessonExportBody, OrgParams } from '@pathwise/contracts';
import { exportComposedLesson } from '../../lessons/export/export-lesson.ts';
import { orgOf } from '../../plugins/access.ts';
import type { App, AppContext } from '../../runtime/types.ts';
import { EXPORT_PER_MINUTE, perCallerPerMinute } from '../per-caller-rate-limits.ts';

/** Lesson exports: a composed lesson as a DOCX or PDF file, teacher or student copy (teachers, administrators). */
export function registerLessonExportRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/orgs/:orgId/lessons/export',
    {
      config: { access: { roles: ['admin', 'teacher'] }, rateLimit: perCallerPerMinute(EXPORT_PER_MINUTE) },
      schema: {
        tags: ['lessons'],
        summary:
          'Export a lesson composed from the request (the same input composes the same lesson) as a DOCX or PDF ' +
          'download: the teacher copy (plan, quiz, answer key, rubric, every version with its reading level) or ' +
          'the student copy (quiz without keys, rubric, the versions). A request still missing fields: 400 naming ' +
          'them. Nothing is saved. At most 20 a minute per caller, then 429.',
        params: OrgParams,
        body: LessonExportBody,
      },
    },
    async (request, reply) => {
      const file = await exportComposedLesson(ctx.db.kysely, orgOf(request).id, request.body);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('x-content-type-options', 'nosniff')
        .send(file.body);
    },
  );
}
