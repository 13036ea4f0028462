import { type Static, Type } from 'typebox';
import { DateTime, NullableDateTime } from './common.ts';

/** `DELETE /api/me`: the current password confirms that the person means it. */
export const DeleteAccountBody = Type.Object(
  { password: Type.String({ minLength: 1, maxLength: 200, description: 'Your current password' }) },
  { additionalProperties: false },
);
export type DeleteAccountInput = Static<typeof DeleteAccountBody>;

const NullableString = Type.Union([Type.String(), Type.Null()]);
/** Rows of an area whose columns are listed in the personal-data map rather than here. */
const Rows = Type.Array(Type.Unknown());

export const ExportProfileSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  email_verified_at: NullableDateTime,
  name: Type.String(),
  locale: Type.String(),
  kind: Type.String(),
  created_at: DateTime,
});

export const ExportMembershipSchema = Type.Object({
  org_id: Type.String(),
  org_name: Type.String(),
  org_slug: Type.String(),
  role: Type.String(),
  created_at: DateTime,
});

export const ExportInvitationSchema = Type.Object({
  id: Type.String(),
  org_id: Type.String(),
  email: Type.String(),
  role: Type.String(),
  expires_at: DateTime,
  accepted_at: NullableDateTime,
  revoked_at: NullableDateTime,
  created_at: DateTime,
});

export const ExportApiTokenSchema = Type.Object({
  id: Type.String(),
  org_id: Type.String(),
  name: Type.String(),
  role: Type.String(),
  prefix: Type.String(),
  created_at: DateTime,
  last_used_at: NullableDateTime,
  revoked_at: NullableDateTime,
});

export const ExportAuditEntrySchema = Type.Object({
  id: Type.String({ description: 'The entry number (a 64-bit integer, as text)' }),
  org_id: NullableString,
  action: Type.String(),
  target_type: NullableString,
  target_id: NullableString,
  details: Type.Record(Type.String(), Type.Unknown()),
  created_at: DateTime,
});

/** The export file: a versioned document with one section per area. Rows keep their stored column names. */
export const AccountExportSchema = Type.Object(
  {
    format: Type.Literal('pathwise-account-export'),
    version: Type.Integer({ description: 'The layout version of this file' }),
    exportedAt: DateTime,
    notice: Type.String(),
    profile: Type.Union([ExportProfileSchema, Type.Null()]),
    memberships: Type.Array(ExportMembershipSchema),
    invitations: Type.Array(ExportInvitationSchema),
    apiTokens: Type.Array(ExportApiTokenSchema),
    auditEntries: Type.Array(ExportAuditEntrySchema),
    learning: Type.Record(Type.String(), Rows),
    classes: Type.Record(Type.String(), Rows),
    analytics: Type.Record(Type.String(), Rows),
    credentials: Type.Record(Type.String(), Rows),
    xapi: Type.Record(Type.String(), Rows),
  },
  { additionalProperties: true },
);
export type AccountExport = Static<typeof AccountExportSchema>;
