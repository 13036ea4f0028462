import {
  countIssuedByAchievement,
  type IssuedCredentialRow,
  listAchievements,
  listMembers,
  listOrgCredentials,
  listSkills,
} from '@pathwise/db';
import { Type } from 'typebox';
import { awardAchievement } from '../../credentials/award-achievement.ts';
import { presentCredential } from '../../credentials/learner-record.ts';
import { revokeCredential } from '../../credentials/revoke-credential.ts';
import { saveAchievement } from '../../credentials/save-achievement.ts';
import { actorToken, actorUser } from '../../identity/actor.ts';
import { orgOf } from '../../plugins/access.ts';
import { OrgParams, StringEnum } from '../../presenters.ts';
import type { App, AppContext } from '../../types.ts';
import { assertReachesLearner } from '../classes/class-access.ts';
import {
  AchievementListSchema,
  AwardResultSchema,
  IssuedCredentialListSchema,
  SkillOptionsSchema,
} from './credential-schemas.ts';
import { presentAchievement } from './present-achievement.ts';

const AchievementBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    achievementType: Type.Optional(
      StringEnum(['Badge', 'Certificate', 'MicroCredential', 'Competency', 'Achievement']),
    ),
    criteria: Type.Object(
      {
        skills: Type.Optional(
          Type.Array(
            Type.Object(
              { skillId: Type.String({ minLength: 1 }), threshold: Type.Optional(Type.Number()) },
              { additionalProperties: false },
            ),
            { maxItems: 100 },
          ),
        ),
        achievements: Type.Optional(Type.Array(Type.String({ format: 'uuid' }), { maxItems: 50 })),
        evidence: Type.Optional(
          Type.Object(
            { required: Type.Boolean(), narrative: Type.Optional(Type.String({ maxLength: 2000 })) },
            { additionalProperties: false },
          ),
        ),
      },
      { additionalProperties: false },
    ),
    skillIds: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { maxItems: 100 })),
    validityDays: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 36500 }), Type.Null()])),
  },
  { additionalProperties: false },
);
const AchievementParams = Type.Object({
  orgId: Type.String(),
  achievementId: Type.String({ format: 'uuid' }),
});
const CredentialParams = Type.Object({ orgId: Type.String(), credentialId: Type.String({ format: 'uuid' }) });

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
    async (request) => {
      const orgId = orgOf(request).id;
      const issued = await countIssuedByAchievement(ctx.db.kysely, orgId);
      return {
        achievements: (await listAchievements(ctx.db.kysely, orgId)).map((a) => ({
          ...presentAchievement(a),
          issuedCount: issued.get(a.id) ?? 0,
        })),
      };
    },
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
    async (request) => ({
      skills: (await listSkills(ctx.db.kysely, orgOf(request).id)).map((s) => ({
        id: s.id,
        framework: s.framework,
        parentId: s.parentId,
        name: s.name,
      })),
    }),
  );

  app.post(
    '/api/orgs/:orgId/achievements',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags,
        summary: 'Define an achievement (a stacking cycle is rejected, naming it)',
        params: OrgParams,
        body: AchievementBody,
      },
    },
    async (request, reply) => {
      const row = await saveAchievement(ctx, {
        orgId: orgOf(request).id,
        body: request.body,
        actorUserId: actorUser(request.principal),
      });
      return reply.code(201).send(presentAchievement(row));
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
        body: AchievementBody,
      },
    },
    async (request) =>
      presentAchievement(
        await saveAchievement(ctx, {
          orgId: orgOf(request).id,
          id: request.params.achievementId,
          body: request.body,
          actorUserId: actorUser(request.principal),
        }),
      ),
  );

  app.post(
    '/api/orgs/:orgId/achievements/:achievementId/awards',
    {
      config: { access: { roles: ['admin', 'teacher'] } },
      schema: {
        tags,
        summary: 'Award an achievement to a learner with the evidence a teacher approved',
        params: AchievementParams,
        body: Type.Object(
          {
            learnerId: Type.String({ format: 'uuid' }),
            // NOTE: not blank; and only a web address: the URL becomes the evidence id that viewers may follow.
            narrative: Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S' }),
            url: Type.Optional(Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: AwardResultSchema },
      },
    },
    async (request, reply) => {
      // Teachers award the learners of the classes they teach only (issue 9); administrators, any learner.
      await assertReachesLearner(ctx.db.kysely, request, request.body.learnerId, 'body/learnerId');
      const { awarded, stacked } = await awardAchievement(ctx, {
        orgId: orgOf(request).id,
        achievementId: request.params.achievementId,
        learnerId: request.body.learnerId,
        evidence: {
          narrative: request.body.narrative,
          ...(request.body.url ? { url: request.body.url } : {}),
        },
        actorUserId: actorUser(request.principal),
      });
      const names = new Map(
        (await listAchievements(ctx.db.kysely, orgOf(request).id)).map((a) => [a.id, a.name]),
      );
      const present = (r: IssuedCredentialRow) => presentCredential(r, names, ctx.now());
      return reply.code(201).send({
        awarded: present(awarded),
        stacked: stacked.map(present),
        issued: [awarded, ...stacked].map(present),
      });
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
    async (request) => {
      const orgId = orgOf(request).id;
      const names = new Map((await listAchievements(ctx.db.kysely, orgId)).map((a) => [a.id, a.name]));
      // NOTE: names of current members only: someone who left or deleted their account shows as null.
      const people = new Map((await listMembers(ctx.db.kysely, orgId)).map((m) => [m.userId, m.name]));
      const rows = await listOrgCredentials(ctx.db.kysely, orgId);
      return {
        credentials: rows.map((r) => ({
          ...presentCredential(r, names, ctx.now()),
          learnerId: r.user_id,
          learnerName: (r.user_id && people.get(r.user_id)) ?? null,
          revokedAt: r.revoked_at?.toISOString() ?? null,
        })),
      };
    },
  );

  app.post(
    '/api/orgs/:orgId/credentials/:credentialId/revoke',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags,
        summary: 'Revoke a credential with a reason (its status bit is set and the list re-published)',
        params: CredentialParams,
        body: Type.Object(
          { reason: Type.String({ minLength: 1, maxLength: 500 }) },
          { additionalProperties: false },
        ),
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
      return reply.code(204).send();
    },
  );
}
