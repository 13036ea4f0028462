import { AppError } from '@pathwise/core';
import { findContentFigure, findImportRun, type ImportRunRow, listItems } from '@pathwise/db';
import { Type } from 'typebox';
import { actorUser } from '../../identity/actor.ts';
import { followImportRun, processImportRun, startImportRun } from '../../importers/import-run.ts';
import { orgOf } from '../../plugins/access.ts';
import { OrgParams } from '../../presenters.ts';
import type { App, AppContext } from '../../types.ts';
import {
  AttributionSchema,
  FigureParams,
  ImportBody,
  ImportRunParams,
  ImportRunSchema,
  MAX_COMPANION_CHARS,
  MAX_IMPORT_BODY,
  MAX_PROBLEMS_CHARS,
} from './import-schemas.ts';

const tags = ['importers'];

/** Refuses (413, naming the file and its cap) a file over the cap of its format, before a run is created. */
function checkSizes(
  body: { format: keyof typeof MAX_PROBLEMS_CHARS; problems: string } & Record<string, unknown>,
) {
  const caps: [string, number][] = [
    ['problems', MAX_PROBLEMS_CHARS[body.format]],
    ['standards', MAX_COMPANION_CHARS],
    ['bktParams', MAX_COMPANION_CHARS],
  ];
  const over = caps.flatMap(([field, cap]) => {
    const text = body[field];
    return typeof text === 'string' && text.length > cap
      ? [
          {
            field: `body/${field}`,
            message: `is ${text.length} characters; at most ${cap} for ${body.format}`,
          },
        ]
      : [];
  });
  if (over.length > 0)
    throw new AppError(
      'payload_too_large',
      `The import file is too large: ${over.map((o) => `${o.field} ${o.message}`).join('; ')}`,
      over,
    );
}

function presentRun(run: ImportRunRow) {
  return {
    id: run.id,
    format: run.format,
    status: run.status,
    done: run.done,
    total: run.total,
    // biome-ignore lint/suspicious/noExplicitAny: the stored report is the report schema, checked on the way out
    report: run.report as any,
    error: run.error,
    createdAt: run.createdAt.toISOString(),
  };
}

/**
 * Content import for administrators: upload a dataset (OATutor, MathCAMPS, GSM8K Socratic), follow the run's
 * progress and read its report of what was written and every rejected record; the attribution of an imported
 * source; and the figures of imported content, for the organization's members.
 */
export function registerImportRoutes(app: App, ctx: AppContext): void {
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
          'means nothing was imported. Caps (413): the body 48 MiB; problems 16 MiB (oatutor), 12 MiB ' +
          '(mathcamps), 4 MiB (gsm8k); standards and bktParams 1 MiB; a line 1 MiB (longer lines are rejected).',
        params: OrgParams,
        body: ImportBody,
        response: { 202: ImportRunSchema },
      },
    },
    async (request, reply) => {
      checkSizes(request.body);
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
      return reply.status(202).send(presentRun(run!));
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
      return presentRun(run);
    },
  );

  app.get(
    '/api/orgs/:orgId/figures/:sha256',
    {
      config: { access: { roles: ['admin', 'teacher', 'learner'] } },
      schema: {
        tags,
        summary: 'A figure of imported content, by the SHA-256 of its bytes (immutable: cache it for good)',
        params: FigureParams,
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
      const page = await listItems(ctx.db.kysely, orgOf(request).id, {
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
