import { randomInt } from 'node:crypto';

/** The size of every status list: 131,072 entries (16 KiB), the spec's minimum for herd privacy. */
export const STATUS_LIST_LENGTH = 131_072;

/** A `BitstringStatusListEntry` as placed in a credential's `credentialStatus`. */
export interface StatusEntry {
  id: string;
  type: 'BitstringStatusListEntry';
  statusPurpose: 'revocation' | 'suspension';
  statusListIndex: string;
  statusListCredential: string;
}

/**
 * A uniformly random index in a list (a sequential index would leak issuance order). The caller must retry when
 * the index is already taken in its allocation table.
 */
export function randomStatusIndex(length: number = STATUS_LIST_LENGTH): number {
  return randomInt(0, length);
}

/** Builds the `credentialStatus` entry pointing at bit `index` of the status list credential at `listUrl`. */
export function buildStatusEntry(
  listUrl: string,
  index: number,
  statusPurpose: StatusEntry['statusPurpose'] = 'revocation',
): StatusEntry {
  if (!Number.isInteger(index) || index < 0) throw new Error(`invalid status list index ${index}`);
  return {
    id: `${listUrl}#${index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose,
    statusListIndex: String(index),
    statusListCredential: listUrl,
  };
}
