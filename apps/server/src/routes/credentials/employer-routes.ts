import {
  JobProfileBodySchema,
  JobProfileListSchema,
  JobProfileParams,
  JobProfileSchema,
  MatchBodySchema,
  MatchResultSchema,
  OrgParams,
  ProfileSkillChoicesSchema,
} from '@pathwise/contracts';
import {
  createJobProfile,
  listOrgJobProfiles,
  listProfileSkillChoices,
  matchSharedRecord,
} from '../../credentials/employer-job-profiles.ts';
import { actorUser } from '../../identity/actor.ts';
import { orgOf } from '../../plugins/access.ts';
import type { App, AppContext } from '../../runtime/types.ts';
import { registerOccupationRoutes } from './occupation-routes.ts';

const employers = { roles: ['employer', 'admin'] as const };

/**
 * Employers: job profiles (from an O*NET or ESCO occupation read at run time from the shared data, or by hand
 * from the framework's skills) and the explainable match of a record a learner shared (by its link token) against
 * a profile; the occupation search and preview are in `occupation-routes.ts`.
 */
export function registerEmployerRoutes(app: App, ctx: AppContext): void {
  const tags = ['employer'];
  registerOccupationRoutes(app, ctx);
  app.get(
    '/api/orgs/:orgId/job-profiles',
    {
      config: { access: employers },
      schema: { tags, summary: 'Job profiles', params: OrgParams, response: { 200: JobProfileListSchema } },
    },
    async (request) => listOrgJobProfiles(ctx, orgOf(request).id),
  );

  app.get(
    '/api/orgs/:orgId/job-profiles/framework-skills',
    {
      config: { access: employers },
      schema: {
        tags,
        summary: "The organization's framework skills, to require in a job profile written by hand",
        params: OrgParams,
        response: { 200: ProfileSkillChoicesSchema },
      },
    },
    async (request) => listProfileSkillChoices(ctx, orgOf(request).id),
  );

  app.post(
    '/api/orgs/:orgId/job-profiles',
    {
      config: { access: employers },
      schema: {
        tags,
        summary:
          'Create a job profile by hand (framework skills), or from an O*NET-SOC code or an ESCO occupation URI ' +
          '(its chosen skills, each required or nice to have)',
        params: OrgParams,
        body: JobProfileBodySchema,
        response: { 201: JobProfileSchema },
      },
    },
    async (request, reply) => {
      const profile = await createJobProfile(ctx, {
        orgId: orgOf(request).id,
        body: request.body,
        actorUserId: actorUser(request.principal),
      });
      return reply.code(201).send(profile);
    },
  );

  app.post(
    '/api/orgs/:orgId/job-profiles/:profileId/match',
    {
      config: { access: employers },
      schema: {
        tags,
        summary: 'Match a record a learner shared (its link token) against a job profile, skill by skill',
        params: JobProfileParams,
        body: MatchBodySchema,
        response: { 200: MatchResultSchema },
      },
    },
    async (request) =>
      matchSharedRecord(ctx, {
        orgId: orgOf(request).id,
        profileId: request.params.profileId,
        shareToken: request.body.shareToken,
        viewer: `employer:${actorUser(request.principal) ?? 'token'}`,
      }),
  );
}
