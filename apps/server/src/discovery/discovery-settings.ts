import type { DiscoverySettings, DiscoverySettingsBody } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import {
  type DiscoverySettingsRow,
  findDiscoverySettings,
  findIssuedCredentials,
  recordAudit,
  saveDiscoverySettings,
} from '@pathwise/db';
import type { RecordOwner } from '../credentials/learner-record.ts';
import type { AppContext } from '../runtime/types.ts';
import { newDiscoveryHandle } from './candidate-pseudonym.ts';

function present(row: DiscoverySettingsRow | null): DiscoverySettings {
  // Nothing saved yet is the default: not discoverable, nothing chosen.
  if (!row) return { enabled: false, credentialIds: [], updatedAt: null };
  return { enabled: row.enabled, credentialIds: row.credential_ids, updatedAt: row.updated_at.toISOString() };
}

/** The learner's discovery settings in the organization (off, nothing chosen, until they save otherwise). */
export async function getOwnDiscovery(ctx: AppContext, who: RecordOwner): Promise<DiscoverySettings> {
  return present(await findDiscoverySettings(ctx.db.kysely, who.orgId, who.userId));
}

/**
 * Saves whether the learner is discoverable by the organization's employers and which of their own credentials
 * employers may see (any other id is a 400 naming it, and nothing is written); audited as `discovery.changed`.
 * Turning discovery on draws a new secret handle, so pseudonyms employers knew from before it was off lead
 * nowhere; turning it off makes the learner unfindable at once (their pending requests stay theirs to answer).
 */
export async function saveOwnDiscovery(
  ctx: AppContext,
  who: RecordOwner,
  body: DiscoverySettingsBody,
): Promise<DiscoverySettings> {
  const ids = [...new Set(body.credentialIds)];
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const owned = new Set(
      (await findIssuedCredentials(trx, who.orgId, ids))
        .filter((c) => c.user_id === who.userId)
        .map((c) => c.id),
    );
    const problems = body.credentialIds.flatMap((id, i) =>
      owned.has(id) ? [] : [{ field: `body/credentialIds/${i}`, message: 'is not one of your credentials' }],
    );
    if (problems.length > 0)
      throw new AppError('validation_failed', 'You can choose only your own credentials', problems);
    const previous = await findDiscoverySettings(trx, who.orgId, who.userId);
    const handle = previous && (previous.enabled || !body.enabled) ? previous.handle : newDiscoveryHandle();
    const row = await saveDiscoverySettings(trx, {
      ...who,
      enabled: body.enabled,
      credentialIds: ids,
      handle,
      now: ctx.now(),
    });
    await recordAudit(trx, {
      orgId: who.orgId,
      actorUserId: who.userId,
      action: 'discovery.changed',
      targetType: 'user',
      targetId: who.userId,
      details: { enabled: body.enabled, credentials: ids.length },
    });
    return present(row);
  });
}
