import { Type } from 'typebox';

const Rows = Type.Array(Type.Unknown());

/** `DELETE /api/me`: the current password confirms that the person means it. */
export const DeleteAccountBody = Type.Object(
  { password: Type.String({ minLength: 1, maxLength: 200, description: 'Your current password' }) },
  { additionalProperties: false },
);

/** The export file: a versioned document with one section per area. Rows keep their stored column names. */
export const AccountExportSchema = Type.Object(
  {
    format: Type.Literal('pathwise-account-export'),
    version: Type.Integer({ description: 'The layout version of this file' }),
    exportedAt: Type.String({ format: 'date-time' }),
    notice: Type.String(),
    profile: Type.Unknown(),
    memberships: Rows,
    invitations: Rows,
    apiTokens: Rows,
    auditEntries: Rows,
    learning: Type.Record(Type.String(), Rows),
    classes: Type.Record(Type.String(), Rows),
    analytics: Type.Record(Type.String(), Rows),
    credentials: Type.Record(Type.String(), Rows),
    xapi: Type.Record(Type.String(), Rows),
  },
  { additionalProperties: true },
);
