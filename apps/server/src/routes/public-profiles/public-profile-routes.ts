import {
  LocaleSchema,
  OrgParams,
  PublicProfileBodySchema,
  PublicProfileParams,
  PublicProfileSchema,
  PublicProfileSettingsSchema,
} from '@pathwise/contracts';
import { Type } from 'typebox';
import {
  getOwnPublicProfile,
  renewPublicProfileAddress,
  saveOwnPublicProfile,
} from '../../public-profiles/public-profile-settings.ts';
import { publicProfileExists, viewPublicProfile } from '../../public-profiles/view-public-profile.ts';
import type { App, AppContext } from '../../runtime/types.ts';
import { sendAppPage } from '../app-page.ts';
import { learnerOf } from '../learning/learner-of.ts';
import { perCallerPerMinute } from '../per-caller-rate-limits.ts';

const learners = { roles: ['learner'] as const, sessionOnly: true };

/** Views of public profiles one caller may open in a minute: each verifies every credential it shows. */
export const PUBLIC_PROFILE_VIEWS_PER_MINUTE = 60;

/**
 * A learner's public profile: their own settings under `record/` (learners, by session), the public answer
 * (`/api/public/profiles/:handle`, anyone, rate-limited per caller) and the page's address (`/profile/:handle`,
 * the web app, 404 while there is no profile there).
 */
export function registerPublicProfileRoutes(app: App, ctx: AppContext): void {
  const tags = ['public profile'];
  app.get(
    '/api/orgs/:orgId/record/public-profile',
    {
      config: { access: learners },
      schema: {
        tags,
        summary:
          'My public profile: whether it is on, the name and headline shown, the credentials chosen, its address',
        params: OrgParams,
        response: { 200: PublicProfileSettingsSchema },
      },
    },
    async (request) => getOwnPublicProfile(ctx, learnerOf(request)),
  );

  app.put(
    '/api/orgs/:orgId/record/public-profile',
    {
      config: { access: learners },
      schema: {
        tags,
        summary: 'Turn my public profile on or off; choose the name, headline and credentials it shows',
        params: OrgParams,
        body: PublicProfileBodySchema,
        response: { 200: PublicProfileSettingsSchema },
      },
    },
    async (request) => saveOwnPublicProfile(ctx, learnerOf(request), request.body),
  );

  app.post(
    '/api/orgs/:orgId/record/public-profile/new-address',
    {
      config: { access: learners },
      schema: {
        tags,
        summary: 'Give my public profile a new address; the old one stops working at once',
        params: OrgParams,
        response: { 200: PublicProfileSettingsSchema },
      },
    },
    async (request) => renewPublicProfileAddress(ctx, learnerOf(request)),
  );

  app.get(
    '/api/public/profiles/:handle',
    {
      config: { access: 'public', rateLimit: perCallerPerMinute(PUBLIC_PROFILE_VIEWS_PER_MINUTE) },
      schema: {
        tags,
        summary:
          'A public profile: the name, headline, organization and chosen credentials, each verified now',
        description:
          'Not found (404, the same answer) for an address that never existed, one that was replaced, and a profile turned off.',
        params: PublicProfileParams,
        querystring: Type.Object(
          {
            lang: Type.Optional({
              ...LocaleSchema,
              description:
                "The reader's language for the credentials' names (their signed language editions)",
            }),
          },
          { additionalProperties: false },
        ),
        response: { 200: PublicProfileSchema },
      },
    },
    async (request, reply) => {
      const profile = await viewPublicProfile(ctx, request.params.handle, request.query.lang ?? 'en');
      // NOTE: true at the moment of viewing: no copy may outlive a revocation or the profile being turned off.
      return reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex').send(profile);
    },
  );

  // NOTE: the page's address answers 404 (still the app, which says so) while no profile is there, so that the
  // address itself stops working when the learner turns the profile off or replaces it.
  app.get(
    '/profile/:handle',
    {
      config: { rateLimit: perCallerPerMinute(PUBLIC_PROFILE_VIEWS_PER_MINUTE) },
      schema: { hide: true, params: PublicProfileParams },
    },
    async (request, reply) =>
      sendAppPage(ctx, reply, await publicProfileExists(ctx, request.params.handle), {
        'cache-control': 'no-store',
        'x-robots-tag': 'noindex',
      }),
  );
}
