import type { InvitationPreview } from '@pathwise/contracts';
import { useApiData } from '../api/use-api-data.ts';

/** What an invitation link is for: organization, email, role and status. */
export function useInvitationPreview(token: string | null) {
  return useApiData<InvitationPreview>(token ? `/api/invitations/${encodeURIComponent(token)}` : null);
}
