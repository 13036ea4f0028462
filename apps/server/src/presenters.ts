import { ROLES } from '@pathwise/core';
import type { ApiToken, Invitation, JoinCode, MembershipView, MemberView, User } from '@pathwise/db';
import { Type } from 'typebox';

/** A string that must be one of `values`; validation errors then list the allowed values. */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: { description?: string } = {},
) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

export const RoleSchema = StringEnum(ROLES);
export const LocaleSchema = StringEnum(['en', 'es']);
export const Uuid = Type.String({ format: 'uuid' });
export const OrgParams = Type.Object({ orgId: Type.String() });

export const UserSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  locale: Type.String(),
  kind: Type.String({ description: 'What the person signed up for: learner or employer' }),
  emailVerified: Type.Boolean({
    description:
      'Whether the person proved they hold the address (a link sent there); until then it names nobody',
  }),
});
export const MembershipSchema = Type.Object({
  orgId: Type.String(),
  orgName: Type.String(),
  orgSlug: Type.String(),
  role: Type.String(),
});
export const MeSchema = Type.Object({
  user: UserSchema,
  memberships: Type.Array(MembershipSchema),
  csrfToken: Type.String({ description: 'Send it as X-CSRF-Token on every cookie-authenticated write' }),
});

export function presentUser(user: User) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    kind: user.kind,
    emailVerified: user.email_verified_at !== null,
  };
}

export function presentMe(user: User, memberships: MembershipView[], csrfToken: string) {
  return { user: presentUser(user), memberships, csrfToken };
}

export const MemberSchema = Type.Object({
  userId: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: Type.String(),
  joinedAt: Type.String({ format: 'date-time' }),
});
export function presentMember(m: MemberView) {
  return { ...m, joinedAt: m.joinedAt.toISOString() };
}

export const InvitationSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  role: Type.String(),
  expiresAt: Type.String({ format: 'date-time' }),
  acceptedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export function presentInvitation(i: Invitation) {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    expiresAt: i.expires_at.toISOString(),
    acceptedAt: i.accepted_at ? i.accepted_at.toISOString() : null,
  };
}

export const JoinCodeSchema = Type.Object({
  id: Type.String(),
  code: Type.String(),
  role: Type.String(),
  uses: Type.Integer(),
  maxUses: Type.Union([Type.Integer(), Type.Null()]),
  expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export function presentJoinCode(j: JoinCode) {
  return {
    id: j.id,
    code: j.code,
    role: j.role,
    uses: j.uses,
    maxUses: j.max_uses,
    expiresAt: j.expires_at ? j.expires_at.toISOString() : null,
  };
}

export const ApiTokenSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  role: Type.String(),
  prefix: Type.String({ description: 'The first characters of the token, to recognise it' }),
  createdAt: Type.String({ format: 'date-time' }),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export function presentApiToken(t: ApiToken) {
  return {
    id: t.id,
    name: t.name,
    role: t.role,
    prefix: t.prefix,
    createdAt: t.created_at.toISOString(),
    lastUsedAt: t.last_used_at ? t.last_used_at.toISOString() : null,
  };
}
