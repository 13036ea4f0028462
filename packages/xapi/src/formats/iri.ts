import { memoizePredicate } from './memo.ts';

// RFC 3987: a scheme, a colon, then no controls, whitespace or the delimiters an IRI never contains unescaped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must be excluded.
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\u0000-\u0020\u007f-\u009f<>"{}|\\^`]+$/u;
const BAD_PERCENT = /%(?![0-9A-Fa-f]{2})/;

/**
 * Best-effort check that a string is an absolute IRI (RFC 3987): a scheme, a colon, and no characters an IRI
 * cannot contain. The spec allows best-effort validation but requires rejecting IRIs without a scheme.
 * @example isIri('http://adlnet.gov/expapi/verbs/voided') // true
 * @example isIri('not.a.valid.iri.com/verb') // false
 */
export const isIri: (value: string) => boolean = memoizePredicate(
  (value) => IRI.test(value) && !(value.includes('%') && BAD_PERCENT.test(value)),
);

/** An IRL is an IRI meant to be resolvable; syntactically the same check as {@link isIri}. */
export function isIrl(value: string): boolean {
  return isIri(value);
}
