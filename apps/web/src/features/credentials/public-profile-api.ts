/** API and client paths of the learner's public profile: their settings, and the public page with its data. */
export const publicProfilePaths = {
  settings: (orgId: string) => `/api/orgs/${orgId}/record/public-profile`,
  newAddress: (orgId: string) => `/api/orgs/${orgId}/record/public-profile/new-address`,
  data: (handle: string, lang: string) => `/api/public/profiles/${encodeURIComponent(handle)}?lang=${lang}`,
  page: (handle: string) => `/profile/${encodeURIComponent(handle)}`,
};
