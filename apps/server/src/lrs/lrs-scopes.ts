import { LRS_SCOPES, type LrsScope } from '@pathwise/contracts';

// NOTE: the scopes are part of the wire contract (an admin picks them), so their list lives in @pathwise/contracts.
export { LRS_SCOPES, type LrsScope };

/** The LRS resources, as routed under `/xapi`. */
export type LrsResource =
  | 'statements'
  | 'activities/state'
  | 'activities/profile'
  | 'agents/profile'
  | 'activities'
  | 'agents';

const WRITE: Record<LrsResource, readonly LrsScope[]> = {
  statements: ['statements/write'],
  'activities/state': ['state'],
  'activities/profile': ['profile'],
  'agents/profile': ['profile'],
  activities: [],
  agents: [],
};

const READ: Record<LrsResource, readonly LrsScope[]> = {
  statements: ['statements/read'],
  'activities/state': ['state'],
  'activities/profile': ['profile'],
  'agents/profile': ['profile'],
  activities: ['statements/read', 'statements/write', 'state', 'profile'],
  agents: ['statements/read', 'statements/write', 'state', 'profile'],
};

/**
 * Whether a credential's scopes allow a method on a resource: `all` allows everything, `all/read` every GET,
 * and each named scope its own resource.
 */
export function scopeAllows(scopes: readonly string[], resource: LrsResource, method: string): boolean {
  if (scopes.includes('all')) return true;
  const reading = method === 'GET' || method === 'HEAD';
  if (reading && scopes.includes('all/read')) return true;
  return (reading ? READ : WRITE)[resource].some((scope) => scopes.includes(scope));
}
