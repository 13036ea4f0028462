import {
  AchievementImageDesignBody,
  AchievementImageSchema,
  AchievementImageUploadBody,
  AchievementParams,
} from '@pathwise/contracts';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import {
  generateAchievementImage,
  removeAchievementImage,
  uploadAchievementImage,
} from '../../credentials/achievement-images/achievement-image.ts';
import { refuseTooLarge } from '../../credentials/achievement-images/image-refusal.ts';
import { actorToken, actorUser } from '../../identity/actor.ts';
import { orgOf } from '../../plugins/access.ts';
import type { App, AppContext } from '../../runtime/types.ts';

/**
 * The largest upload request read: a 40 KB image is about 55 KB of base64. NOTE: a larger image up to this size
 * is refused by the use case, a larger request by its Content-Length before it is read; both 413, saying the limit.
 */
export const IMAGE_BODY_LIMIT = 96 * 1024;

function refuseLargeBody(request: FastifyRequest): void {
  const bytes = Number(request.headers['content-length']);
  // Base64 is 4 characters for 3 bytes: the image inside is about three quarters of the request.
  if (Number.isFinite(bytes) && bytes > IMAGE_BODY_LIMIT) refuseTooLarge(Math.round((bytes * 3) / 4), true);
}

/** An achievement's image (issue 14): upload a PNG or SVG, or pick a generated design; or remove it. */
export function registerAchievementImageRoutes(app: App, ctx: AppContext): void {
  const tags = ['credentials'];
  const path = '/api/orgs/:orgId/achievements/:achievementId/image';
  const target = (request: FastifyRequest<{ Params: { orgId: string; achievementId: string } }>) => ({
    orgId: orgOf(request).id,
    achievementId: request.params.achievementId,
    actorUserId: actorUser(request.principal),
    actorTokenId: actorToken(request.principal),
  });

  app.put(
    path,
    {
      config: { access: { roles: ['admin'] } },
      bodyLimit: IMAGE_BODY_LIMIT,
      preParsing: async (request) => refuseLargeBody(request),
      schema: {
        tags,
        summary: "Upload the achievement's image: a PNG or SVG as base64, at most 40 KB",
        description:
          'Checked by content: a PNG by its signature, dimensions (at most 2048 px a side) and pixels; an SVG must be ' +
          'well-formed, without DOCTYPE, scripts, event handlers, foreignObject, javascript: addresses or links to ' +
          'other files (refused, naming what was found: `imageProblem` and `found`), and is then sanitized ' +
          '(DOMPurify) of what is inert but unknown. Credentials issued from now on carry it as a data: URI.',
        params: AchievementParams,
        body: AchievementImageUploadBody,
        response: { 200: AchievementImageSchema },
      },
    },
    async (request) => uploadAchievementImage(ctx, { ...target(request), body: request.body }),
  );

  app.put(
    `${path}/design`,
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags,
        summary: "Pick a generated design as the achievement's image: a shape in a colour with its initials",
        params: AchievementParams,
        body: AchievementImageDesignBody,
        response: { 200: AchievementImageSchema },
      },
    },
    async (request) => generateAchievementImage(ctx, { ...target(request), body: request.body }),
  );

  app.delete(
    path,
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags,
        summary: "Remove the achievement's image (credentials already issued keep theirs)",
        params: AchievementParams,
        response: { 204: Type.Null({ description: 'Removed, or there was none' }) },
      },
    },
    async (request, reply) => {
      await removeAchievementImage(ctx, target(request));
      return reply.code(204).send(null);
    },
  );
}
