import {
  EditLessonBlockBody,
  LessonBlockParams,
  LessonListSchema,
  LessonParams,
  OrgParams,
  ReviewLessonBlockBody,
  SavedLessonSchema,
  SaveLessonBody,
} from '@pathwise/contracts';
import { orgActor } from '../../identity/actor.ts';
import { editLessonBlock, publishLesson, reviewLessonBlock } from '../../lessons/change-lesson.ts';
import { getLesson, listOrgLessons, saveLesson } from '../../lessons/save-lesson.ts';
import type { App, AppContext } from '../../runtime/types.ts';
import { COMPOSE_PER_MINUTE, perCallerPerMinute } from '../per-caller-rate-limits.ts';

const STAFF = { roles: ['admin', 'teacher'] } as const;
const tags = ['lessons'];

/**
 * Saved lessons: save a composed lesson as a draft, list and read them, review each block, edit a block's prose
 * (a new version), publish once every block is reviewed. Teachers see their own lessons and the published ones;
 * administrators see all.
 */
export function registerSavedLessonRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/orgs/:orgId/lessons',
    {
      config: { access: STAFF, rateLimit: perCallerPerMinute(COMPOSE_PER_MINUTE) },
      schema: {
        tags,
        summary:
          'Save a lesson as a draft (version 1). The server composes it again from the request, the confirmed form ' +
          'and the seed; a request still missing fields, bad numbers or an unknown skill: 400, nothing saved. ' +
          "With `modelNotes` (the compose answer's), each accepted model text is checked again and kept (block " +
          'source `model`); one that fails: 400 naming it. At most 30 a minute per caller, then 429.',
        params: OrgParams,
        body: SaveLessonBody,
        response: { 201: SavedLessonSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await saveLesson(ctx, orgActor(request), request.body)),
  );

  app.get(
    '/api/orgs/:orgId/lessons',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary:
          "The organization's lessons the caller may see (a teacher: their own and the published ones)",
        params: OrgParams,
        response: { 200: LessonListSchema },
      },
    },
    async (request) => ({ lessons: await listOrgLessons(ctx, orgActor(request)) }),
  );

  app.get(
    '/api/orgs/:orgId/lessons/:lessonId',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: "A lesson at its latest version, its blocks' reviews and every version number",
        params: LessonParams,
        response: { 200: SavedLessonSchema },
      },
    },
    async (request) => getLesson(ctx, orgActor(request), request.params.lessonId),
  );

  app.put(
    '/api/orgs/:orgId/lessons/:lessonId/blocks/:blockId/review',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary:
          "Mark one block of a draft's latest version reviewed (or not); the author or an administrator",
        params: LessonBlockParams,
        body: ReviewLessonBlockBody,
        response: { 200: SavedLessonSchema },
      },
    },
    async (request) => {
      const { lessonId, blockId } = request.params;
      return reviewLessonBlock(ctx, orgActor(request), { lessonId, blockId }, request.body.reviewed);
    },
  );

  app.put(
    '/api/orgs/:orgId/lessons/:lessonId/blocks/:blockId',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary:
          "Edit one prose field of a block in one language: a new version, checks run again, the block's review reset",
        params: LessonBlockParams,
        body: EditLessonBlockBody,
        response: { 200: SavedLessonSchema },
      },
    },
    async (request) => {
      const { lessonId, blockId } = request.params;
      return editLessonBlock(ctx, orgActor(request), { lessonId, blockId }, request.body);
    },
  );

  app.post(
    '/api/orgs/:orgId/lessons/:lessonId/publish',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary:
          'Publish a draft once every block is reviewed (409 naming the blocks not reviewed yet); audited',
        params: LessonParams,
        response: { 200: SavedLessonSchema },
      },
    },
    async (request) => publishLesson(ctx, orgActor(request), request.params.lessonId),
  );
}
