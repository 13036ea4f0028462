import { gunzipSync, gzipSync } from 'node:zlib';
import { STATUS_LIST_LENGTH } from './status-list-entry.ts';

/**
 * A Bitstring Status List (W3C): bit `i` is the i-th bit from the left (most significant bit of byte 0 first).
 * Immutable: {@link withStatus} returns a new list.
 */
export class StatusBitstring {
  private constructor(private readonly bytes: Uint8Array) {}

  /** A list of `length` zero bits (a multiple of 8; 131,072 by default). */
  static create(length: number = STATUS_LIST_LENGTH): StatusBitstring {
    if (!Number.isInteger(length) || length <= 0 || length % 8 !== 0) {
      throw new Error(`a status list length must be a positive multiple of 8, got ${length}`);
    }
    return new StatusBitstring(new Uint8Array(length / 8));
  }

  /** Decodes an `encodedList` (multibase `u` base64url of the GZIP-compressed bits). */
  static decode(encodedList: string): StatusBitstring {
    if (!encodedList.startsWith('u')) throw new Error('encodedList must be multibase base64url (prefix "u")');
    return new StatusBitstring(new Uint8Array(gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'))));
  }

  /** Number of entries. */
  get length(): number {
    return this.bytes.length * 8;
  }

  /** The bit at `index` (true = set, e.g. revoked). */
  getStatus(index: number): boolean {
    this.assertIndex(index);
    return ((this.bytes[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;
  }

  /** A copy of the list with the bit at `index` set to `value`. */
  withStatus(index: number, value: boolean): StatusBitstring {
    this.assertIndex(index);
    const bytes = this.bytes.slice();
    const mask = 0x80 >> (index & 7);
    bytes[index >> 3] = value ? (bytes[index >> 3] ?? 0) | mask : (bytes[index >> 3] ?? 0) & ~mask;
    return new StatusBitstring(bytes);
  }

  /** The `encodedList` value for a status list credential. */
  encode(): string {
    return `u${gzipSync(this.bytes).toString('base64url')}`;
  }

  private assertIndex(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) {
      throw new Error(`status index ${index} is outside the list (0..${this.length - 1})`);
    }
  }
}
