import type { Role } from '@pathwise/core/identity';
import type { FastifyRequest } from 'fastify';

/**
 * The organization of an org-scoped route and the caller's role in it. The access hook (plugins/access.ts) sets
 * it before any handler of a route whose rule names roles runs; calling this from any other route is a
 * programming error.
 */
export function orgOf(request: FastifyRequest): { id: string; role: Role } {
  if (!request.org) throw new Error(`orgOf(): ${request.routeOptions.url} has no organization role rule`);
  return request.org;
}
