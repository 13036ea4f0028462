import { MySettingsSchema } from '@pathwise/contracts';
import { personOf } from '../../identity/actor.ts';
import { getMySettings, saveMySettings } from '../../messages/inbox.ts';
import type { App, AppContext } from '../../runtime/types.ts';

/** The signed-in person's own settings: "e-mail me new messages and announcements" (off until turned on). */
export function registerMySettingsRoutes(app: App, ctx: AppContext): void {
  const tags = ['account'];
  app.get(
    '/api/me/settings',
    {
      config: { access: 'user' },
      schema: { tags, summary: 'My settings', response: { 200: MySettingsSchema } },
    },
    async (request) => getMySettings(ctx, personOf(request)),
  );

  app.put(
    '/api/me/settings',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Change my settings',
        body: MySettingsSchema,
        response: { 200: MySettingsSchema },
      },
    },
    async (request) => saveMySettings(ctx, personOf(request), request.body),
  );
}
