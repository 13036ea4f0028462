import {
  AchievementBodySchema,
  AchievementListSchema,
  AchievementParams,
  AchievementSchema,
  AwardBodySchema,
  AwardedCredentialParams,
  AwardResultSchema,
  IssuedCredentialListSchema,
  OrgParams,
  RevokeCredentialBodySchema,
  SkillOptionsSchema,
} from '@pathwise/contracts';
import { Type } from 'typebox';
import { awardAchievement } from '../../credentials/award-achievement.ts';
import {
  listAchievementSkills,
  listAchievementSummaries,
  listIssuedCredentials,
} from '../../credentials/organization-achievements.ts';
import { revokeCredential } from '../../credentials/revoke-credential.ts';
import { saveAchievement } from '../../credentials/save-achievement.ts';
import { actorToken, actorUser } from '../../identity/actor.ts';
import { orgOf } from '../../plugins/access.ts';
import type { App, AppContext } from '../../runtime/types.ts';
import { assertReachesLearner } from '../classes/class-access.ts';

/** Achievements (criteria, stacking, validity, alignment), teacher awards, and the issued credentials with revocation. */
export function registerAchievementRoutes(app: App, ctx: AppContext): void {
  const tags = ['credentials'];
  app.get(
    '/api/orgs/:orgId/achievements',
    {
      config: { access: { roles: ['admin', 'teacher', 'learner'] } },
      schema: {
        tags,
        summary: 'The achievements of the organization, each with how many credentials it issued',
        params: OrgParams,
        response: { 200: AchievementListSchema },
      },
    },
    async (request) => listAchievementSummaries(ctx, orgOf(request).id),
  );

  app.get(
    '/api/orgs/:orgId/achievement-skills',
    {
      config: { access: { roles: ['admin', 'teacher'] } },
      schema: {
        tags,
        summary: "The framework skills an achievement's criteria can name",
        params: OrgParams,
        response: { 200: SkillOptionsSchema },
      },
    },
    async (request) => listAchievementSkills(ctx, orgOf(request).id),
  );

  app.post(
    '/api/orgs/:orgId/achievements',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags,
        summary: 'Define an achievement (a stacking cycle is rejected, naming it)',
        params: OrgParams,
        body: AchievementBodySchema,
        response: { 201: AchievementSchema },
      },
    },
    async (request, reply) => {
      const achievement = await saveAchievement(ctx, {
        orgId: orgOf(request).id,
        body: request.body,
        actorUserId: actorUser(request.principal),
      });
      return reply.code(201).send(achievement);
    },
  );

  app.put(
    '/api/orgs/:orgId/achievements/:achievementId',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags,
        summary: 'Replace an achievement definition',
        params: AchievementParams,
        body: AchievementBodySchema,
        response: { 200: AchievementSchema },
      },
    },
    async (request) =>
      saveAchievement(ctx, {
        orgId: orgOf(request).id,
        id: request.params.achievementId,
        body: request.body,
        actorUserId: actorUser(request.principal),
      }),
  );

  app.post(
    '/api/orgs/:orgId/achievements/:achievementId/awards',
    {
      config: { access: { roles: ['admin', 'teacher'] } },
      schema: {
        tags,
        summary: 'Award an achievement to a learner with the evidence a teacher approved',
        params: AchievementParams,
        body: AwardBodySchema,
        response: { 201: AwardResultSchema },
      },
    },
    async (request, reply) => {
      // Teachers award the learners of the classes they teach only (issue 9); administrators, any learner.
      await assertReachesLearner(ctx.db.kysely, request, request.body.learnerId, 'body/learnerId');
      const { learnerId, narrative, url } = request.body;
      const result = await awardAchievement(ctx, {
        orgId: orgOf(request).id,
        achievementId: request.params.achievementId,
        learnerId,
        evidence: { narrative, ...(url ? { url } : {}) },
        actorUserId: actorUser(request.principal),
      });
      return reply.code(201).send(result);
    },
  );

  app.get(
    '/api/orgs/:orgId/credentials',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags,
        summary: 'Credentials issued by the organization, newest first, with the learner they went to',
        params: OrgParams,
        response: { 200: IssuedCredentialListSchema },
      },
    },
    async (request) => listIssuedCredentials(ctx, orgOf(request).id),
  );

  app.post(
    '/api/orgs/:orgId/credentials/:credentialId/revoke',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags,
        summary: 'Revoke a credential with a reason (its status bit is set and the list re-published)',
        params: AwardedCredentialParams,
        body: RevokeCredentialBodySchema,
        response: { 204: Type.Null({ description: 'Revoked' }) },
      },
    },
    async (request, reply) => {
      await revokeCredential(ctx, {
        orgId: orgOf(request).id,
        id: request.params.credentialId,
        reason: request.body.reason,
        actorUserId: actorUser(request.principal),
        actorTokenId: actorToken(request.principal),
      });
      return reply.code(204).send(null);
    },
  );
}
