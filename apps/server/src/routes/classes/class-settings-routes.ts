import { ClassSettingsSchema, OrgParams } from '@pathwise/contracts';
import { changeClassSettings, readClassSettings } from '../../classes/class-settings.ts';
import { orgActor } from '../../identity/actor.ts';
import type { App, AppContext } from '../../runtime/types.ts';

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
    async (request) => readClassSettings(ctx, orgActor(request)),
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
    async (request) => changeClassSettings(ctx, orgActor(request), request.body),
  );
}
