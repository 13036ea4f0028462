import type { Membership } from '@pathwise/contracts';
import { useParams } from 'react-router';
import { useSession } from '../../session/session-context.tsx';

/** The employer or administrator membership of the organization in the URL, or null. */
export function useEmployerOrg(): Membership | null {
  const { orgSlug } = useParams();
  const { me } = useSession();
  return (
    me?.memberships.find((m) => m.orgSlug === orgSlug && (m.role === 'employer' || m.role === 'admin')) ??
    null
  );
}
