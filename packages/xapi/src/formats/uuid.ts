const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * True for a UUID in the standard 8-4-4-4-12 hexadecimal string form (RFC 4122), any version, either case.
 * @example isUuid('fd41c918-b88b-4b20-a0a5-a4c32391aaa0') // true
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
