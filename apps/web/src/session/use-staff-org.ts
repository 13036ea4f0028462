import type { Membership } from '@pathwise/contracts';
import { useParams } from 'react-router';
import { useSession } from './session-context.tsx';

/** The teacher or administrator membership of the organization in the URL, or null. */
export function useStaffOrg(): Membership | null {
  const { orgSlug } = useParams();
  const { me } = useSession();
  const membership = me?.memberships.find((m) => m.orgSlug === orgSlug);
  return membership && (membership.role === 'teacher' || membership.role === 'admin') ? membership : null;
}
