import { ComposeLessonBody, ComposeLessonSchema, OrgParams } from '@pathwise/contracts';
import { composeLessonForOrg } from '../../lessons/compose-lesson.ts';
import { orgOf } from '../../plugins/access.ts';
import type { App, AppContext } from '../../runtime/types.ts';
import { COMPOSE_PER_MINUTE, perCallerPerMinute } from '../per-caller-rate-limits.ts';
import { registerLessonExportRoutes } from './lesson-export-routes.ts';
import { registerLessonViewRoutes } from './lesson-view-routes.ts';
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
      config: { access: { roles: ['admin', 'teacher'] }, rateLimit: perCallerPerMinute(COMPOSE_PER_MINUTE) },
      schema: {
        tags,
        summary:
          'Compose a lesson offline from a request in the teacher\'s words ("a 3-day lesson plan on linear equations ' +
          '…"). Answers `needs` with the parsed form and the fields still missing, or `composed` with the form and ' +
          'the lesson (days, quiz, rubric, versions). Out-of-range numbers or an unknown skill: 400 naming the ' +
          'field. Nothing is saved. With a model endpoint configured (AI_*), its rephrasings of the prose slots ' +
          'are used only when they pass the checks, and `modelNotes` says per slot what was used or kept and why ' +
          '(send them back when saving to keep the phrasing). At most 30 a minute per caller, then 429.',
        params: OrgParams,
        body: ComposeLessonBody,
        response: { 200: ComposeLessonSchema },
      },
    },
    async (request) => composeLessonForOrg(ctx.db.kysely, orgOf(request).id, request.body, ctx.config.ai),
  );
  registerSavedLessonRoutes(app, ctx);
  registerLessonExportRoutes(app, ctx);
  registerLessonViewRoutes(app, ctx);
}
