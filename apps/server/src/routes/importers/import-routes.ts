import {
  ContentFigureParams,
  ImportAttributionQuery,
  ImportBodySchema,
  ImportFormatListSchema,
  ImportRunParams,
  ImportRunSchema,
  MAX_IMPORT_BODY,
  OrgParams,
  SourceAttributionSchema,
} from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { findContentFigure, findImportRun } from '@pathwise/db';
import { actorUser } from '../../identity/actor.ts';
import { checkImportSizes } from '../../importers/check-import-sizes.ts';
import { importFormatList } from '../../importers/import-format-list.ts';
import {
  followImportRun,
  presentImportRun,
  processImportRun,
  startImportRun,
} from '../../importers/import-run.ts';
import { findSourceAttribution } from '../../importers/source-attribution.ts';
import { orgOf } from '../../plugins/access.ts';
import type { App, AppContext } from '../../runtime/types.ts';
import { registerPathwayDraftRoutes } from './pathway-draft-routes.ts';

const tags = ['importers'];

/**
 * Content import for administrators: upload a dataset (OATutor, MathCAMPS, GSM8K Socratic), follow the run's
 * progress and read its report, which accounts for every record; the formats offered; the imported pathways
 * still in draft and their publication; the attribution of an imported source; and the figures of imported
 * content, for the organization's members.
 */
export function registerImportRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/orgs/:orgId/imports/formats',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags,
        summary: 'The formats an import accepts: each with its files, its size cap and its attribution',
        params: OrgParams,
        response: { 200: ImportFormatListSchema },
      },
    },
    async () => importFormatList(),
  );

  app.post(
    '/api/orgs/:orgId/imports',
    {
      config: { access: { roles: ['admin'] } },
      bodyLimit: MAX_IMPORT_BODY,
      schema: {
        tags,
        summary:
          'Start an import: the files are checked and written in the background; follow the run at ' +
          '/imports/{importId}. All-or-nothing, or only the good records with acceptPartial; the report lists ' +
          'the first 100 rejected records with their lines and counts every problem by reason; `written: false` ' +
          'means nothing was imported; imported + importedAsSteps + skippedByReason account for every record. The ' +
          'pathway an import makes is a draft until published. Caps (413): the body 48 MiB; problems per format ' +
          '(GET /imports/formats); companion files 1 MiB; a line 1 MiB (longer lines are rejected).',
        params: OrgParams,
        body: ImportBodySchema,
        response: { 202: ImportRunSchema },
      },
    },
    async (request, reply) => {
      checkImportSizes(request.body);
      const { format, acceptPartial, figures, ...texts } = request.body;
      const orgId = orgOf(request).id;
      const runId = await startImportRun(ctx.db.kysely, {
        orgId,
        format,
        acceptPartial,
        actorUserId: actorUser(request.principal),
        files: texts,
      });
      const files = {
        ...texts,
        figures: new Map((figures ?? []).map((f) => [f.name, Buffer.from(f.data, 'base64')])),
      };
      // NOTE: the run is processed in this process after the reply, with the files in memory; storing them for a
      // background job cost ~4 s of bytea writes on PGlite for OATutor's 14 MB before the reply. A run cut short
      // by a restart is marked failed when next read (followImportRun); nothing of it was written.
      setImmediate(() => {
        processImportRun(ctx.db.kysely, { orgId, runId }, files).catch((error) =>
          request.log.error({ err: error, runId }, 'content import failed'),
        );
      });
      const run = await findImportRun(ctx.db.kysely, orgId, runId);
      return reply.status(202).send(presentImportRun(run!));
    },
  );

  app.get(
    '/api/orgs/:orgId/imports/:importId',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags,
        summary: 'An import run: its status, progress (done of total) and, once done, its report',
        params: ImportRunParams,
        response: { 200: ImportRunSchema },
      },
    },
    async (request) => {
      const run = await followImportRun(ctx.db.kysely, orgOf(request).id, request.params.importId, ctx.now());
      if (!run) throw new AppError('not_found', 'No such import in this organization');
      return presentImportRun(run);
    },
  );

  app.get(
    '/api/orgs/:orgId/figures/:sha256',
    {
      config: { access: { roles: ['admin', 'teacher', 'learner'] } },
      schema: {
        tags,
        summary: 'A figure of imported content, by the SHA-256 of its bytes (immutable: cache it for good)',
        params: ContentFigureParams,
      },
    },
    async (request, reply) => {
      const figure = await findContentFigure(ctx.db.kysely, orgOf(request).id, request.params.sha256);
      if (!figure) throw new AppError('not_found', 'No such figure in this organization');
      // NOTE: private: the figure belongs to the organization's content, so shared caches must not keep it.
      return reply
        .type(figure.mediaType)
        .header('cache-control', 'private, max-age=31536000, immutable')
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(figure.bytes));
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
        querystring: ImportAttributionQuery,
        response: { 200: SourceAttributionSchema },
      },
    },
    async (request) => {
      return findSourceAttribution(ctx.db.kysely, orgOf(request).id, request.query.source);
    },
  );

  registerPathwayDraftRoutes(app, ctx);
}
