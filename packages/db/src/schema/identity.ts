import type { OrganizationSettings } from '@pathwise/core/identity';
import type { Generated } from 'kysely';
import type { Json, NullableTimestamp, Timestamp } from './column-types.ts';

export interface OrganizationsTable {
  id: Generated<string>;
  slug: string;
  name: string;
  /** Read through `parseOrganizationSettings`. */
  settings: Json<OrganizationSettings>;
  created_at: Generated<Date>;
  /** Teachers may add any learner of the organization to the classes they teach (migration 0010). */
  teachers_enrol_any_learner: Generated<boolean>;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string;
  locale: Generated<string>;
  /** What the person signed up for, when they joined no organization: learning or hiring. */
  kind: Generated<string>;
  created_at: Generated<Date>;
  deleted_at: NullableTimestamp;
  /** When the person proved they hold `email` (a verification link, or an invitation link sent there). */
  email_verified_at: NullableTimestamp;
}

export interface MembershipsTable {
  org_id: string;
  user_id: string;
  role: string;
  created_at: Generated<Date>;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  active_org_id: string | null;
  created_at: Generated<Date>;
  expires_at: Timestamp;
}

export interface InvitationsTable {
  id: Generated<string>;
  org_id: string;
  email: string;
  role: string;
  token_hash: string;
  invited_by: string | null;
  expires_at: Timestamp;
  accepted_at: NullableTimestamp;
  accepted_by: string | null;
  revoked_at: NullableTimestamp;
  created_at: Generated<Date>;
}

export interface JoinCodesTable {
  id: Generated<string>;
  org_id: string;
  code: string;
  role: string;
  max_uses: number | null;
  uses: Generated<number>;
  expires_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  created_by: string | null;
  created_at: Generated<Date>;
  /** A class code: whoever joins with it also lands in this class, as a learner (migration 0010). */
  class_id: string | null;
}

export interface ApiTokensTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  role: string;
  token_hash: string;
  prefix: string;
  created_by: string | null;
  created_at: Generated<Date>;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface AuditEventsTable {
  id: Generated<string>;
  org_id: string | null;
  actor_user_id: string | null;
  actor_token_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  /** NOTE: free facts of the event, by action; kept and shown as they are, never interpreted, so no parser. */
  details: Json<Record<string, unknown>>;
  created_at: Generated<Date>;
}

/** A link sent to prove an address: stored hashed, expiring, used once (migration 0009). */
export interface EmailVerificationTokensTable {
  token_hash: string;
  user_id: string;
  /** The address the link was sent to; it verifies only while the account still has this address. */
  email: string;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
  created_at: Generated<Date>;
}

/** An organization-creation code made by the operator (ORG_SIGNUP=invite), by its hash; used once (0013). */
export interface OrgCreationCodesTable {
  code_hash: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
  created_org_id: string | null;
}

/** Organizations, people, roles, sessions, invitations, join codes, API tokens, audit (migration 0001). */
export interface IdentityTables {
  organizations: OrganizationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  join_codes: JoinCodesTable;
  api_tokens: ApiTokensTable;
  audit_events: AuditEventsTable;
  email_verification_tokens: EmailVerificationTokensTable;
  org_creation_codes: OrgCreationCodesTable;
}
