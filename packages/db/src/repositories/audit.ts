import type { AuditAction } from '@pathwise/core/identity';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export interface AuditEntry {
  orgId: string | null;
  actorUserId?: string | null;
  actorTokenId?: string | null;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
}

/** Appends to the audit trail. Call it in the same transaction as the change it records. */
export async function recordAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      org_id: entry.orgId,
      actor_user_id: entry.actorUserId ?? null,
      actor_token_id: entry.actorTokenId ?? null,
      action: entry.action,
      target_type: entry.targetType ?? null,
      target_id: entry.targetId ?? null,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

/** The newest `limit` entries of an organization's audit trail, newest first; `before` (an entry's id) pages back. */
export async function listAudit(
  db: Kysely<Database>,
  orgId: string,
  { limit = 100, before }: { limit?: number; before?: number } = {},
) {
  let query = db.selectFrom('audit_events').selectAll().where('org_id', '=', orgId);
  if (before !== undefined) query = query.where('id', '<', String(before));
  return query.orderBy('id', 'desc').limit(limit).execute();
}
