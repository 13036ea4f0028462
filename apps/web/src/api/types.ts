export const ROLES = ['learner', 'teacher', 'admin', 'employer'] as const;
export type Role = (typeof ROLES)[number];
export type Locale = 'en' | 'es';

export interface Membership {
  orgId: string;
  orgName: string;
  orgSlug: string;
  role: Role;
}

export interface Me {
  user: { id: string; email: string; name: string; locale: Locale; emailVerified: boolean };
  memberships: Membership[];
  csrfToken: string;
}

export interface Member {
  userId: string;
  email: string;
  name: string;
  role: Role;
  joinedAt: string;
}

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  expiresAt: string;
  acceptedAt: string | null;
}

export interface CreatedInvitation extends Invitation {
  url: string;
  token: string;
}

export interface InvitationPreview {
  orgName: string;
  email: string;
  role: Role;
  expiresAt: string;
  status: 'open' | 'accepted' | 'expired';
}

export interface JoinCode {
  id: string;
  code: string;
  role: 'learner' | 'teacher';
  uses: number;
  maxUses: number | null;
  expiresAt: string | null;
}

export interface ApiToken {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface CreatedApiToken extends ApiToken {
  token: string;
}

export interface AuditEvent {
  id: number;
  action: string;
  actorUserId: string | null;
  targetType: string | null;
  targetId: string | null;
  createdAt: string;
}

/** Whether a string is one of the four roles. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
