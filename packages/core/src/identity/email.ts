// NOTE: deliberately simpler than RFC 5322: one @, a dot in the domain, no spaces, at most 254 characters.
// It accepts every address people really type and rejects the typos a form should catch.
const EMAIL = /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/;

/**
 * The one canonical form of a typed address: Unicode NFKC (full-width and compatibility characters folded), trimmed
 * (NFKC first, so an ideographic space is trimmed too), lower-cased. Sign-in looks the account up and counts its
 * attempts under this key, so no spelling of one address gets fresh tries.
 */
export function emailKey(input: string): string {
  return input.normalize('NFKC').trim().toLowerCase();
}

/** {@link emailKey} of an email address; returns null when it is not a plausible address. */
export function normalizeEmail(input: string): string | null {
  const email = emailKey(input);
  if (email.length > 254 || !EMAIL.test(email)) return null;
  return email;
}
