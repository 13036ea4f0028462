import { listItems } from '@pathwise/db';
import { Type } from 'typebox';
import { actorUser } from '../../identity/actor.ts';
import { importContent } from '../../importers/import-content.ts';
import { parseImport } from '../../importers/parse-import.ts';
import { OrgParams } from '../../presenters.ts';
import type { App, AppContext } from '../../types.ts';
import { AttributionSchema, ImportBody, ImportReportSchema, MAX_FILE_CHARS } from './import-schemas.ts';

const tags = ['importers'];

/**
 * Content import for administrators: upload a dataset file (OATutor, MathCAMPS, GSM8K Socratic) and get the
 * report of what was written and every rejected record; and the attribution of an imported source.
 */
export function registerImportRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/orgs/:orgId/imports',
    {
      config: { access: { roles: ['admin'] } },
      bodyLimit: MAX_FILE_CHARS * 2,
      schema: {
        tags,
        summary:
          'Import a dataset file: all-or-nothing, or only the good records with acceptPartial. The report lists ' +
          'every rejected record with its line; `written: false` means nothing was imported.',
        params: OrgParams,
        body: ImportBody,
        response: { 200: ImportReportSchema },
      },
    },
    async (request) => {
      const { format, acceptPartial, ...files } = request.body;
      const result = parseImport(format, files);
      return importContent(ctx.db.db, request.org!.id, result, {
        acceptPartial,
        actorUserId: actorUser(request.principal),
        onProgress: (done, total) => request.log.info({ done, total }, 'import progress'),
      });
    },
  );

  app.get(
    '/api/orgs/:orgId/imports/attribution',
    {
      config: { access: { roles: ['admin', 'teacher', 'learner'] } },
      schema: {
        tags,
        summary: 'The attribution to show with the items of an imported source (null when none is stored)',
        params: OrgParams,
        querystring: Type.Object({ source: Type.String({ minLength: 1, maxLength: 100 }) }),
        response: {
          200: Type.Object({
            source: Type.String(),
            attribution: Type.Union([AttributionSchema, Type.Null()]),
          }),
        },
      },
    },
    async (request) => {
      const page = await listItems(ctx.db.db, request.org!.id, {
        source: request.query.source,
        limit: 1,
        offset: 0,
      });
      const stored = page.items[0]?.content?.attribution as
        | { dataset: string; text: string; license: string; url: string }
        | undefined;
      return { source: request.query.source, attribution: stored ?? null };
    },
  );
}
