import { AppError } from '@pathwise/core';
import {
  findJobProfile,
  insertJobProfile,
  listJobProfiles,
  listSkillCrosswalks,
  recordAudit,
} from '@pathwise/db';
import { Type } from 'typebox';
import {
  type RequiredSkill,
  readEscoOccupation,
  readOnetOccupation,
} from '../../credentials/job-profiles.ts';
import { matchProfile } from '../../credentials/match-profile.ts';
import { openShareLink } from '../../credentials/share-links.ts';
import { verifyAnyCredential } from '../../credentials/verify-any-credential.ts';
import { actorUser } from '../../identity/actor.ts';
import { orgOf } from '../../plugins/access.ts';
import { OrgParams } from '../../presenters.ts';
import type { App, AppContext } from '../../types.ts';

const employers = { roles: ['employer', 'admin'] as const };
const SkillBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 300 }),
    code: Type.Optional(Type.String({ maxLength: 300 })),
    skillIds: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { maxItems: 50 })),
  },
  { additionalProperties: false },
);

/**
 * Employers: job profiles (from an O*NET or ESCO occupation read at run time from the shared data, or by hand)
 * and the explainable match of a record a learner shared (by its link token) against a profile.
 */
export function registerEmployerRoutes(app: App, ctx: AppContext): void {
  const tags = ['employer'];
  app.get(
    '/api/orgs/:orgId/job-profiles',
    { config: { access: employers }, schema: { tags, summary: 'Job profiles', params: OrgParams } },
    async (request) => ({
      profiles: (await listJobProfiles(ctx.db.kysely, orgOf(request).id)).map(presentProfile),
    }),
  );

  app.post(
    '/api/orgs/:orgId/job-profiles',
    {
      config: { access: employers },
      schema: {
        tags,
        summary: 'Create a job profile by hand, or from an O*NET-SOC code or an ESCO occupation URI',
        params: OrgParams,
        body: Type.Object(
          {
            name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            onetCode: Type.Optional(Type.String({ pattern: '^\\d{2}-\\d{4}\\.\\d{2}$' })),
            escoUri: Type.Optional(
              Type.String({ pattern: '^http://data\\.europa\\.eu/esco/occupation/[0-9a-f-]+$' }),
            ),
            skills: Type.Optional(Type.Array(SkillBody, { minItems: 1, maxItems: 100 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const { name, onetCode, escoUri, skills } = request.body;
      const imported = onetCode ? readOnetOccupation(onetCode) : escoUri ? readEscoOccupation(escoUri) : null;
      const chosen: RequiredSkill[] | undefined =
        skills?.map((s) => ({
          name: s.name,
          ...(s.code ? { code: s.code } : {}),
          skillIds: s.skillIds ?? [],
        })) ?? imported?.skills;
      if (!chosen?.length || !(name ?? imported?.name))
        throw new AppError(
          'validation_failed',
          'Give a name and skills, or an O*NET code or ESCO occupation',
        );
      const orgId = orgOf(request).id;
      const row = await ctx.db.kysely.transaction().execute(async (trx) => {
        const created = await insertJobProfile(trx, {
          orgId,
          name: (name ?? imported?.name)!,
          source: onetCode ? 'onet' : escoUri ? 'esco' : 'manual',
          sourceCode: onetCode ?? escoUri ?? null,
          skills: chosen,
          now: ctx.now(),
        });
        await recordAudit(trx, {
          orgId,
          actorUserId: actorUser(request.principal),
          action: 'job_profile.created',
          targetType: 'job_profile',
          targetId: created.id,
        });
        return created;
      });
      return reply.code(201).send(presentProfile(row));
    },
  );

  app.post(
    '/api/orgs/:orgId/job-profiles/:profileId/match',
    {
      config: { access: employers },
      schema: {
        tags,
        summary: 'Match a record a learner shared (its link token) against a job profile, skill by skill',
        params: Type.Object({ orgId: Type.String(), profileId: Type.String({ format: 'uuid' }) }),
        body: Type.Object(
          { shareToken: Type.String({ minLength: 10, maxLength: 200 }) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const orgId = orgOf(request).id;
      const profile = await findJobProfile(ctx.db.kysely, orgId, request.params.profileId);
      if (!profile) throw new AppError('not_found', 'No such job profile');
      const viewer = `employer:${actorUser(request.principal) ?? 'token'}`;
      const opened = await openShareLink(ctx, request.body.shareToken, viewer);
      if (opened.status !== 'ok')
        throw new AppError('conflict', `This share link is ${opened.status}; ask the learner for a new one`);
      const credentials = [];
      for (const c of opened.credentials) {
        const verification = await verifyAnyCredential(ctx, c.document);
        const achievement = (
          c.document.credentialSubject as { achievement?: { alignment?: { targetName?: string }[] } }
        ).achievement;
        credentials.push({
          ...c,
          state: verification.verified ? c.state : 'unverified',
          skillNames: (achievement?.alignment ?? []).map((a) => a.targetName ?? ''),
        });
      }
      return {
        profile: presentProfile(profile),
        learnerName: opened.learnerName,
        // The credentials' skills belong to the issuing organization's framework: read its crosswalks.
        ...matchProfile(profile, credentials, await listSkillCrosswalks(ctx.db.kysely, opened.orgId)),
      };
    },
  );
}

function presentProfile(p: Awaited<ReturnType<typeof listJobProfiles>>[number]) {
  return {
    id: p.id,
    name: p.name,
    source: p.source,
    sourceCode: p.source_code,
    skills: p.skills as RequiredSkill[],
    createdAt: p.created_at.toISOString(),
  };
}
