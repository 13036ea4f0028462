import type { CheckReason, CredentialVerification, Verdict, VerificationCheck } from '@pathwise/contracts';
import type { TFunction } from 'i18next';
import { formatDate } from '../../i18n/format-date.ts';

/** The sentences a verdict can be, keys under `credentials.meaning.verdict`. */
export type VerdictKey =
  | 'verified'
  | 'verifiedLogged'
  | 'unknownIssuer'
  | 'unknownIssuerNamed'
  | CheckReason
  | 'revokedOn'
  | 'checkFailed'
  | 'notVerified';

/** One plain sentence for a verification: its tone, the sentence's key and values, and the other failed checks. */
export interface PlainVerdict {
  tone: Verdict;
  key: VerdictKey;
  /** `issuer`: the issuer's name, null when it gives none; `date`: an ISO date to say; `check`: a check's name. */
  values: { issuer: string | null; date?: string; check?: string };
  /** The names of the failed checks the sentence is not about, in the order they matter. */
  alsoFailed: string[];
}

/**
 * The order in which failures matter: nothing can be said of an unreadable credential; a key that is not the
 * issuer's explains a signature that cannot be checked; a changed credential makes its status and dates moot.
 */
const FAILURE_ORDER = [
  'well-formed',
  'issuer-key',
  'signature',
  'revocation-status',
  'validity-dates',
  'log-inclusion',
  'issuer-known',
];

const rank = (check: VerificationCheck) => {
  const at = FAILURE_ORDER.indexOf(check.name);
  return at === -1 ? FAILURE_ORDER.length : at;
};

function failureSentence(
  check: VerificationCheck,
  v: CredentialVerification,
): Pick<PlainVerdict, 'key' | 'values'> {
  const issuer = v.issuer?.name ?? null;
  switch (check.reason) {
    case 'revoked':
      return v.revokedAt
        ? { key: 'revokedOn', values: { issuer, date: v.revokedAt } }
        : { key: 'revoked', values: { issuer } };
    case 'expired':
      return { key: 'expired', values: { issuer, ...(v.validUntil ? { date: v.validUntil } : {}) } };
    case 'not-yet-valid':
      return { key: 'not-yet-valid', values: { issuer, ...(v.validFrom ? { date: v.validFrom } : {}) } };
    case undefined:
      return { key: 'checkFailed', values: { issuer, check: check.name } };
    default:
      return { key: check.reason, values: { issuer } };
  }
}

/**
 * The one sentence a verification comes to, from the server's result only: "Issued by X, not revoked, not
 * expired, recorded in its public log" when every check passed; the valid signature of an issuer nobody vouches
 * for; or the failure that matters most (see `FAILURE_ORDER`), by its reason, with the others listed after it.
 *
 * @example
 * plainVerdict(result) // { tone: 'failed', key: 'revokedOn', values: { issuer: 'Demo School', date: '2026-05-01T…' }, alsoFailed: [] }
 * sayVerdict(t, plainVerdict(result), 'en').sentence // 'This credential was revoked by its issuer on May 1, 2026.'
 */
export function plainVerdict(v: CredentialVerification): PlainVerdict {
  const issuer = v.issuer?.name ?? null;
  if (v.verdict === 'verified') {
    const logged = v.checks.some((c) => c.name === 'log-inclusion' && c.ok);
    return {
      tone: 'verified',
      key: logged ? 'verifiedLogged' : 'verified',
      values: { issuer },
      alsoFailed: [],
    };
  }
  const failed = v.checks.filter((c) => !c.ok).sort((a, b) => rank(a) - rank(b));
  if (v.verdict === 'unknown_issuer') {
    const key = issuer ? 'unknownIssuerNamed' : 'unknownIssuer';
    const others = failed.filter((c) => c.name !== 'issuer-known').map((c) => c.name);
    return { tone: 'unknown_issuer', key, values: { issuer }, alsoFailed: others };
  }
  const [main, ...others] = failed;
  // NOTE: the server's verdict decides: a result that failed is never called verified, even with no failed check.
  if (!main) return { tone: 'failed', key: 'notVerified', values: { issuer }, alsoFailed: [] };
  return { tone: 'failed', ...failureSentence(main, v), alsoFailed: others.map((c) => c.name) };
}

/**
 * A verdict in the reader's language: its sentence (dates in their locale; an issuer with no name is "its
 * issuer"), and the other failed checks by their titles, or null when there are none.
 */
export function sayVerdict(
  t: TFunction,
  verdict: PlainVerdict,
  locale: string,
): { sentence: string; also: string | null } {
  const { issuer, date, check } = verdict.values;
  const sentence = t(`credentials.meaning.verdict.${verdict.key}`, {
    issuer: issuer ?? t('credentials.meaning.theIssuer'),
    date: date ? formatDate(date, locale) : '',
    check: check ? t(`credentials.checks.${check}`, { defaultValue: check }) : '',
  });
  const titles = verdict.alsoFailed.map((name) =>
    t(`credentials.meaning.checks.${name}.title`, { defaultValue: name }),
  );
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(titles);
  return { sentence, also: titles.length > 0 ? t('credentials.meaning.alsoFailed', { list }) : null };
}
