import { type Database, PgLogStore, saveLogCheckpoint } from '@pathwise/db';
import { IssuanceLog, type LogEvent, type SignedCheckpoint } from '@pathwise/open-badges';
import type { Kysely } from 'kysely';
import type { AppContext } from '../runtime/types.ts';
import type { Issuer } from './issuer-identity.ts';

/** The origin line of an organization's log checkpoints (host and path, no scheme). */
export function logOrigin(publicUrl: string, slug: string): string {
  return `${new URL(publicUrl).host}/orgs/${slug}/issuance-log`;
}

/** The organization's issuance log, signing checkpoints with its active issuer key. */
export function orgIssuanceLog(trx: Kysely<Database>, ctx: AppContext, issuer: Issuer): IssuanceLog {
  return new IssuanceLog({
    store: new PgLogStore(trx, issuer.orgId),
    origin: logOrigin(ctx.config.publicUrl, issuer.slug),
    key: issuer.key,
    clock: { now: ctx.now },
  });
}

/**
 * Appends events to the organization's log and keeps a signed checkpoint of the new tree, so every entry has a
 * checkpoint that covers it. Returns the leaf indexes. Call it holding `lockIssuer`.
 */
export async function appendToLog(
  trx: Kysely<Database>,
  ctx: AppContext,
  issuer: Issuer,
  events: readonly LogEvent[],
): Promise<{ indexes: number[]; checkpoint: SignedCheckpoint }> {
  const log = orgIssuanceLog(trx, ctx, issuer);
  const indexes: number[] = [];
  for (const event of events) indexes.push(await log.record(event));
  const checkpoint = await log.checkpoint();
  await saveLogCheckpoint(trx, issuer.orgId, checkpoint.treeSize, checkpoint);
  return { indexes, checkpoint };
}
