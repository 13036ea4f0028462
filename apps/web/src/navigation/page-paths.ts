// Client paths of the pages that several features and homes link to. They live below every feature so that a
// feature links to another one's page without importing that feature (no folder cycle).

/** Client paths of the credential pages. */
export const credentialPagePaths = {
  record: (orgSlug: string) => `/o/${orgSlug}/record`,
  /** The employer's match, with a job profile chosen when given. */
  match: (orgSlug: string, profileId?: string) =>
    `/o/${orgSlug}/match${profileId ? `?profile=${encodeURIComponent(profileId)}` : ''}`,
  jobProfiles: (orgSlug: string) => `/o/${orgSlug}/job-profiles`,
  newJobProfile: (orgSlug: string) => `/o/${orgSlug}/job-profiles/new`,
  newJobProfileByHand: (orgSlug: string) => `/o/${orgSlug}/job-profiles/new-by-hand`,
  /** The employer's search for candidates who chose to be discoverable. */
  findCandidates: (orgSlug: string) => `/o/${orgSlug}/candidates`,
  achievements: (orgSlug: string) => `/o/${orgSlug}/achievements`,
  /** The teacher's award, with the class (and the learner) prefilled when given. */
  award: (orgSlug: string, prefill?: { classId: string; learnerId?: string }) => {
    const query = new URLSearchParams(prefill ? { class: prefill.classId } : {});
    if (prefill?.learnerId) query.set('learner', prefill.learnerId);
    const search = query.toString();
    return `/o/${orgSlug}/award${search ? `?${search}` : ''}`;
  },
  verify: '/verify',
};

/** Client paths of the learning pages that staff open. */
export const learningPagePaths = {
  /** Preview as a learner: a pathway as a new learner sees it, with sample problems to try. */
  pathwayPreview: (orgSlug: string, pathwayId: string) =>
    `/o/${orgSlug}/pathways/${encodeURIComponent(pathwayId)}/preview`,
};

/** The link that fills in a join code for whoever opens it. */
export function joinLinkOf(code: string): string {
  return `${window.location.origin}/join?code=${encodeURIComponent(code)}`;
}
