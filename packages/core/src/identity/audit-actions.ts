/**
 * Every action the audit trail records, as `<thing>.<what happened>`. The server's `recordAudit` accepts only these
 * and the web app's translations are typed against them, so a new action cannot reach an administrator's audit
 * trail as a raw code.
 */
export const AUDIT_ACTIONS = [
  'account.deleted',
  'account.exported',
  'achievement.created',
  'achievement.updated',
  'analytics_consent.changed',
  'api_token.created',
  'api_token.revoked',
  'assignment.archived',
  'assignment.created',
  'assignment.updated',
  'class.created',
  'class.deleted',
  'class.members_added',
  'content.imported',
  'credential.issued',
  'credential.reissued',
  'credential.revoked',
  'demo.seeded',
  'early_warning.settings_changed',
  'framework.imported',
  'gradebook.override.cleared',
  'gradebook.override.set',
  'intervention.recorded',
  'invitation.accepted',
  'invitation.created',
  'invitation.revoked',
  'issuer.key_rotated',
  'item.archived',
  'item.copied',
  'item.created',
  'item.updated',
  'job_profile.created',
  'join_code.created',
  'join_code.revoked',
  'lesson.edited',
  'lesson.published',
  'lesson.saved',
  'lrs_credential.created',
  'lrs_credential.revoked',
  'membership.added',
  'membership.joined_with_code',
  'membership.removed',
  'membership.role_changed',
  'organization.class_settings_changed',
  'organization.created',
  'pathway.created',
  'pathway.published',
  'pathway.updated',
  'project.assessed',
  'share_link.created',
  'share_link.renamed',
  'share_link.revoked',
  'skill.created',
  'skill.updated',
  'user.created',
  'user.email_verified',
  'user.sign_up_attempted',
  'user.signed_up',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

type RevokedKind<A> = A extends `${infer K}.revoked` ? K : never;

/** The kinds of thing whose revocation the audit trail records as `<kind>.revoked`. */
export type RevocableKind = RevokedKind<AuditAction>;
