import type { Me, Membership } from '@pathwise/contracts';

const LAST_ORG_KEY = 'pathwise.org';

/** The path of a membership's home: `/o/<slug>/<role>`. */
export function homePathOf(membership: Membership): string {
  return `/o/${membership.orgSlug}/${membership.role}`;
}

/** Remembers the organization last opened on this device. */
export function rememberOrg(slug: string): void {
  globalThis.localStorage?.setItem(LAST_ORG_KEY, slug);
}

/** Where a signed-in person lands: the organization they used last, else their first; none → `/start`. */
export function landingPath(me: Me): string {
  const last = globalThis.localStorage?.getItem(LAST_ORG_KEY);
  const membership = me.memberships.find((m) => m.orgSlug === last) ?? me.memberships[0];
  return membership ? homePathOf(membership) : '/start';
}

/** A `next` parameter is followed only when it is a path on this site. */
export function safeNext(next: string | null): string | null {
  return next?.startsWith('/') && !next.startsWith('//') ? next : null;
}
