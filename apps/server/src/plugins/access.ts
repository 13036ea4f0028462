import { AppError, isRole } from '@pathwise/core';
import { findLiveSession, findRole, useApiToken } from '@pathwise/db';
import type { FastifyRequest } from 'fastify';
import { hashToken } from '../identity/secret-token.ts';
import { SESSION_COOKIE } from '../identity/sessions.ts';
import type { Access, App, AppContext, Principal, RouteAccess } from '../runtime/types.ts';

// NOTE: identity owns the session cookie and orgOf (identity must not import plugins: the access layer sits on
// top of identity); both stay importable from here, where the routes and tests already take them.
export { orgOf } from '../identity/org-of.ts';
export { SESSION_COOKIE };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

async function resolvePrincipal(ctx: AppContext, request: FastifyRequest): Promise<Principal | null> {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1])
      throw new AppError('unauthenticated', 'Send the API token as "Authorization: Bearer <token>"');
    const token = await useApiToken(ctx.db.kysely, hashToken(match[1]), ctx.now());
    if (!token || !isRole(token.role))
      throw new AppError('unauthenticated', 'The API token is unknown or revoked');
    return { kind: 'token', tokenId: token.id, orgId: token.org_id, role: token.role };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const tokenHash = hashToken(cookie);
  const session = await findLiveSession(ctx.db.kysely, tokenHash, ctx.now());
  if (!session) return null;
  return { kind: 'user', userId: session.user_id, tokenHash, csrfToken: session.csrf_token };
}

function checkOrigin(ctx: AppContext, request: FastifyRequest): void {
  // NOTE: a cross-site form post carries an Origin header; refusing foreign origins on writes stops login CSRF,
  // which the per-session token cannot (there is no session yet).
  const origin = request.headers.origin;
  if (!origin || SAFE_METHODS.has(request.method)) return;
  const allowed = new Set([
    new URL(ctx.config.publicUrl).origin,
    `http://${request.headers.host}`,
    `https://${request.headers.host}`,
  ]);
  if (!allowed.has(origin)) throw new AppError('csrf_failed', `Requests from ${origin} are not accepted`);
}

async function authorize(ctx: AppContext, request: FastifyRequest, access: Access): Promise<void> {
  checkOrigin(ctx, request);
  request.principal = await resolvePrincipal(ctx, request);
  if (access === 'public') return;
  const principal = request.principal;
  if (!principal) throw new AppError('unauthenticated', 'Sign in first');
  if (principal.kind === 'user' && !SAFE_METHODS.has(request.method)) {
    if (request.headers['x-csrf-token'] !== principal.csrfToken) {
      throw new AppError('csrf_failed', 'Missing or wrong X-CSRF-Token header (get it from GET /api/me)');
    }
  }
  if (access === 'user') {
    if (principal.kind !== 'user')
      throw new AppError('forbidden', 'This route needs a signed-in person, not a token');
    return;
  }
  if (access.sessionOnly && principal.kind !== 'user') {
    throw new AppError('forbidden', 'This route needs a signed-in person, not a token');
  }
  const orgId = (request.params as { orgId?: string }).orgId ?? '';
  // Unknown organizations and other people's organizations look the same: nothing leaks whether one exists.
  const notFound = new AppError('not_found', 'No such organization');
  if (!UUID.test(orgId)) throw notFound;
  const role =
    principal.kind === 'token'
      ? principal.orgId === orgId
        ? principal.role
        : null
      : await findRole(ctx.db.kysely, orgId, principal.userId);
  if (!role || !isRole(role)) throw notFound;
  if (!access.roles.includes(role)) {
    throw new AppError('forbidden', `This needs the role ${access.roles.join(' or ')} in this organization`);
  }
  request.org = { id: orgId, role };
}

/**
 * The one authorization layer. Every `/api` route must declare `config.access`; the server refuses to start
 * with one that does not. Each request is authenticated (API token or session cookie), CSRF-checked for
 * cookie-authenticated writes, and checked for membership and role in the route's organization.
 */
export function registerAccess(app: App, ctx: AppContext): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('org', null);
  const rules: RouteAccess[] = [];
  app.decorate('routeAccess', rules);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api') || route.url.startsWith('/api/docs')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${String(route.method)} ${route.url} declares no access rule`);
    if (typeof access === 'object' && !route.url.includes(':orgId')) {
      throw new Error(`Route ${route.url} has a role rule but no :orgId parameter`);
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') rules.push({ method, url: route.url, access });
    }
  });
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access) return;
    await authorize(ctx, request, access);
  });
  // A refusal that says when to come back (the password hashing queue when full) gets a Retry-After header.
  app.addHook('onError', async (_request, reply, error) => {
    const seconds = error instanceof AppError ? error.extensions?.retryAfterSeconds : undefined;
    if (typeof seconds === 'number') reply.header('retry-after', String(seconds));
  });
}
