import { type Database, findStatusList, saveStatusList, statusIndexTaken } from '@pathwise/db';
import {
  issueStatusListCredential,
  randomStatusIndex,
  StatusBitstring,
  statusListPublishedEvent,
} from '@pathwise/open-badges';
import type { Kysely } from 'kysely';
import type { AppContext } from '../runtime/types.ts';
import { appendToLog } from './issuance-log.ts';
import { type Issuer, issuerDocumentLoader, statusListUrl } from './issuer-identity.ts';

/** Every organization has one revocation list of 131,072 entries (number 1). */
export const STATUS_LIST_NO = 1;

/** Signs and stores the list with the given bits, and logs its publication. Call it holding `lockIssuer`. */
export async function publishStatusList(
  trx: Kysely<Database>,
  ctx: AppContext,
  issuer: Issuer,
  list: StatusBitstring,
): Promise<void> {
  const url = statusListUrl(ctx.config.publicUrl, issuer.slug, STATUS_LIST_NO);
  const now = ctx.now();
  const credential = await issueStatusListCredential({
    url,
    list,
    key: issuer.key,
    documentLoader: issuerDocumentLoader(trx, ctx),
    now,
  });
  const encodedList = credential.credentialSubject.encodedList;
  await saveStatusList(trx, { orgId: issuer.orgId, listNo: STATUS_LIST_NO, encodedList, credential, now });
  await appendToLog(trx, ctx, issuer, [statusListPublishedEvent(url, encodedList, now)]);
}

/** The current bits of the organization's list, publishing an empty one the first time. */
export async function currentStatusList(
  trx: Kysely<Database>,
  ctx: AppContext,
  issuer: Issuer,
): Promise<StatusBitstring> {
  const row = await findStatusList(trx, issuer.orgId, STATUS_LIST_NO);
  if (row) return StatusBitstring.decode(row.encoded_list);
  const empty = StatusBitstring.create();
  await publishStatusList(trx, ctx, issuer, empty);
  return empty;
}

/** A random free index of the list (a sequential one would leak the order of issuance). */
export async function freeStatusIndex(trx: Kysely<Database>, orgId: string): Promise<number> {
  for (let attempt = 0; attempt < 64; attempt++) {
    const index = randomStatusIndex();
    if (!(await statusIndexTaken(trx, orgId, STATUS_LIST_NO, index))) return index;
  }
  throw new Error('the status list has no free index');
}
