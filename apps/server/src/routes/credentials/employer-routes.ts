import {
  JobProfileBodySchema,
  JobProfileListSchema,
  JobProfileParams,
  JobProfileSchema,
  MatchBodySchema,
  MatchResultSchema,
  OrgParams,
} from '@pathwise/contracts';
import {
  createJobProfile,
  listOrgJobProfiles,
  matchSharedRecord,
} from '../../credentials/employer-job-profiles.ts';
import { actorUser } from '../../identity/actor.ts';
import { orgOf } from '../../plugins/access.ts';
import type { App, AppContext } from '../../runtime/types.ts';

const employers = { roles: ['employer', 'admin'] as const };

/**
 * Employers: job profiles (from an O*NET or ESCO occupation read at run time from the shared data, or by hand)
 * and the explainable match of a record a learner shared (by its link token) against a profile.
 */
export function registerEmployerRoutes(app: App, ctx: AppContext): void {
  const tags = ['employer'];
  app.get(
    '/api/orgs/:orgId/job-profiles',
    {
      config: { access: employers },
      schema: { tags, summary: 'Job profiles', params: OrgParams, response: { 200: JobProfileListSchema } },
    },
    async (request) => listOrgJobProfiles(ctx, orgOf(request).id),
  );

  app.post(
    '/api/orgs/:orgId/job-profiles',
    {
      config: { access: employers },
      schema: {
        tags,
        summary: 'Create a job profile by hand, or from an O*NET-SOC code or an ESCO occupation URI',
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
