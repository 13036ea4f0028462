import { AppError } from '@pathwise/core';
import { findUserById, listMembershipsOfUser, readAccountData, recordAudit } from '@pathwise/db';
import type { AppContext } from '../runtime/types.ts';
import { accountOwner } from './account-owner.ts';

/** The version of the export file's layout; raise it when a section changes shape. */
export const ACCOUNT_EXPORT_VERSION = 1;

/**
 * Everything Pathwise holds about the signed-in person, across all their organizations, as one JSON document:
 * profile, memberships, learning, classes, analytics, credentials (the signed documents as issued), share links
 * with their view log, notifications, consents, xAPI statements and documents about them in their organizations
 * (by their own account agent, and by their address only once it is verified), and the audit entries
 * of what they did. Password hashes, session and token secrets and issuer keys are never in it. The export
 * itself is recorded in the audit trail.
 */
export async function exportAccount(ctx: AppContext, userId: string) {
  const user = await findUserById(ctx.db.kysely, userId);
  if (!user) throw new AppError('unauthenticated', 'Sign in first');
  const exportedAt = ctx.now();
  const data = await ctx.db.kysely.transaction().execute(async (trx) => {
    // NOTE: one repeatable-read snapshot would be stricter; a single transaction already keeps the audit entry
    // and the reads together, and an export taken while practising may simply be a moment old.
    const orgIds = (await listMembershipsOfUser(trx, userId)).map((m) => m.orgId);
    const rows = await readAccountData(trx, accountOwner(ctx.config.publicUrl, user, orgIds));
    await recordAudit(trx, {
      orgId: null,
      actorUserId: userId,
      action: 'account.exported',
      targetType: 'user',
      targetId: userId,
    });
    return rows;
  });
  return {
    format: 'pathwise-account-export' as const,
    version: ACCOUNT_EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    notice:
      'Everything Pathwise stores about you. Your credentials are the signed documents as issued: keep them, ' +
      'they verify without an account. Password hashes, session and token secrets and issuer keys are never exported.',
    ...data,
    // NOTE: the identity sections are described field by field in the contract; their dates go out as ISO text.
    profile: data.profile ? isoDates(data.profile) : null,
    memberships: data.memberships.map(isoDates),
    invitations: data.invitations.map(isoDates),
    apiTokens: data.apiTokens.map(isoDates),
    auditEntries: data.auditEntries.map((e) => ({ ...isoDates(e), id: String(e.id) })),
  };
}

type IsoDates<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};

/** A row with its dates as ISO 8601 text. */
function isoDates<T extends object>(row: T): IsoDates<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row))
    out[key] = value instanceof Date ? value.toISOString() : value;
  return out as IsoDates<T>;
}
