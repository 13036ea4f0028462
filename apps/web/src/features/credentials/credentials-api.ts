/** One check of a verification, as `POST /api/verify` answers. */
export interface VerificationCheck {
  name: string;
  ok: boolean;
  message: string;
}

export interface VerificationResult {
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
  credentials: CredentialSummary[];
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
  file: (orgId: string, id: string) => `/api/orgs/${orgId}/record/credentials/${id}/file`,
  clr: (orgId: string) => `/api/orgs/${orgId}/record/clr`,
  shareLinks: (orgId: string) => `/api/orgs/${orgId}/record/share-links`,
  shareLink: (orgId: string, id: string) => `/api/orgs/${orgId}/record/share-links/${id}`,
  share: (token: string) => `/api/share/${encodeURIComponent(token)}`,
  profiles: (orgId: string) => `/api/orgs/${orgId}/job-profiles`,
  match: (orgId: string, id: string) => `/api/orgs/${orgId}/job-profiles/${id}/match`,
};
