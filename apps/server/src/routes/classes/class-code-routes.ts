import {
  createClassJoinCode,
  type JoinCode,
  listClassJoinCodes,
  recordAudit,
  revokeClassJoinCode,
} from '@pathwise/db';
import { Type } from 'typebox';
import { actorUser } from '../../identity/actor.ts';
import { revokeWithAudit } from '../../identity/revoke-with-audit.ts';
import { newJoinCode } from '../../identity/secret-token.ts';
import { orgOf } from '../../plugins/access.ts';
import type { App, AppContext } from '../../types.ts';
import { getVisibleClass } from './class-access.ts';
import { ClassCodeBody, ClassCodeSchema, ClassParams } from './class-schemas.ts';

const STAFF = { roles: ['admin', 'teacher'] } as const;

function presentClassCode(j: JoinCode) {
  return {
    id: j.id,
    code: j.code,
    role: 'learner' as const,
    classId: j.class_id ?? '',
    uses: j.uses,
    maxUses: j.max_uses,
    expiresAt: j.expires_at ? j.expires_at.toISOString() : null,
  };
}

/**
 * Class codes: a learner join code of one class. A learner of the organization who enters it, or a new person who
 * signs up with it, joins the organization as a learner (if new) and the class (identity/join.ts).
 */
export function registerClassCodeRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/orgs/:orgId/classes/:classId/join-codes',
    {
      config: { access: STAFF },
      schema: {
        tags: ['classes'],
        summary: 'Create a class code: whoever enters it joins the class as a learner',
        params: ClassParams,
        body: ClassCodeBody,
        response: { 201: ClassCodeSchema },
      },
    },
    async (request, reply) => {
      const found = await getVisibleClass(ctx, request, request.params.classId);
      const orgId = orgOf(request).id;
      const { maxUses, expiresInDays } = request.body;
      const created = await ctx.db.kysely.transaction().execute(async (trx) => {
        const row = await createClassJoinCode(trx, {
          orgId,
          classId: found.id,
          code: newJoinCode(),
          maxUses: maxUses ?? null,
          expiresAt: expiresInDays ? new Date(ctx.now().getTime() + expiresInDays * 86_400_000) : null,
          createdBy: actorUser(request.principal),
        });
        await recordAudit(trx, {
          orgId,
          actorUserId: actorUser(request.principal),
          action: 'join_code.created',
          targetType: 'join_code',
          targetId: row.id,
          details: { role: 'learner', classId: found.id },
        });
        return row;
      });
      return reply.status(201).send(presentClassCode(created));
    },
  );

  app.get(
    '/api/orgs/:orgId/classes/:classId/join-codes',
    {
      config: { access: STAFF },
      schema: {
        tags: ['classes'],
        summary: 'The live codes of a class',
        params: ClassParams,
        response: { 200: Type.Object({ joinCodes: Type.Array(ClassCodeSchema) }) },
      },
    },
    async (request) => {
      const found = await getVisibleClass(ctx, request, request.params.classId);
      const rows = await listClassJoinCodes(ctx.db.kysely, orgOf(request).id, found.id);
      return { joinCodes: rows.map(presentClassCode) };
    },
  );

  app.delete(
    '/api/orgs/:orgId/classes/:classId/join-codes/:joinCodeId',
    {
      config: { access: STAFF },
      schema: {
        tags: ['classes'],
        summary: 'Revoke a class code',
        params: Type.Object({
          orgId: Type.String(),
          classId: Type.String(),
          joinCodeId: Type.String({ format: 'uuid' }),
        }),
      },
    },
    async (request, reply) => {
      const found = await getVisibleClass(ctx, request, request.params.classId);
      const orgId = orgOf(request).id;
      const id = request.params.joinCodeId;
      await revokeWithAudit(ctx.db.kysely, request.principal, {
        orgId,
        targetType: 'join_code',
        targetId: id,
        notFound: 'No such class code',
        revoke: (trx) => revokeClassJoinCode(trx, { orgId, classId: found.id, id }),
      });
      return reply.status(204).send();
    },
  );
}
