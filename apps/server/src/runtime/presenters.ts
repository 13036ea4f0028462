import type {
  ApiToken as ApiTokenWire,
  AuditEvent,
  ClassCode,
  Invitation as InvitationWire,
  JoinCode as JoinCodeWire,
  Me,
  Membership,
  MeUser,
  OrgMember,
} from '@pathwise/contracts';
import { isRole, LOCALES, type Locale, type Role } from '@pathwise/core/identity';
import type {
  ApiToken,
  Invitation,
  JoinCode,
  listAudit,
  MembershipView,
  MemberView,
  User,
} from '@pathwise/db';

type AuditRow = Awaited<ReturnType<typeof listAudit>>[number];

// NOTE: the schemas moved to @pathwise/contracts; these names stay re-exported for the areas that still import them
// from here (credentials, framework, importers, dashboards, LRS) until they import the contracts themselves.
export { LocaleSchema, OrgParams, RoleSchema, StringEnum, Uuid } from '@pathwise/contracts';

/** A role read from the database (stored as text, checked by the schema's constraint). */
function role(value: string): Role {
  if (!isRole(value)) throw new Error(`Not a role: ${value}`);
  return value;
}

function locale(value: string): Locale {
  return (LOCALES as readonly string[]).includes(value) ? (value as Locale) : 'en';
}

export function presentUser(user: User): MeUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: locale(user.locale),
    kind: user.kind === 'employer' ? 'employer' : 'learner',
    emailVerified: user.email_verified_at !== null,
  };
}

export function presentMembership(m: MembershipView): Membership {
  return { ...m, role: role(m.role) };
}

export function presentMe(user: User, memberships: MembershipView[], csrfToken: string): Me {
  return { user: presentUser(user), memberships: memberships.map(presentMembership), csrfToken };
}

export function presentMember(m: MemberView): OrgMember {
  return { ...m, role: role(m.role), joinedAt: m.joinedAt.toISOString() };
}

export function presentInvitation(i: Invitation): InvitationWire {
  return {
    id: i.id,
    email: i.email,
    role: role(i.role),
    expiresAt: i.expires_at.toISOString(),
    acceptedAt: i.accepted_at ? i.accepted_at.toISOString() : null,
  };
}

export function presentJoinCode(j: JoinCode): JoinCodeWire {
  return {
    id: j.id,
    code: j.code,
    role: j.role === 'teacher' ? 'teacher' : 'learner',
    uses: j.uses,
    maxUses: j.max_uses,
    expiresAt: j.expires_at ? j.expires_at.toISOString() : null,
  };
}

/** A class code: a learner join code bound to one class. */
export function presentClassCode(j: JoinCode): ClassCode {
  return {
    id: j.id,
    code: j.code,
    role: 'learner',
    classId: j.class_id ?? '',
    uses: j.uses,
    maxUses: j.max_uses,
    expiresAt: j.expires_at ? j.expires_at.toISOString() : null,
  };
}

export function presentApiToken(t: ApiToken): ApiTokenWire {
  return {
    id: t.id,
    name: t.name,
    role: role(t.role),
    prefix: t.prefix,
    createdAt: t.created_at.toISOString(),
    lastUsedAt: t.last_used_at ? t.last_used_at.toISOString() : null,
  };
}

export function presentAuditEvent(r: AuditRow): AuditEvent {
  return {
    id: Number(r.id),
    action: r.action,
    actorUserId: r.actor_user_id,
    targetType: r.target_type,
    targetId: r.target_id,
    createdAt: r.created_at.toISOString(),
  };
}
