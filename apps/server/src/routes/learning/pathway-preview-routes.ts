import {
  AnswerResultSchema,
  PathwayPreviewAnswerBody,
  PathwayPreviewParams,
  PathwayPreviewSampleSchema,
  PathwayPreviewSchema,
  PathwayPreviewSkillParams,
} from '@pathwise/contracts';
import { orgActor } from '../../identity/actor.ts';
import { previewAnswer } from '../../learning/preview-answer.ts';
import { previewPathway, previewSample } from '../../learning/preview-pathway.ts';
import type { App, AppContext } from '../../runtime/types.ts';

const tags = ['learning'];
/** Staff only: a learner has the pathway itself; the access layer answers 403 to one, 404 to another organization. */
const STAFF = { access: { roles: ['admin', 'teacher'] } } as const;

/**
 * Preview as a learner: any published pathway of the organization as a new learner sees its map, and a sample
 * problem of a skill to try. Nothing here writes: no served item, attempt, statement or learner-model change.
 */
export function registerPathwayPreviewRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/orgs/:orgId/pathways/:pathwayId/preview',
    {
      config: STAFF,
      schema: {
        tags,
        summary:
          "Preview as a learner: the pathway's map as a new learner sees it (nothing mastered), and the skills " +
          'with a sample problem to try; administrators preview draft pathways too',
        params: PathwayPreviewParams,
        response: { 200: PathwayPreviewSchema },
      },
    },
    async (request) => previewPathway(ctx, orgActor(request), request.params.pathwayId),
  );

  app.get(
    '/api/orgs/:orgId/pathways/:pathwayId/preview/skills/:skillId/sample',
    {
      config: STAFF,
      schema: {
        tags,
        summary:
          'A sample problem of a skill of the pathway, as practice sends it (no answers); a new one each time, ' +
          'never stored',
        params: PathwayPreviewSkillParams,
        response: { 200: PathwayPreviewSampleSchema },
      },
    },
    async (request) => previewSample(ctx, orgActor(request), request.params),
  );

  app.post(
    '/api/orgs/:orgId/pathways/:pathwayId/preview/answer',
    {
      config: STAFF,
      schema: {
        tags,
        summary:
          'Answer a step of a sample problem: judged as in practice, with nothing recorded (no attempt, ' +
          'statement or learner-model change)',
        params: PathwayPreviewParams,
        body: PathwayPreviewAnswerBody,
        response: { 200: AnswerResultSchema },
      },
    },
    async (request) => previewAnswer(ctx, orgActor(request), request.params.pathwayId, request.body),
  );
}
