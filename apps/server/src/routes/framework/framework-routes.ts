import {
  CaseImportReportSchema,
  CasePackageBody,
  FrameworkPathwayBody,
  FrameworkPathwayParams,
  FrameworkPathwaySchema,
  FrameworkSchema,
  FrameworkSkillBody,
  FrameworkSkillParams,
  FrameworkSkillSchema,
  MAX_CASE_BODY,
  NewFrameworkPathwayBody,
  NewFrameworkSkillBody,
  OrgParams,
} from '@pathwise/contracts';
import { importCasePackage } from '../../framework/import-case-package.ts';
import { readFramework } from '../../framework/read-framework.ts';
import { saveFrameworkPathway } from '../../framework/save-framework-pathway.ts';
import { saveFrameworkSkill } from '../../framework/save-framework-skill.ts';
import { actorToken, actorUser } from '../../identity/actor.ts';
import { orgOf } from '../../plugins/access.ts';
import type { App, AppContext } from '../../runtime/types.ts';

const tags = ['framework'];
const REFUSAL =
  'A change that would make a cycle, or that names a skill that does not exist, is refused with 422 ' +
  '(code invalid_framework; the detail names the cycle by skill names in order, its ids are in `cycle`) and ' +
  'nothing is written.';

/**
 * The skills framework of an organization: read it (staff); edit skills and pathways, import a CASE package
 * (administrators).
 */
export function registerFrameworkRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/orgs/:orgId/framework',
    {
      config: { access: { roles: ['admin', 'teacher'] } },
      schema: {
        tags,
        summary:
          'The skills framework: skills (hierarchy, prerequisites, names and descriptions) and pathways',
        params: OrgParams,
        response: { 200: FrameworkSchema },
      },
    },
    async (request) => readFramework(ctx.db.kysely, orgOf(request).id),
  );

  app.put(
    '/api/orgs/:orgId/framework/skills/:skillId',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags,
        summary: `Create (201) or update (200) one skill: names, descriptions, parent and prerequisites. ${REFUSAL}`,
        params: FrameworkSkillParams,
        body: FrameworkSkillBody,
        response: { 200: FrameworkSkillSchema, 201: FrameworkSkillSchema },
      },
    },
    async (request, reply) => {
      const { skill, created } = await saveFrameworkSkill(ctx.db.kysely, {
        orgId: orgOf(request).id,
        skillId: request.params.skillId,
        input: request.body,
        actor: { userId: actorUser(request.principal), tokenId: actorToken(request.principal) },
      });
      return reply.status(created ? 201 : 200).send(skill);
    },
  );

  app.post(
    '/api/orgs/:orgId/framework/skills',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags,
        summary:
          'Create one skill (201); an id already taken is refused with 409 (code conflict) and nothing is ' +
          `written, where PUT would replace that skill. ${REFUSAL}`,
        params: OrgParams,
        body: NewFrameworkSkillBody,
        response: { 201: FrameworkSkillSchema },
      },
    },
    async (request, reply) => {
      const { id, ...input } = request.body;
      const { skill } = await saveFrameworkSkill(ctx.db.kysely, {
        orgId: orgOf(request).id,
        skillId: id,
        input,
        actor: { userId: actorUser(request.principal), tokenId: actorToken(request.principal) },
        createOnly: true,
      });
      return reply.status(201).send(skill);
    },
  );

  app.post(
    '/api/orgs/:orgId/framework/pathways',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags,
        summary:
          'Create one pathway (201); an id already taken is refused with 409 (code conflict), an unknown ' +
          'goal skill with 422 naming it; nothing is written.',
        params: OrgParams,
        body: NewFrameworkPathwayBody,
        response: { 201: FrameworkPathwaySchema },
      },
    },
    async (request, reply) => {
      const { id, ...input } = request.body;
      const { pathway } = await saveFrameworkPathway(ctx.db.kysely, {
        orgId: orgOf(request).id,
        pathwayId: id,
        input,
        actor: { userId: actorUser(request.principal), tokenId: actorToken(request.principal) },
        createOnly: true,
      });
      return reply.status(201).send(pathway);
    },
  );

  app.put(
    '/api/orgs/:orgId/framework/pathways/:pathwayId',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags,
        summary:
          'Create (201) or update (200) one pathway: names, descriptions and its goal skills. An unknown goal ' +
          'skill is refused with 422 naming it; nothing is written.',
        params: FrameworkPathwayParams,
        body: FrameworkPathwayBody,
        response: { 200: FrameworkPathwaySchema, 201: FrameworkPathwaySchema },
      },
    },
    async (request, reply) => {
      const { pathway, created } = await saveFrameworkPathway(ctx.db.kysely, {
        orgId: orgOf(request).id,
        pathwayId: request.params.pathwayId,
        input: request.body,
        actor: { userId: actorUser(request.principal), tokenId: actorToken(request.principal) },
      });
      return reply.status(created ? 201 : 200).send(pathway);
    },
  );

  app.post(
    '/api/orgs/:orgId/framework/case-import',
    {
      config: { access: { roles: ['admin'] } },
      bodyLimit: MAX_CASE_BODY,
      schema: {
        tags,
        summary:
          'Import a CASE 1.0 CFPackage as skills of the framework: CFItems → skills, isChildOf → hierarchy, ' +
          'A precedes B → A is a prerequisite of B, exactMatchOf / isRelatedTo → crosswalks. All or nothing: a ' +
          `broken package is refused with 400 listing every problem by path. ${REFUSAL}`,
        params: OrgParams,
        body: CasePackageBody,
        response: { 200: CaseImportReportSchema },
      },
    },
    async (request) =>
      importCasePackage(ctx.db.kysely, {
        orgId: orgOf(request).id,
        body: request.body,
        actor: { userId: actorUser(request.principal), tokenId: actorToken(request.principal) },
      }),
  );
}
