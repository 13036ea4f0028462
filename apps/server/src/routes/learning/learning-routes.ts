import {
  AnswerBody,
  AnswerResultSchema,
  EnrollmentStatusBody,
  LearningPathwayParams,
  MyLearningSchema,
  OrgParams,
  PathwayEnrollmentSchema,
  PathwayListSchema,
  PathwayMapSchema,
  PlacementStepSchema,
  PracticeItemSchema,
  ServedParams,
  SkillExplanationParams,
  SkillExplanationSchema,
  TutorBody,
  TutorHistoryQuery,
  TutorHistorySchema,
  TutorReplySchema,
  WorkedExampleBody,
  WorkedExampleResultSchema,
} from '@pathwise/contracts';
import { createModelPhraser } from '@pathwise/core/tutor';
import { answerStep } from '../../learning/answer-step.ts';
import { enrol, listLearnerPathways, setEnrollmentStatus } from '../../learning/enrol.ts';
import { myLearning } from '../../learning/my-learning.ts';
import { pathwayMap } from '../../learning/pathway-map.ts';
import { placementNext } from '../../learning/placement-next.ts';
import { practiceNext } from '../../learning/practice-next.ts';
import { explainSkill } from '../../learning/skill-explanation.ts';
import { type TutorModel, takeTutorTurn, tutorHistory } from '../../learning/tutor-conversation.ts';
import { showWorkedExample } from '../../learning/worked-example.ts';
import type { App, AppContext } from '../../runtime/types.ts';
import { registerItemBankRoutes } from './item-bank-routes.ts';
import { learnerOf } from './learner-of.ts';
import { registerPathwayPreviewRoutes } from './pathway-preview-routes.ts';

/** Learning is personal: a signed-in learner, never an API token (a token has no learner behind it). */
const LEARNER = { access: { roles: ['learner'], sessionOnly: true } } as const;
const tags = ['learning'];

function tutorModel(ctx: AppContext): TutorModel {
  const ai = ctx.config.ai;
  return { phraser: ai ? createModelPhraser(ai, fetch) : null, timeoutMs: ai?.timeoutMs ?? 4000 };
}

/** The adaptive learning loop: pathways, enrolment, placement, practice, answers, the tutor and "My learning". */
export function registerLearningRoutes(app: App, ctx: AppContext): void {
  const model = tutorModel(ctx);
  app.get(
    '/api/orgs/:orgId/pathways',
    {
      config: LEARNER,
      schema: {
        tags,
        summary: 'Pathways with my progress and enrolment',
        params: OrgParams,
        response: { 200: PathwayListSchema },
      },
    },
    async (request) => ({ pathways: await listLearnerPathways(ctx, learnerOf(request)) }),
  );

  app.post(
    '/api/orgs/:orgId/pathways/:pathwayId/enrollment',
    {
      config: LEARNER,
      schema: {
        tags,
        summary: 'Enrol in a pathway (placement comes first)',
        params: LearningPathwayParams,
        response: { 201: PathwayEnrollmentSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await enrol(ctx, learnerOf(request), request.params.pathwayId)),
  );

  app.patch(
    '/api/orgs/:orgId/pathways/:pathwayId/enrollment',
    {
      config: LEARNER,
      schema: {
        tags,
        summary: 'Pause or resume an enrolment without losing anything',
        params: LearningPathwayParams,
        body: EnrollmentStatusBody,
        response: { 200: PathwayEnrollmentSchema },
      },
    },
    async (request) =>
      setEnrollmentStatus(ctx, learnerOf(request), request.params.pathwayId, request.body.status),
  );

  app.get(
    '/api/orgs/:orgId/pathways/:pathwayId/map',
    {
      config: LEARNER,
      schema: {
        tags,
        summary: 'The pathway as a map: mastered, ready, locked (with the reason)',
        params: LearningPathwayParams,
        response: { 200: PathwayMapSchema },
      },
    },
    async (request) => pathwayMap(ctx, learnerOf(request), request.params.pathwayId),
  );

  app.post(
    '/api/orgs/:orgId/pathways/:pathwayId/placement/next',
    {
      config: LEARNER,
      schema: {
        tags,
        summary: 'The next placement item, or the result once placement is settled',
        params: LearningPathwayParams,
        response: { 200: PlacementStepSchema },
      },
    },
    async (request) => placementNext(ctx, learnerOf(request), request.params.pathwayId),
  );

  app.post(
    '/api/orgs/:orgId/pathways/:pathwayId/practice/next',
    {
      config: LEARNER,
      schema: {
        tags,
        summary: 'The next item chosen for me, with why',
        params: LearningPathwayParams,
        response: { 200: PracticeItemSchema },
      },
    },
    async (request) => practiceNext(ctx, learnerOf(request), request.params.pathwayId),
  );

  app.post(
    '/api/orgs/:orgId/served-items/:servedId/answer',
    {
      config: LEARNER,
      schema: {
        tags,
        summary: 'Answer the current step of a served item',
        params: ServedParams,
        body: AnswerBody,
        response: { 200: AnswerResultSchema },
      },
    },
    async (request) => answerStep(ctx, learnerOf(request), request.params.servedId, request.body),
  );

  app.post(
    '/api/orgs/:orgId/served-items/:servedId/tutor',
    {
      config: LEARNER,
      schema: {
        tags,
        summary: 'Talk to the Socratic tutor about a step',
        params: ServedParams,
        body: TutorBody,
        response: { 200: TutorReplySchema },
      },
    },
    async (request) => takeTutorTurn(ctx, learnerOf(request), request.params.servedId, request.body, model),
  );

  app.get(
    '/api/orgs/:orgId/served-items/:servedId/tutor',
    {
      config: LEARNER,
      schema: {
        tags,
        summary: 'The tutor conversation on a step',
        params: ServedParams,
        querystring: TutorHistoryQuery,
        response: { 200: TutorHistorySchema },
      },
    },
    async (request) => tutorHistory(ctx, learnerOf(request), request.params.servedId, request.query.stepId),
  );

  app.post(
    '/api/orgs/:orgId/served-items/:servedId/worked-example',
    {
      config: LEARNER,
      schema: {
        tags,
        summary: 'Stuck after the last hint: a worked example of a sibling item; this item ends unsolved',
        params: ServedParams,
        body: WorkedExampleBody,
        response: { 200: WorkedExampleResultSchema },
      },
    },
    async (request) => showWorkedExample(ctx, learnerOf(request), request.params.servedId, request.body),
  );

  app.get(
    '/api/orgs/:orgId/skills/:skillId/explanation',
    {
      config: LEARNER,
      schema: {
        tags,
        summary: "A skill's explanation and a worked example",
        params: SkillExplanationParams,
        response: { 200: SkillExplanationSchema },
      },
    },
    async (request) => explainSkill(ctx, learnerOf(request), request.params.skillId),
  );

  app.get(
    '/api/orgs/:orgId/learning',
    {
      config: LEARNER,
      schema: {
        tags,
        summary: 'My learning: estimates, evidence, history, reviews due',
        params: OrgParams,
        response: { 200: MyLearningSchema },
      },
    },
    async (request) => myLearning(ctx, learnerOf(request)),
  );

  registerItemBankRoutes(app, ctx);
  registerPathwayPreviewRoutes(app, ctx);
}
