import { AppError } from '@pathwise/core';
import {
  countAdminsForUpdate,
  findOrganizationById,
  findRole,
  listAudit,
  listMembers,
  recordAudit,
  removeMembership,
  setRole,
} from '@pathwise/db';
import { Type } from 'typebox';
import { actorToken, actorUser } from '../../identity/actor.ts';
import { createOrganizationAsPerson } from '../../identity/create-organization.ts';
import { ORG_SIGNUP_MODES } from '../../identity/org-signup.ts';
import { orgOf } from '../../plugins/access.ts';
import { MemberSchema, OrgParams, presentMember, RoleSchema, StringEnum } from '../../presenters.ts';
import type { App, AppContext } from '../../types.ts';

const OrgSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  slug: Type.String(),
  role: Type.String(),
});
const MemberParams = Type.Object({ orgId: Type.String(), userId: Type.String({ format: 'uuid' }) });
const ANY_MEMBER = { roles: ['learner', 'teacher', 'admin', 'employer'] } as const;

/** Organizations and their members. */
export function registerOrgRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/orgs/signup-policy',
    {
      config: { access: 'public' },
      schema: {
        tags: ['organizations'],
        summary: 'Who may create an organization on this server (ORG_SIGNUP), for the page that creates one',
        response: { 200: Type.Object({ orgSignup: StringEnum(ORG_SIGNUP_MODES) }) },
      },
    },
    async () => ({ orgSignup: ctx.config.orgSignup }),
  );

  app.post(
    '/api/orgs',
    {
      config: { access: 'user' },
      schema: {
        tags: ['organizations'],
        summary: 'Create an organization; you become its administrator',
        description:
          'As ORG_SIGNUP allows: open, anyone signed in; invite, with an organization-creation code from the ' +
          "operator (used once; 403 naming creationCode without a valid one); closed, never (403: the operator's " +
          'CLI creates organizations). The problem carries `orgSignup`.',
        body: Type.Object(
          {
            name: Type.String({ minLength: 2, maxLength: 100 }),
            slug: Type.Optional(
              Type.String({
                pattern: '^[a-z0-9][a-z0-9-]{1,47}$',
                description: 'lower-case letters, digits and dashes',
              }),
            ),
            creationCode: Type.Optional(
              Type.String({
                minLength: 1,
                maxLength: 64,
                description: 'an organization-creation code (ORG_SIGNUP=invite), e.g. K7QM-2XWD-9RTB-HCEP',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 201: OrgSchema },
      },
    },
    async (request, reply) => {
      const principal = request.principal!;
      if (principal.kind !== 'user') throw new AppError('forbidden', 'Not a person');
      const { name, slug, creationCode } = request.body;
      const org = await ctx.db.kysely.transaction().execute((trx) =>
        createOrganizationAsPerson(trx, ctx.config.orgSignup, {
          userId: principal.userId,
          name,
          slug,
          creationCode,
          now: ctx.now(),
        }),
      );
      return reply.status(201).send({ id: org.id, name: org.name, slug: org.slug, role: 'admin' });
    },
  );

  app.get(
    '/api/orgs/:orgId',
    {
      config: { access: ANY_MEMBER },
      schema: {
        tags: ['organizations'],
        summary: 'An organization you belong to',
        params: OrgParams,
        response: { 200: OrgSchema },
      },
    },
    async (request) => {
      const org = await findOrganizationById(ctx.db.kysely, orgOf(request).id);
      if (!org) throw new AppError('not_found', 'No such organization');
      return { id: org.id, name: org.name, slug: org.slug, role: orgOf(request).role };
    },
  );

  app.get(
    '/api/orgs/:orgId/members',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags: ['organizations'],
        summary: 'Everyone in the organization and their role',
        params: OrgParams,
        response: { 200: Type.Object({ members: Type.Array(MemberSchema) }) },
      },
    },
    async (request) => ({
      members: (await listMembers(ctx.db.kysely, orgOf(request).id)).map(presentMember),
    }),
  );

  app.patch(
    '/api/orgs/:orgId/members/:userId',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags: ['organizations'],
        summary: "Change a member's role",
        params: MemberParams,
        body: Type.Object({ role: RoleSchema }, { additionalProperties: false }),
        response: { 200: Type.Object({ userId: Type.String(), role: Type.String() }) },
      },
    },
    async (request) => {
      const orgId = orgOf(request).id;
      const { userId } = request.params;
      const { role } = request.body;
      await ctx.db.kysely.transaction().execute(async (trx) => {
        const current = await findRole(trx, orgId, userId);
        if (!current) throw new AppError('not_found', 'That person is not a member of this organization');
        if (current === 'admin' && role !== 'admin' && (await countAdminsForUpdate(trx, orgId)) <= 1) {
          throw new AppError('last_admin', 'An organization needs at least one administrator');
        }
        await setRole(trx, orgId, userId, role);
        await recordAudit(trx, {
          orgId,
          actorUserId: actorUser(request.principal),
          actorTokenId: actorToken(request.principal),
          action: 'membership.role_changed',
          targetType: 'user',
          targetId: userId,
          details: { from: current, to: role },
        });
      });
      return { userId, role };
    },
  );

  app.delete(
    '/api/orgs/:orgId/members/:userId',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags: ['organizations'],
        summary: 'Remove a member from the organization',
        params: MemberParams,
      },
    },
    async (request, reply) => {
      const orgId = orgOf(request).id;
      const { userId } = request.params;
      await ctx.db.kysely.transaction().execute(async (trx) => {
        const current = await findRole(trx, orgId, userId);
        if (!current) throw new AppError('not_found', 'That person is not a member of this organization');
        if (current === 'admin' && (await countAdminsForUpdate(trx, orgId)) <= 1) {
          throw new AppError('last_admin', 'An organization needs at least one administrator');
        }
        await removeMembership(trx, orgId, userId);
        await recordAudit(trx, {
          orgId,
          actorUserId: actorUser(request.principal),
          actorTokenId: actorToken(request.principal),
          action: 'membership.removed',
          targetType: 'user',
          targetId: userId,
        });
      });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/orgs/:orgId/audit',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags: ['organizations'],
        summary: 'The newest entries of the audit trail',
        params: OrgParams,
        response: {
          200: Type.Object({
            events: Type.Array(
              Type.Object({
                id: Type.Integer(),
                action: Type.String(),
                actorUserId: Type.Union([Type.String(), Type.Null()]),
                targetType: Type.Union([Type.String(), Type.Null()]),
                targetId: Type.Union([Type.String(), Type.Null()]),
                createdAt: Type.String(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const rows = await listAudit(ctx.db.kysely, orgOf(request).id);
      return {
        events: rows.map((r) => ({
          id: Number(r.id),
          action: r.action,
          actorUserId: r.actor_user_id,
          targetType: r.target_type,
          targetId: r.target_id,
          createdAt: r.created_at.toISOString(),
        })),
      };
    },
  );
}
