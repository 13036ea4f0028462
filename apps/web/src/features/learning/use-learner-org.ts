import type { Membership } from '@pathwise/contracts';
import { useParams } from 'react-router';
import { useSession } from '../../session/session-context.tsx';

/** The learner membership of the organization in the URL (`:orgSlug`), or null when the person has none. */
export function useLearnerOrg(): Membership | null {
  const { orgSlug } = useParams();
  const { me } = useSession();
  const membership = me?.memberships.find((m) => m.orgSlug === orgSlug);
  return membership && membership.role === 'learner' ? membership : null;
}

/** Client paths of the learning pages of an organization. */
export const learnPaths = {
  pathway: (orgSlug: string, pathwayId: string) => `/o/${orgSlug}/learn/${encodeURIComponent(pathwayId)}`,
  placement: (orgSlug: string, pathwayId: string) =>
    `/o/${orgSlug}/learn/${encodeURIComponent(pathwayId)}/placement`,
  practice: (orgSlug: string, pathwayId: string) =>
    `/o/${orgSlug}/learn/${encodeURIComponent(pathwayId)}/practice`,
  myLearning: (orgSlug: string) => `/o/${orgSlug}/learning`,
  home: (orgSlug: string) => `/o/${orgSlug}/learner`,
};
