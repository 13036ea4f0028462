const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const FORBIDDEN_DELIMITERS = /[<>"{}|\\^`]/;

// RFC 3987 never allows controls or whitespace unescaped in an IRI.
function hasControlOrSpace(value: string): boolean {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}
const BAD_PERCENT = /%(?![0-9A-Fa-f]{2})/;

/**
 * Best-effort check that a string is an absolute IRI (RFC 3987): a scheme, a colon, and no characters an IRI
 * cannot contain. The spec allows best-effort validation but requires rejecting IRIs without a scheme.
 * @example isIri('http://adlnet.gov/expapi/verbs/voided') // true
 * @example isIri('not.a.valid.iri.com/verb') // false
 */
export function isIri(value: string): boolean {
  const scheme = SCHEME.exec(value);
  if (!scheme) return false;
  const rest = value.slice(scheme[0].length);
  return (
    rest.length > 0 &&
    !hasControlOrSpace(value) &&
    !FORBIDDEN_DELIMITERS.test(value) &&
    !BAD_PERCENT.test(value)
  );
}

/** An IRL is an IRI meant to be resolvable; syntactically the same check as {@link isIri}. */
export function isIrl(value: string): boolean {
  return isIri(value);
}
