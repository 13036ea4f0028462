import { AwardedCredentialParams, AwardResultSchema, ReissueCredentialBodySchema } from '@pathwise/contracts';
import { reissueCredential } from '../../credentials/reissue-credential.ts';
import { actorToken, actorUser } from '../../identity/actor.ts';
import { orgOf } from '../../plugins/access.ts';
import type { App, AppContext } from '../../runtime/types.ts';

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
        params: AwardedCredentialParams,
        body: ReissueCredentialBodySchema,
        response: { 201: AwardResultSchema },
      },
    },
    async (request, reply) => {
      const result = await reissueCredential(ctx, {
        orgId: orgOf(request).id,
        id: request.params.credentialId,
        reason: request.body.reason.trim(),
        actorUserId: actorUser(request.principal),
        actorTokenId: actorToken(request.principal),
      });
      return reply.code(201).send(result);
    },
  );
}
