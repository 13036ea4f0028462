const MAILTO = /^mailto:[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)*$/;

/**
 * True for an `mbox` value: `mailto:` followed by one email address.
 * @example isMailtoIri('mailto:learner@example.com') // true
 * @example isMailtoIri('learner@example.com') // false
 */
export function isMailtoIri(value: string): boolean {
  return MAILTO.test(value);
}

/** True for a hex SHA-1 digest (40 hex digits), the form of `mbox_sha1sum`. */
export function isSha1Hex(value: string): boolean {
  return /^[0-9a-f]{40}$/i.test(value);
}

/** True for a hex SHA-2 digest of a SHA-224, SHA-256, SHA-384 or SHA-512 hash, the form of an attachment `sha2`. */
export function isSha2Hex(value: string): boolean {
  return /^[0-9a-f]+$/i.test(value) && [56, 64, 96, 128].includes(value.length);
}

/** True for an Internet media type such as `text/plain; charset=ascii` (RFC 2046 type/subtype with parameters). */
export function isMediaType(value: string): boolean {
  return /^[A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+-]+(?:\s*;\s*[^;\s]+=[^;]*)*\s*;?\s*$/.test(value);
}
