import {
  AuditEventListSchema,
  AuditQuery,
  ChangeRoleBody,
  CreateOrgBody,
  OrgMemberListSchema,
  OrgMemberParams,
  OrgParams,
  OrgSchema,
  OrgSignupPolicySchema,
  RoleChangedSchema,
} from '@pathwise/contracts';
import { Type } from 'typebox';
import { orgActor, personOf } from '../../identity/actor.ts';
import { changeMemberRole, listAuditTrail, listOrgMembers, removeMember } from '../../orgs/members.ts';
import { createOrganizationOf, getOrganization } from '../../orgs/organizations.ts';
import { orgOf } from '../../plugins/access.ts';
import { presentAuditEvent, presentMember } from '../../runtime/presenters.ts';
import type { App, AppContext } from '../../runtime/types.ts';

const ANY_MEMBER = { roles: ['learner', 'teacher', 'admin', 'employer'] } as const;
const ADMIN = { roles: ['admin'] } as const;
const tags = ['organizations'];

/** Organizations and their members. */
export function registerOrgRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/orgs/signup-policy',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Who may create an organization on this server (ORG_SIGNUP), for the page that creates one',
        response: { 200: OrgSignupPolicySchema },
      },
    },
    async () => ({ orgSignup: ctx.config.orgSignup }),
  );

  app.post(
    '/api/orgs',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Create an organization; you become its administrator',
        description:
          'As ORG_SIGNUP allows: open, anyone signed in; invite, with an organization-creation code from the ' +
          "operator (used once; 403 naming creationCode without a valid one); closed, never (403: the operator's " +
          'CLI creates organizations). The problem carries `orgSignup`.',
        body: CreateOrgBody,
        response: { 201: OrgSchema },
      },
    },
    async (request, reply) => {
      const org = await createOrganizationOf(ctx, personOf(request), request.body);
      return reply.status(201).send({ id: org.id, name: org.name, slug: org.slug, role: 'admin' });
    },
  );

  app.get(
    '/api/orgs/:orgId',
    {
      config: { access: ANY_MEMBER },
      schema: {
        tags,
        summary: 'An organization you belong to',
        params: OrgParams,
        response: { 200: OrgSchema },
      },
    },
    async (request) => {
      const org = await getOrganization(ctx, orgActor(request));
      return { id: org.id, name: org.name, slug: org.slug, role: orgOf(request).role };
    },
  );

  app.get(
    '/api/orgs/:orgId/members',
    {
      config: { access: ADMIN },
      schema: {
        tags,
        summary: 'Everyone in the organization and their role',
        params: OrgParams,
        response: { 200: OrgMemberListSchema },
      },
    },
    async (request) => ({ members: (await listOrgMembers(ctx, orgActor(request))).map(presentMember) }),
  );

  app.patch(
    '/api/orgs/:orgId/members/:userId',
    {
      config: { access: ADMIN },
      schema: {
        tags,
        summary: "Change a member's role",
        params: OrgMemberParams,
        body: ChangeRoleBody,
        response: { 200: RoleChangedSchema },
      },
    },
    async (request) =>
      changeMemberRole(ctx, orgActor(request), { userId: request.params.userId, role: request.body.role }),
  );

  app.delete(
    '/api/orgs/:orgId/members/:userId',
    {
      config: { access: ADMIN },
      schema: {
        tags,
        summary: 'Remove a member from the organization',
        params: OrgMemberParams,
        response: { 204: Type.Null({ description: 'Removed' }) },
      },
    },
    async (request, reply) => {
      await removeMember(ctx, orgActor(request), request.params.userId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/orgs/:orgId/audit',
    {
      config: { access: ADMIN },
      schema: {
        tags,
        summary: 'The audit trail, newest first, 50 entries a page',
        params: OrgParams,
        querystring: AuditQuery,
        response: { 200: AuditEventListSchema },
      },
    },
    async (request) => {
      const { rows, nextBefore } = await listAuditTrail(ctx, orgActor(request), request.query.before);
      return { events: rows.map(presentAuditEvent), nextBefore };
    },
  );
}
