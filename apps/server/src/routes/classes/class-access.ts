import { AppError } from '@pathwise/core';
import { findClass, findClassRole } from '@pathwise/db';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../types.ts';

/**
 * The class named by `:classId` if the caller may see it: administrators see every class of the organization,
 * teachers only the classes they teach. Anything else is "No such class", so a class's existence does not leak.
 */
export async function getVisibleClass(ctx: AppContext, request: FastifyRequest, classId: string) {
  const orgId = request.org!.id;
  const found = await findClass(ctx.db.db, orgId, classId);
  const notFound = new AppError('not_found', 'No such class');
  if (!found) throw notFound;
  if (request.org!.role === 'admin') return found;
  const principal = request.principal;
  if (principal?.kind !== 'user') throw notFound;
  if ((await findClassRole(ctx.db.db, orgId, classId, principal.userId)) !== 'teacher') throw notFound;
  return found;
}
