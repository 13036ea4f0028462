import type { Principal } from '../types.ts';

/** The person behind a request, for the audit trail. */
export function actorUser(principal: Principal | null): string | null {
  return principal?.kind === 'user' ? principal.userId : null;
}

/** The API token behind a request, for the audit trail. */
export function actorToken(principal: Principal | null): string | null {
  return principal?.kind === 'token' ? principal.tokenId : null;
}
