import { AppError } from '@pathwise/core/errors';
import { countAdminsForUpdate, type Database } from '@pathwise/db';
import type { Kysely } from 'kysely';

/** The one organization (or several) a change would leave without an administrator. */
export interface AdminPlace {
  orgId: string;
  orgName?: string;
}

/**
 * Refuses (409 `last_admin`, nothing written) a change that takes away the only administrator of an organization:
 * a demotion, a removal, an account deletion. Call it in the transaction that makes the change: the admin rows are
 * locked, so two such changes racing each other cannot both pass.
 */
export async function assertNotLastAdmin(
  trx: Kysely<Database>,
  places: readonly AdminPlace[],
): Promise<void> {
  const orphaned: AdminPlace[] = [];
  for (const place of places) {
    if ((await countAdminsForUpdate(trx, place.orgId)) <= 1) orphaned.push(place);
  }
  if (orphaned.length === 0) return;
  const named = orphaned.filter((p) => p.orgName !== undefined);
  const message =
    named.length === orphaned.length
      ? `You are the only administrator of ${named.map((p) => `"${p.orgName}"`).join(', ')}: make another member an administrator first`
      : 'An organization needs at least one administrator';
  throw new AppError(
    'last_admin',
    message,
    orphaned.map((p) => ({ field: `organizations/${p.orgId}`, message: 'has no other administrator' })),
  );
}
