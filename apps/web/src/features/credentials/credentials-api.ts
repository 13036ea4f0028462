/**
 * The API paths of the credential pages. The wire types are the contract's (`import type` from
 * `@pathwise/contracts`): no answer's shape is written twice.
 */

/** API paths of the credential pages. */
export const credentialPaths = {
  record: (orgId: string) => `/api/orgs/${orgId}/record`,
  notificationsRead: (orgId: string) => `/api/orgs/${orgId}/record/notifications/read`,
  file: (orgId: string, id: string) => `/api/orgs/${orgId}/record/credentials/${id}/file`,
  certificate: (orgId: string, id: string, locale: string) =>
    `/api/orgs/${orgId}/record/credentials/${id}/certificate?locale=${locale}`,
  showcase: (orgId: string, id: string) => `/api/orgs/${orgId}/record/credentials/${id}/showcase`,
  verification: (orgId: string, id: string) => `/api/orgs/${orgId}/record/credentials/${id}/verification`,
  clr: (orgId: string) => `/api/orgs/${orgId}/record/clr`,
  shareLinks: (orgId: string) => `/api/orgs/${orgId}/record/share-links`,
  shareLink: (orgId: string, id: string) => `/api/orgs/${orgId}/record/share-links/${id}`,
  share: (token: string, lang: string) => `/api/share/${encodeURIComponent(token)}?lang=${lang}`,
  profiles: (orgId: string) => `/api/orgs/${orgId}/job-profiles`,
  match: (orgId: string, id: string) => `/api/orgs/${orgId}/job-profiles/${id}/match`,
};

/** API paths of the administrator's achievements page. */
export const credentialAdminPaths = {
  achievements: (orgId: string) => `/api/orgs/${orgId}/achievements`,
  achievement: (orgId: string, id: string) => `/api/orgs/${orgId}/achievements/${id}`,
  image: (orgId: string, id: string) => `/api/orgs/${orgId}/achievements/${id}/image`,
  imageDesign: (orgId: string, id: string) => `/api/orgs/${orgId}/achievements/${id}/image/design`,
  skills: (orgId: string) => `/api/orgs/${orgId}/achievement-skills`,
  credentials: (orgId: string) => `/api/orgs/${orgId}/credentials`,
  revoke: (orgId: string, id: string) => `/api/orgs/${orgId}/credentials/${id}/revoke`,
  reissue: (orgId: string, id: string) => `/api/orgs/${orgId}/credentials/${id}/reissue`,
  award: (orgId: string, achievementId: string) => `/api/orgs/${orgId}/achievements/${achievementId}/awards`,
  issuer: (orgId: string) => `/api/orgs/${orgId}/issuer`,
  rotate: (orgId: string) => `/api/orgs/${orgId}/issuer/rotate`,
};
