// NOTE: deliberately simpler than RFC 5322: one @, a dot in the domain, no spaces, at most 254 characters.
// It accepts every address people really type and rejects the typos a form should catch.
const EMAIL = /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/;

/** Lower-cases and trims an email address; returns null when it is not a plausible address. */
export function normalizeEmail(input: string): string | null {
  const email = input.trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email)) return null;
  return email;
}
