/** One check of a verification, as `POST /api/verify` answers. */
export interface VerificationCheck {
  name: string;
  ok: boolean;
  message: string;
}

/**
 * `unknown_issuer`: the signature is valid, but neither an organization of this installation nor its registry
 * of trusted issuers vouches for the issuer, so the issuer name is only the credential's own claim.
 */
export type Verdict = 'verified' | 'unknown_issuer' | 'failed';

export interface VerificationResult {
  verdict: Verdict;
  verified: boolean;
  checks: VerificationCheck[];
}

export type CredentialState = 'active' | 'revoked' | 'expired';

export interface CredentialSummary {
  id: string;
  credentialId: string;
  achievementName: string;
  issuedAt: string;
  validUntil: string | null;
  state: CredentialState;
  skillIds: string[];
}

export interface LearnerRecord {
  credentials: (CredentialSummary & { evidence: CredentialEvidence[]; revocationReason: string | null })[];
  skills: {
    skillId: string;
    name: { en: string; es: string };
    estimate: number;
    credentialIds: string[];
  }[];
  notifications: { id: string; achievementName: string; createdAt: string; read: boolean }[];
}

export interface ShareLinkSummary {
  id: string;
  label: string;
  credentialIds: string[];
  expiresAt: string;
  state: CredentialState;
  views: number;
}

export type OpenedShare =
  | { status: 'expired' | 'revoked'; expiresAt: string }
  | {
      status: 'ok';
      learnerName: string;
      expiresAt: string;
      credentials: (CredentialSummary & { verification: VerificationResult })[];
    };

/** API paths of the credential pages. */
export const credentialPaths = {
  record: (orgId: string) => `/api/orgs/${orgId}/record`,
  notificationsRead: (orgId: string) => `/api/orgs/${orgId}/record/notifications/read`,
  file: (orgId: string, id: string) => `/api/orgs/${orgId}/record/credentials/${id}/file`,
  clr: (orgId: string) => `/api/orgs/${orgId}/record/clr`,
  shareLinks: (orgId: string) => `/api/orgs/${orgId}/record/share-links`,
  shareLink: (orgId: string, id: string) => `/api/orgs/${orgId}/record/share-links/${id}`,
  share: (token: string) => `/api/share/${encodeURIComponent(token)}`,
  profiles: (orgId: string) => `/api/orgs/${orgId}/job-profiles`,
  match: (orgId: string, id: string) => `/api/orgs/${orgId}/job-profiles/${id}/match`,
};

/** What a learner must show to earn an achievement (all parts must hold), as the server reads it. */
export interface AchievementCriteria {
  skills: { skillId: string; threshold: number }[];
  achievements: string[];
  evidence: { required: boolean; narrative: string };
}

/** An achievement in the administrator's list. */
export interface AchievementSummary {
  id: string;
  name: string;
  description: string;
  achievementType: string;
  criteria: AchievementCriteria;
  skillIds: string[];
  validityDays: number | null;
  createdAt: string;
  issuedCount: number;
}

/** What the achievement form sends (`POST` creates, `PUT` replaces). */
export interface AchievementInput {
  name: string;
  description: string;
  criteria: AchievementCriteria;
  validityDays: number | null;
}

/** A framework skill an achievement's criteria can name. */
export interface SkillOption {
  id: string;
  framework: string;
  /** The strand that groups it; a skill that groups others is not picked itself. */
  parentId: string | null;
  name: { en: string; es: string };
}

/** A credential the organization issued, as its administrators see it. */
export interface IssuedCredential extends CredentialSummary {
  achievementId: string;
  learnerId: string | null;
  learnerName: string | null;
  revocationReason: string | null;
  revokedAt: string | null;
}

/** The organization's issuer identity and key history (public parts only). */
export interface IssuerInfo {
  did: string;
  didDocumentUrl: string;
  keys: {
    id: string;
    publicKeyMultibase: string;
    status: 'active' | 'retired' | 'revoked';
    createdAt: string;
    retiredAt: string | null;
  }[];
}

/** API paths of the administrator's achievements page. */
export const credentialAdminPaths = {
  achievements: (orgId: string) => `/api/orgs/${orgId}/achievements`,
  achievement: (orgId: string, id: string) => `/api/orgs/${orgId}/achievements/${id}`,
  skills: (orgId: string) => `/api/orgs/${orgId}/achievement-skills`,
  credentials: (orgId: string) => `/api/orgs/${orgId}/credentials`,
  revoke: (orgId: string, id: string) => `/api/orgs/${orgId}/credentials/${id}/revoke`,
  reissue: (orgId: string, id: string) => `/api/orgs/${orgId}/credentials/${id}/reissue`,
  award: (orgId: string, achievementId: string) => `/api/orgs/${orgId}/achievements/${achievementId}/awards`,
  issuer: (orgId: string) => `/api/orgs/${orgId}/issuer`,
  rotate: (orgId: string) => `/api/orgs/${orgId}/issuer/rotate`,
};

/** A piece of evidence in a credential (Open Badges 3.0 `evidence`): the teacher's words and the work's URL. */
export interface CredentialEvidence {
  id?: string;
  name?: string;
  narrative?: string;
}

/** What a teacher's award issued: the credential awarded and the stacked ones it completed. */
export interface AwardResult {
  awarded: CredentialSummary & { achievementId: string; evidence: CredentialEvidence[] };
  stacked: (CredentialSummary & { achievementId: string })[];
}
