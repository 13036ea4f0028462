/** The scopes an LRS credential may hold (xAPI 1.0.3 Communication 4.2 names, minus the OAuth-only ones). */
export const LRS_SCOPES = [
  'all',
  'all/read',
  'statements/write',
  'statements/read',
  'state',
  'profile',
] as const;
export type LrsScope = (typeof LRS_SCOPES)[number];

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
