import { PublicSkillParams, PublicSkillSchema } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { publicSkill } from '../../credentials/public-skill.ts';
import type { App, AppContext } from '../../runtime/types.ts';
import { sendAppPage } from '../app-page.ts';

/**
 * Public skill pages: the data (`/api/public/orgs/:slug/skills/:skillId`, also the address credentials issued
 * before the page existed point to) and the page itself (`/skills/:slug/:skillId`, the web app), so that every
 * alignment inside a credential resolves for whoever checks it.
 */
export function registerPublicSkillRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/public/orgs/:slug/skills/:skillId',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public credentials'],
        summary: 'A skill of an organization’s framework, as credentials align to it',
        params: PublicSkillParams,
        response: { 200: PublicSkillSchema },
      },
    },
    async (request, reply) => {
      const skill = await publicSkill(ctx, request.params.slug, request.params.skillId);
      return reply.header('cache-control', 'public, max-age=60').send(skill);
    },
  );

  // NOTE: skill ids hold dots (alg.integers-add), which the single-page fallback takes for files; this route
  // serves the app for them, and answers 404 (still the app, which says so) for a skill that does not exist.
  app.get(
    '/skills/:slug/:skillId',
    { schema: { hide: true, params: PublicSkillParams } },
    async (request, reply) => {
      const exists = await publicSkill(ctx, request.params.slug, request.params.skillId).then(
        () => true,
        (error) => {
          if (error instanceof AppError && error.code === 'not_found') return false;
          throw error;
        },
      );
      return sendAppPage(ctx, reply, exists);
    },
  );
}
