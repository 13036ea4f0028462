import { AppError } from '@pathwise/core/errors';
import type { Role } from '@pathwise/core/identity';
import type { FastifyRequest } from 'fastify';
import type { Principal } from '../runtime/types.ts';
import { orgOf } from './org-of.ts';

/** The person behind a request, for the audit trail. */
export function actorUser(principal: Principal | null): string | null {
  return principal?.kind === 'user' ? principal.userId : null;
}

/** The API token behind a request, for the audit trail. */
export function actorToken(principal: Principal | null): string | null {
  return principal?.kind === 'token' ? principal.tokenId : null;
}

/** Who acts in an organization-scoped use case: the organization, the caller's role there, person or token. */
export interface OrgActor {
  orgId: string;
  role: Role;
  userId: string | null;
  tokenId: string | null;
}

/** The caller of an organization route (after the access hook), as use cases take it. */
export function orgActor(request: FastifyRequest): OrgActor {
  const { id, role } = orgOf(request);
  return { orgId: id, role, userId: actorUser(request.principal), tokenId: actorToken(request.principal) };
}

/** The signed-in person behind a request; a 403 for an API token. */
export function personOf(request: FastifyRequest): string {
  const principal = request.principal;
  if (principal?.kind !== 'user') throw new AppError('forbidden', 'This route needs a signed-in person');
  return principal.userId;
}
