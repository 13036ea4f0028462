import { type IssuedCredentialRow, listAchievements } from '@pathwise/db';
import { Type } from 'typebox';
import { presentCredential } from '../../credentials/learner-record.ts';
import { reissueCredential } from '../../credentials/reissue-credential.ts';
import { actorToken, actorUser } from '../../identity/actor.ts';
import { orgOf } from '../../plugins/access.ts';
import type { App, AppContext } from '../../types.ts';
import { AwardResultSchema } from './credential-schemas.ts';

/** The administrator's explicit re-award of a revoked credential (revocation is otherwise final). */
export function registerReissueRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/orgs/:orgId/credentials/:credentialId/reissue',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags: ['credentials'],
        summary:
          'Re-award a revoked credential: a new credential of the same achievement to the same learner, with the reason as its evidence (the only way a revoked achievement is issued again)',
        params: Type.Object({ orgId: Type.String(), credentialId: Type.String({ format: 'uuid' }) }),
        body: Type.Object(
          { reason: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }) },
          { additionalProperties: false },
        ),
        response: { 201: AwardResultSchema },
      },
    },
    async (request, reply) => {
      const orgId = orgOf(request).id;
      const { awarded, stacked } = await reissueCredential(ctx, {
        orgId,
        id: request.params.credentialId,
        reason: request.body.reason.trim(),
        actorUserId: actorUser(request.principal),
        actorTokenId: actorToken(request.principal),
      });
      const names = new Map((await listAchievements(ctx.db.kysely, orgId)).map((a) => [a.id, a.name]));
      const present = (r: IssuedCredentialRow) => presentCredential(r, names, ctx.now());
      return reply.code(201).send({
        awarded: present(awarded),
        stacked: stacked.map(present),
        issued: [awarded, ...stacked].map(present),
      });
    },
  );
}
