import type { PublicProfileBody, PublicProfileSettings } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import {
  type Database,
  findIssuedCredentials,
  findPublicProfile,
  findUserById,
  type PublicProfileRow,
  recordAudit,
  savePublicProfile,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import type { RecordOwner } from '../credentials/learner-record.ts';
import { credentialStateOf } from '../credentials/present-credential.ts';
import type { AppContext } from '../runtime/types.ts';
import { newProfileHandle, publicProfileUrl } from './profile-address.ts';

async function present(
  ctx: AppContext,
  db: Kysely<Database>,
  who: RecordOwner,
  row: PublicProfileRow | null,
): Promise<PublicProfileSettings> {
  const accountName = (await findUserById(db, who.userId))?.name ?? '';
  // Nothing saved yet is the default: off, the account's name, no headline, nothing chosen.
  if (!row) {
    const none = { enabled: false, displayName: null, headline: null, credentialIds: [], url: null };
    return { ...none, accountName, updatedAt: null };
  }
  return {
    enabled: row.enabled,
    displayName: row.display_name,
    accountName,
    headline: row.headline,
    credentialIds: row.credential_ids,
    url: row.enabled ? publicProfileUrl(ctx.config.publicUrl, row.handle) : null,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The learner's public profile in the organization (off, nothing chosen, until they save otherwise). */
export async function getOwnPublicProfile(ctx: AppContext, who: RecordOwner): Promise<PublicProfileSettings> {
  const db = ctx.db.kysely;
  return present(ctx, db, who, await findPublicProfile(db, who.orgId, who.userId));
}

/** Refuses (400, naming each) chosen ids that are not the learner's own active credentials. */
async function assertOwnActive(
  db: Kysely<Database>,
  who: RecordOwner,
  ids: readonly string[],
  now: Date,
): Promise<void> {
  const rows = new Map(
    (await findIssuedCredentials(db, who.orgId, ids))
      .filter((c) => c.user_id === who.userId)
      .map((c) => [c.id, c]),
  );
  const problems = ids.flatMap((id, i) => {
    const row = rows.get(id);
    const field = `body/credentialIds/${i}`;
    if (!row) return [{ field, message: 'is not one of your credentials' }];
    const state = credentialStateOf(row, now);
    return state === 'active'
      ? []
      : [{ field, message: `is ${state}: only active credentials can be shown` }];
  });
  if (problems.length > 0)
    throw new AppError('validation_failed', 'You can show only your own active credentials', problems);
}

/**
 * Saves the learner's public profile: on or off, the name shown (null: their account's name), a headline, and
 * which of their own active credentials appear (any other id is a 400 naming it, and nothing is written);
 * audited as `public_profile.changed`. Turning it on for the first time, or again after it was off, draws a new
 * address: an address that stopped working never comes back. Turning it off makes the address answer 404 at once.
 */
export async function saveOwnPublicProfile(
  ctx: AppContext,
  who: RecordOwner,
  body: PublicProfileBody,
): Promise<PublicProfileSettings> {
  const now = ctx.now();
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await assertOwnActive(trx, who, body.credentialIds, now);
    const previous = await findPublicProfile(trx, who.orgId, who.userId);
    const keep = previous && (previous.enabled || !body.enabled);
    const displayName = body.displayName?.trim() ?? null;
    const headline = body.headline?.trim() ?? null;
    const credentialIds = [...new Set(body.credentialIds)];
    const row = await savePublicProfile(trx, {
      ...who,
      handle: keep ? previous.handle : newProfileHandle(),
      enabled: body.enabled,
      displayName,
      headline,
      credentialIds,
      now,
    });
    await recordAudit(trx, {
      orgId: who.orgId,
      actorUserId: who.userId,
      action: 'public_profile.changed',
      targetType: 'user',
      targetId: who.userId,
      // NOTE: what changed in kind only: the address, name and headline are the learner's, not the audit trail's.
      details: {
        enabled: body.enabled,
        credentials: credentialIds.length,
        displayName: displayName !== null,
        headline: headline !== null,
      },
    });
    return present(ctx, trx, who, row);
  });
}

/**
 * Gives the learner's public profile a new address: the old one answers 404 from this moment (audited as
 * `public_profile.address_renewed`). Only while the profile is on (409 otherwise: turning it on gives a new one).
 */
export async function renewPublicProfileAddress(
  ctx: AppContext,
  who: RecordOwner,
): Promise<PublicProfileSettings> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const previous = await findPublicProfile(trx, who.orgId, who.userId);
    if (!previous?.enabled)
      throw new AppError('conflict', 'Your public profile is off; turning it on gives it a new address');
    const row = await savePublicProfile(trx, {
      ...who,
      handle: newProfileHandle(),
      enabled: true,
      displayName: previous.display_name,
      headline: previous.headline,
      credentialIds: previous.credential_ids,
      now: ctx.now(),
    });
    await recordAudit(trx, {
      orgId: who.orgId,
      actorUserId: who.userId,
      action: 'public_profile.address_renewed',
      targetType: 'user',
      targetId: who.userId,
    });
    return present(ctx, trx, who, row);
  });
}
