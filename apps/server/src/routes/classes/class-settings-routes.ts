import { findTeachersEnrolAnyLearner, recordAudit, setTeachersEnrolAnyLearner } from '@pathwise/db';
import { actorToken, actorUser } from '../../identity/actor.ts';
import { orgOf } from '../../plugins/access.ts';
import { OrgParams } from '../../presenters.ts';
import type { App, AppContext } from '../../types.ts';
import { ClassSettingsSchema } from './class-schemas.ts';

/** The organization's class setting: whether teachers may enrol any member learner (off unless an admin says). */
export function registerClassSettingsRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/orgs/:orgId/class-settings',
    {
      config: { access: { roles: ['admin', 'teacher'] } },
      schema: {
        tags: ['classes'],
        summary: 'Whether teachers may add any learner of the organization to their classes',
        params: OrgParams,
        response: { 200: ClassSettingsSchema },
      },
    },
    async (request) => ({
      teachersEnrolAnyLearner: await findTeachersEnrolAnyLearner(ctx.db.kysely, orgOf(request).id),
    }),
  );

  app.put(
    '/api/orgs/:orgId/class-settings',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags: ['classes'],
        summary:
          'Let teachers add any learner of the organization to their classes, or only their own learners',
        params: OrgParams,
        body: ClassSettingsSchema,
        response: { 200: ClassSettingsSchema },
      },
    },
    async (request) => {
      const orgId = orgOf(request).id;
      const enabled = request.body.teachersEnrolAnyLearner;
      await ctx.db.kysely.transaction().execute(async (trx) => {
        await setTeachersEnrolAnyLearner(trx, orgId, enabled);
        await recordAudit(trx, {
          orgId,
          actorUserId: actorUser(request.principal),
          actorTokenId: actorToken(request.principal),
          action: 'organization.class_settings_changed',
          targetType: 'organization',
          targetId: orgId,
          details: { teachersEnrolAnyLearner: enabled },
        });
      });
      return { teachersEnrolAnyLearner: enabled };
    },
  );
}
