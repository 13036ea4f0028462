import { type Static, Type } from 'typebox';
import { DateTime, NullableDateTime, RoleSchema, StringEnum } from './common.ts';

/** Who may create an organization on this server (the operator's ORG_SIGNUP). */
export const ORG_SIGNUP_MODES = ['open', 'invite', 'closed'] as const;
export type OrgSignupMode = (typeof ORG_SIGNUP_MODES)[number];

export const OrgSignupPolicySchema = Type.Object({ orgSignup: StringEnum(ORG_SIGNUP_MODES) });
export type OrgSignupPolicy = Static<typeof OrgSignupPolicySchema>;

/** `POST /api/orgs`: the creation code is needed when ORG_SIGNUP is invite. */
export const CreateOrgBody = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 100 }),
    slug: Type.Optional(
      Type.String({
        pattern: '^[a-z0-9][a-z0-9-]{1,47}$',
        description: 'lower-case letters, digits and dashes',
      }),
    ),
    creationCode: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 64,
        description: 'an organization-creation code (ORG_SIGNUP=invite), e.g. K7QM-2XWD-9RTB-HCEP',
      }),
    ),
  },
  { additionalProperties: false },
);
export type CreateOrgInput = Static<typeof CreateOrgBody>;

/** An organization as one of its members sees it, with their role. */
export const OrgSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  slug: Type.String(),
  role: RoleSchema,
});
export type Org = Static<typeof OrgSchema>;

export const OrgMemberParams = Type.Object({ orgId: Type.String(), userId: Type.String({ format: 'uuid' }) });

export const OrgMemberSchema = Type.Object({
  userId: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: RoleSchema,
  joinedAt: DateTime,
});
export type OrgMember = Static<typeof OrgMemberSchema>;

export const OrgMemberListSchema = Type.Object({ members: Type.Array(OrgMemberSchema) });
export type OrgMemberList = Static<typeof OrgMemberListSchema>;

export const ChangeRoleBody = Type.Object({ role: RoleSchema }, { additionalProperties: false });
export type ChangeRoleInput = Static<typeof ChangeRoleBody>;

export const RoleChangedSchema = Type.Object({ userId: Type.String(), role: RoleSchema });
export type RoleChanged = Static<typeof RoleChangedSchema>;

/** Every action the audit trail records (the `action` of an {@link AuditEvent}). */
export type { AuditAction } from '@pathwise/core';

export const AuditEventSchema = Type.Object({
  id: Type.Integer(),
  action: Type.String(),
  actorUserId: Type.Union([Type.String(), Type.Null()]),
  targetType: Type.Union([Type.String(), Type.Null()]),
  targetId: Type.Union([Type.String(), Type.Null()]),
  createdAt: DateTime,
});
export type AuditEvent = Static<typeof AuditEventSchema>;

export const AuditQuery = Type.Object(
  {
    before: Type.Optional(
      Type.Integer({
        minimum: 1,
        description: 'Only entries older than this one (the id of the last entry shown)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type AuditQueryInput = Static<typeof AuditQuery>;

export const AuditEventListSchema = Type.Object({
  events: Type.Array(AuditEventSchema),
  /** The `before` that shows the next older page, or null when these are the oldest entries. */
  nextBefore: Type.Union([Type.Integer(), Type.Null()]),
});
export type AuditEventList = Static<typeof AuditEventListSchema>;

export const InvitationSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  role: RoleSchema,
  expiresAt: DateTime,
  acceptedAt: NullableDateTime,
});
export type Invitation = Static<typeof InvitationSchema>;

export const CreateInvitationBody = Type.Object(
  { email: Type.String({ format: 'email', maxLength: 254 }), role: RoleSchema },
  { additionalProperties: false },
);
export type CreateInvitationInput = Static<typeof CreateInvitationBody>;

/** A new invitation with its link; the token is in this answer only. */
export const CreatedInvitationSchema = Type.Intersect([
  InvitationSchema,
  Type.Object({ url: Type.String(), token: Type.String() }),
]);
export type CreatedInvitation = Static<typeof CreatedInvitationSchema>;

export const InvitationListSchema = Type.Object({ invitations: Type.Array(InvitationSchema) });
export type InvitationList = Static<typeof InvitationListSchema>;

export const InvitationParams = Type.Object({
  orgId: Type.String(),
  invitationId: Type.String({ format: 'uuid' }),
});
export const InvitationTokenParams = Type.Object({ token: Type.String({ minLength: 10, maxLength: 200 }) });

export const INVITATION_STATUSES = ['open', 'accepted', 'expired'] as const;

/** What an invitation link is for, shown before it is accepted. */
export const InvitationPreviewSchema = Type.Object({
  orgName: Type.String(),
  email: Type.String(),
  role: RoleSchema,
  expiresAt: DateTime,
  status: StringEnum(INVITATION_STATUSES),
});
export type InvitationPreview = Static<typeof InvitationPreviewSchema>;

/** The roles a join code can hand out (administrators are made by administrators). */
export const JOIN_CODE_ROLES = ['learner', 'teacher'] as const;

export const JoinCodeSchema = Type.Object({
  id: Type.String(),
  code: Type.String(),
  role: StringEnum(JOIN_CODE_ROLES),
  uses: Type.Integer(),
  maxUses: Type.Union([Type.Integer(), Type.Null()]),
  expiresAt: NullableDateTime,
});
export type JoinCode = Static<typeof JoinCodeSchema>;

export const CreateJoinCodeBody = Type.Object(
  {
    role: StringEnum(JOIN_CODE_ROLES),
    maxUses: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
    expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
  },
  { additionalProperties: false },
);
export type CreateJoinCodeInput = Static<typeof CreateJoinCodeBody>;

export const JoinCodeListSchema = Type.Object({ joinCodes: Type.Array(JoinCodeSchema) });
export type JoinCodeList = Static<typeof JoinCodeListSchema>;

export const JoinCodeParams = Type.Object({
  orgId: Type.String(),
  joinCodeId: Type.String({ format: 'uuid' }),
});

/** `POST /api/join`: join an organization with a code. */
export const JoinBody = Type.Object(
  { joinCode: Type.String({ minLength: 4, maxLength: 32 }) },
  { additionalProperties: false },
);
export type JoinInput = Static<typeof JoinBody>;

export const ApiTokenSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  role: RoleSchema,
  prefix: Type.String({ description: 'The first characters of the token, to recognise it' }),
  createdAt: DateTime,
  lastUsedAt: NullableDateTime,
});
export type ApiToken = Static<typeof ApiTokenSchema>;

export const CreateApiTokenBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 100 }), role: RoleSchema },
  { additionalProperties: false },
);
export type CreateApiTokenInput = Static<typeof CreateApiTokenBody>;

/** A new API token; the secret is in this answer only. */
export const CreatedApiTokenSchema = Type.Intersect([ApiTokenSchema, Type.Object({ token: Type.String() })]);
export type CreatedApiToken = Static<typeof CreatedApiTokenSchema>;

export const ApiTokenListSchema = Type.Object({ tokens: Type.Array(ApiTokenSchema) });
export type ApiTokenList = Static<typeof ApiTokenListSchema>;

export const ApiTokenParams = Type.Object({ orgId: Type.String(), tokenId: Type.String({ format: 'uuid' }) });
