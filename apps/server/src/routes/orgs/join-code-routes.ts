import { AppError } from '@pathwise/core';
import { createJoinCode, listJoinCodes, recordAudit, revokeJoinCode } from '@pathwise/db';
import { Type } from 'typebox';
import { actorToken, actorUser } from '../../identity/actor.ts';
import { joinWithCode } from '../../identity/join.ts';
import { revokeWithAudit } from '../../identity/revoke-with-audit.ts';
import { newJoinCode } from '../../identity/secret-token.ts';
import { orgOf } from '../../plugins/access.ts';
import {
  JoinCodeSchema,
  MembershipSchema,
  OrgParams,
  presentJoinCode,
  StringEnum,
} from '../../presenters.ts';
import type { App, AppContext } from '../../types.ts';

/** Join codes: a short code a teacher writes on the board; whoever types it joins with its role. */
export function registerJoinCodeRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/orgs/:orgId/join-codes',
    {
      config: { access: { roles: ['admin', 'teacher'] } },
      schema: {
        tags: ['organizations'],
        summary: 'Create a join code (teachers may create learner codes only)',
        params: OrgParams,
        body: Type.Object(
          {
            role: StringEnum(['learner', 'teacher']),
            maxUses: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
            expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: JoinCodeSchema },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      if (org.role === 'teacher' && request.body.role !== 'learner') {
        throw new AppError('forbidden', 'Teachers can create join codes for learners only');
      }
      const { expiresInDays, maxUses } = request.body;
      const joinCode = await ctx.db.kysely.transaction().execute(async (trx) => {
        const created = await createJoinCode(trx, {
          orgId: org.id,
          code: newJoinCode(),
          role: request.body.role,
          maxUses: maxUses ?? null,
          expiresAt: expiresInDays ? new Date(ctx.now().getTime() + expiresInDays * 86_400_000) : null,
          createdBy: actorUser(request.principal),
        });
        await recordAudit(trx, {
          orgId: org.id,
          actorUserId: actorUser(request.principal),
          actorTokenId: actorToken(request.principal),
          action: 'join_code.created',
          targetType: 'join_code',
          targetId: created.id,
          details: { role: created.role },
        });
        return created;
      });
      return reply.status(201).send(presentJoinCode(joinCode));
    },
  );

  app.get(
    '/api/orgs/:orgId/join-codes',
    {
      config: { access: { roles: ['admin', 'teacher'] } },
      schema: {
        tags: ['organizations'],
        summary: 'Live join codes',
        params: OrgParams,
        response: { 200: Type.Object({ joinCodes: Type.Array(JoinCodeSchema) }) },
      },
    },
    async (request) => ({
      joinCodes: (
        await listJoinCodes(ctx.db.kysely, orgOf(request).id, learnerCodesOnly(orgOf(request).role))
      ).map(presentJoinCode),
    }),
  );

  app.delete(
    '/api/orgs/:orgId/join-codes/:joinCodeId',
    {
      config: { access: { roles: ['admin', 'teacher'] } },
      schema: {
        tags: ['organizations'],
        summary: 'Revoke a join code',
        params: Type.Object({ orgId: Type.String(), joinCodeId: Type.String({ format: 'uuid' }) }),
      },
    },
    async (request, reply) => {
      const orgId = orgOf(request).id;
      const joinCodeId = request.params.joinCodeId;
      await revokeWithAudit(ctx.db.kysely, request.principal, {
        orgId,
        targetType: 'join_code',
        targetId: joinCodeId,
        notFound: 'No such join code',
        revoke: (trx) => revokeJoinCode(trx, orgId, joinCodeId, learnerCodesOnly(orgOf(request).role)),
      });
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/join',
    {
      config: { access: 'user' },
      schema: {
        tags: ['organizations'],
        summary: 'Join an organization with a join code',
        body: Type.Object(
          { joinCode: Type.String({ minLength: 4, maxLength: 32 }) },
          { additionalProperties: false },
        ),
        response: { 200: MembershipSchema },
      },
    },
    async (request) => {
      const principal = request.principal!;
      if (principal.kind !== 'user') throw new AppError('forbidden', 'Not a person');
      return ctx.db.kysely
        .transaction()
        .execute((trx) => joinWithCode(trx, principal.userId, request.body.joinCode, ctx.now()));
    },
  );
}

/** Teachers see and revoke learner codes only: a teacher code hands out teacher access, an administrator's call. */
function learnerCodesOnly(role: string): string | undefined {
  return role === 'teacher' ? 'learner' : undefined;
}
