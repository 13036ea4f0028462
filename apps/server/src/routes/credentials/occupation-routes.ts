import {
  OccupationParams,
  OccupationPreviewSchema,
  OccupationSearchQuery,
  OccupationSearchResultSchema,
  OrgParams,
} from '@pathwise/contracts';
import { previewOccupation, searchOccupationData } from '../../credentials/occupations.ts';
import { orgOf } from '../../plugins/access.ts';
import type { App, AppContext } from '../../runtime/types.ts';

const employers = { roles: ['employer', 'admin'] as const };

/**
 * O*NET and ESCO occupations, read at run time from the shared data, for building job profiles: search by words
 * of the title, and an occupation's skills with their crosswalks to the organization's framework.
 */
export function registerOccupationRoutes(app: App, ctx: AppContext): void {
  const tags = ['employer'];
  app.get(
    '/api/orgs/:orgId/occupations',
    {
      config: { access: employers },
      schema: {
        tags,
        summary:
          'Search O*NET and ESCO occupations by words of their titles and alternative titles, best first, at most ' +
          '20; when none match, broader queries to try; `missing` names a source whose data this server lacks',
        params: OrgParams,
        querystring: OccupationSearchQuery,
        response: { 200: OccupationSearchResultSchema },
      },
    },
    async (request) => searchOccupationData(ctx, request.query),
  );

  app.get(
    '/api/orgs/:orgId/occupations/:source/:code',
    {
      config: { access: employers },
      schema: {
        tags,
        summary:
          "An occupation's skills, readable, with O*NET importance or ESCO essential/optional, a suggested choice " +
          "and the organization's framework skills crosswalked to each",
        params: OccupationParams,
        response: { 200: OccupationPreviewSchema },
      },
    },
    async (request) =>
      previewOccupation(ctx, {
        orgId: orgOf(request).id,
        source: request.params.source,
        code: request.params.code,
      }),
  );
}
