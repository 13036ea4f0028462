import {
  DraftPathwayListSchema,
  OrgParams,
  PathwayPublishParams,
  PublishedPathwaySchema,
} from '@pathwise/contracts';
import { actorUser } from '../../identity/actor.ts';
import { listDraftPathways, publishImportedPathway } from '../../importers/pathway-drafts.ts';
import { orgOf } from '../../plugins/access.ts';
import type { App, AppContext } from '../../runtime/types.ts';

const tags = ['importers'];

/** The pathways imports made, in draft until an administrator publishes them (learners do not see drafts). */
export function registerPathwayDraftRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/orgs/:orgId/pathway-drafts',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags,
        summary: 'The draft pathways (made by imports): learners see none of them until it is published',
        params: OrgParams,
        response: { 200: DraftPathwayListSchema },
      },
    },
    async (request) => listDraftPathways(ctx.db.kysely, orgOf(request).id),
  );

  app.post(
    '/api/orgs/:orgId/pathway-drafts/:pathwayId/publish',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags,
        summary: 'Publish a draft pathway: learners see it and may enrol from now on (again: no change)',
        params: PathwayPublishParams,
        response: { 200: PublishedPathwaySchema },
      },
    },
    async (request) =>
      publishImportedPathway(ctx.db.kysely, {
        orgId: orgOf(request).id,
        pathwayId: request.params.pathwayId,
        actorUserId: actorUser(request.principal),
      }),
  );
}
