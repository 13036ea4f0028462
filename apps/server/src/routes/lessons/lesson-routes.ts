import { ComposeLessonBody, ComposeLessonSchema, OrgParams } from '@pathwise/contracts';
import { composeLessonForOrg } from '../../lessons/compose-lesson.ts';
import { orgOf } from '../../plugins/access.ts';
import type { App, AppContext } from '../../runtime/types.ts';
import { registerLessonExportRoutes } from './lesson-export-routes.ts';
import { registerSavedLessonRoutes } from './saved-lesson-routes.ts';

const tags = ['lessons'];

/**
 * The teacher assistant: compose a lesson plan, quiz, rubric and differentiated versions, and save, review and
 * publish them (teachers, administrators).
 */
export function registerLessonRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/orgs/:orgId/lessons/compose',
    {
      config: { access: { roles: ['admin', 'teacher'] } },
      schema: {
        tags,
        summary:
          'Compose a lesson offline from a request in the teacher\'s words ("a 3-day lesson plan on linear equations ' +
          '…"). Answers `needs` with the parsed form and the fields still missing, or `composed` with the form and ' +
          'the lesson (days, quiz, rubric, versions). Out-of-range numbers or an unknown skill: 400 naming the ' +
          'field. Nothing is saved.',
        params: OrgParams,
        body: ComposeLessonBody,
        response: { 200: ComposeLessonSchema },
      },
    },
    async (request) => composeLessonForOrg(ctx.db.kysely, orgOf(request).id, request.body),
  );
  registerSavedLessonRoutes(app, ctx);
  registerLessonExportRoutes(app, ctx);
}
