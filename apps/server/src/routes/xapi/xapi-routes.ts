import type { XapiVersion } from '@pathwise/xapi';
import { LATEST_XAPI_VERSION, VERSION_HEADER } from '@pathwise/xapi';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { getAbout, getActivity, getPerson } from '../../lrs/describe.ts';
import { handleDocument } from '../../lrs/documents.ts';
import type { LrsRequest, LrsResponse } from '../../lrs/lrs-request.ts';
import type { LrsResource } from '../../lrs/lrs-scopes.ts';
import { getStatements } from '../../lrs/read-statements.ts';
import { postStatements, putStatement } from '../../lrs/write-statements.ts';
import { XapiError } from '../../lrs/xapi-error.ts';
import type { App, AppContext } from '../../runtime/types.ts';
import { readLrsRequest } from './lrs-request-reader.ts';

/** The largest statement batch or document (with attachments) the LRS accepts; larger bodies get 413. */
export const LRS_BODY_LIMIT = 20 * 1024 * 1024;

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers':
    'ETag, Last-Modified, Content-Type, X-Experience-API-Version, X-Experience-API-Consistent-Through',
};

/**
 * On every LRS answer, errors included. Documents are stored with whatever Content-Type a client chose (text/html
 * too) and the alternate request syntax lets a plain cross-site form navigate a browser to one: whatever comes
 * back must never run as a page of the app's own origin. A sandbox without allow-scripts runs no script and gives
 * the page an opaque origin; `default-src 'none'` loads nothing; nosniff stops content-type guessing.
 */
export const LRS_PROTECTIVE_HEADERS = {
  'Content-Security-Policy': "sandbox; default-src 'none'",
  'X-Content-Type-Options': 'nosniff',
};

const PREFLIGHT_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, HEAD, PUT, POST, DELETE',
  'Access-Control-Allow-Headers':
    'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match, Accept-Language',
  'Access-Control-Max-Age': '86400',
};

type Handler = (request: LrsRequest) => Promise<LrsResponse> | LrsResponse;

function send(reply: FastifyReply, response: LrsResponse): FastifyReply {
  reply.status(response.status);
  for (const [name, value] of Object.entries(response.headers ?? {})) reply.header(name, value);
  if (response.body === undefined) return reply.send();
  if (Buffer.isBuffer(response.body) || typeof response.body === 'string') return reply.send(response.body);
  return reply.type('application/json; charset=utf-8').send(JSON.stringify(response.body));
}

function methodNotAllowed(): never {
  throw new XapiError(405, 'This method is not allowed on this resource');
}

function resourceHandlers(ctx: AppContext): Record<LrsResource, Handler> {
  const db = ctx.db;
  return {
    statements: (r) => {
      if (r.method === 'GET' || r.method === 'HEAD') return getStatements(db, r);
      if (r.method === 'PUT') return putStatement(db, r);
      if (r.method === 'POST') return postStatements(db, r);
      return methodNotAllowed();
    },
    'activities/state': (r) => handleDocument(db, r, 'activities/state'),
    'activities/profile': (r) => handleDocument(db, r, 'activities/profile'),
    'agents/profile': (r) => handleDocument(db, r, 'agents/profile'),
    activities: (r) => (r.method === 'GET' || r.method === 'HEAD' ? getActivity(db, r) : methodNotAllowed()),
    agents: (r) => (r.method === 'GET' || r.method === 'HEAD' ? getPerson(r) : methodNotAllowed()),
  };
}

function handleError(error: FastifyError | XapiError, request: FastifyRequest, reply: FastifyReply) {
  const status = error instanceof XapiError ? error.status : (error.statusCode ?? 500);
  if (status >= 500) request.log.error(error);
  if (error instanceof XapiError)
    for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
  const message = status >= 500 && !(error instanceof XapiError) ? 'Internal error' : error.message;
  const problems = error instanceof XapiError ? error.problems : [];
  return reply
    .status(status)
    .type('application/json; charset=utf-8')
    .send(JSON.stringify({ error: { status, message, ...(problems.length > 0 ? { problems } : {}) } }));
}

/**
 * The xAPI Learning Record Store at `/xapi` (outside `/api`): an encapsulated fastify plugin with its own body
 * handling (raw bodies: statements may be multipart and must stay exact), its own error format and Basic
 * authentication by LRS credential, which decides the organization of everything read or written.
 */
export function registerXapiRoutes(app: App, ctx: AppContext): void {
  const handlers = resourceHandlers(ctx);
  app.register(
    async (lrs: FastifyInstance) => {
      lrs.removeAllContentTypeParsers();
      lrs.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: LRS_BODY_LIMIT }, (_req, body, done) =>
        done(null, body),
      );
      lrs.setErrorHandler(handleError);
      lrs.setNotFoundHandler((request, reply) =>
        handleError(new XapiError(404, `No xAPI resource ${request.url.split('?')[0]}`), request, reply),
      );
      lrs.addHook('onRequest', async (_request, reply) => {
        reply.header(VERSION_HEADER, LATEST_XAPI_VERSION);
        reply.headers(CORS_HEADERS);
        reply.headers(LRS_PROTECTIVE_HEADERS);
      });
      // Browser-launched content calls the LRS from its own origin with Basic auth (no cookies): preflights pass.
      lrs.route({
        method: 'OPTIONS',
        url: '/*',
        handler: (_request, reply) => reply.status(204).headers(PREFLIGHT_HEADERS).send(),
      });
      lrs.route({
        method: ['GET', 'HEAD'],
        url: '/about',
        exposeHeadRoute: false,
        handler: (_request, reply) => send(reply, getAbout()),
      });
      for (const [resource, handler] of Object.entries(handlers) as [LrsResource, Handler][]) {
        lrs.route({
          method: ['GET', 'HEAD', 'PUT', 'POST', 'DELETE'],
          url: `/${resource}`,
          exposeHeadRoute: false,
          bodyLimit: LRS_BODY_LIMIT,
          handler: async (request, reply) => {
            const onVersion = (version: XapiVersion) => reply.header(VERSION_HEADER, version);
            if (resource === 'statements' && (request.method === 'GET' || request.method === 'HEAD')) {
              // Every answer to GET /statements says how far the store is consistent, errors included.
              reply.header('X-Experience-API-Consistent-Through', new Date().toISOString());
            }
            const lrsRequest = await readLrsRequest(
              ctx.db,
              ctx.config.publicUrl,
              request,
              resource,
              onVersion,
            );
            return send(reply, await handler(lrsRequest));
          },
        });
      }
    },
    { prefix: '/xapi' },
  );
}
