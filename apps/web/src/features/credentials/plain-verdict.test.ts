import type { CheckReason, CredentialVerification, VerificationCheck } from '@pathwise/contracts';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { plainVerdict, sayVerdict } from './plain-verdict.ts';

const NAMES = [
  'well-formed',
  'signature',
  'issuer-key',
  'issuer-known',
  'revocation-status',
  'validity-dates',
  'log-inclusion',
];

/** A result as the server gives it for our own issuer: every check passed, unless `failing` says otherwise. */
function result(
  failing: Partial<Record<string, CheckReason>> = {},
  extra: Partial<CredentialVerification> = {},
) {
  const checks: VerificationCheck[] = NAMES.map((name) => {
    const reason = failing[name];
    return reason
      ? { name, ok: false, message: `technical ${name}`, reason }
      : { name, ok: true, message: 'ok' };
  });
  const failed = checks.filter((c) => !c.ok).map((c) => c.name);
  const verdict =
    failed.length === 0
      ? 'verified'
      : failed.every((n) => n === 'issuer-known')
        ? 'unknown_issuer'
        : 'failed';
  return {
    verdict,
    verified: verdict === 'verified',
    checks,
    issuer: { id: 'did:web:example.org:orgs:demo', name: 'Pathwise Demo School', url: null, known: true },
    validFrom: '2026-01-10T09:00:00Z',
    validUntil: '2026-12-31T00:00:00Z',
    revokedAt: null,
    checkedAt: '2026-06-01T00:00:00Z',
    ...extra,
  } satisfies CredentialVerification;
}

const say = (v: CredentialVerification, locale = 'en') =>
  sayVerdict(i18next.getFixedT(locale), plainVerdict(v), locale);

describe('plainVerdict', () => {
  it('says who issued a credential that passed every check, and that it is in the public log', () => {
    expect(plainVerdict(result())).toEqual({
      tone: 'verified',
      key: 'verifiedLogged',
      values: { issuer: 'Pathwise Demo School' },
      alsoFailed: [],
    });
    expect(say(result())).toEqual({
      sentence: 'Issued by Pathwise Demo School, not revoked, not expired, recorded in its public log.',
      also: null,
    });
    const unlogged = result();
    unlogged.checks = unlogged.checks.filter((c) => c.name !== 'log-inclusion');
    expect(say(unlogged).sentence).toBe('Issued by Pathwise Demo School, not revoked, not expired.');
  });

  it('tampered: the signature does not match, and the changed credential is not the one logged', () => {
    const tampered = result({ signature: 'signature-mismatch', 'log-inclusion': 'log-proof-invalid' });
    expect(plainVerdict(tampered)).toMatchObject({ tone: 'failed', key: 'signature-mismatch' });
    expect(say(tampered)).toEqual({
      sentence: 'The signature does not match: the credential was changed after it was issued.',
      also: 'Other checks that failed: In its issuer’s public log.',
    });
  });

  it('re-signed by another key: the key is named before the signature it could not check', () => {
    const resigned = result({ signature: 'signature-mismatch', 'issuer-key': 'key-not-issuers' });
    expect(plainVerdict(resigned)).toMatchObject({ key: 'key-not-issuers', alsoFailed: ['signature'] });
    expect(say(resigned).sentence).toBe(
      'This credential was signed with a key that is not its issuer’s: someone other than Pathwise Demo School signed it.',
    );
    const outsider = result({ 'issuer-key': 'key-not-issuers' });
    expect(plainVerdict(outsider).alsoFailed).toEqual([]);
  });

  it('revoked: on the date the issuer revoked it, in the reader’s locale; without a date when unknown', () => {
    const revoked = result({ 'revocation-status': 'revoked' }, { revokedAt: '2026-05-03T10:00:00.000Z' });
    expect(plainVerdict(revoked)).toMatchObject({ key: 'revokedOn', values: { date: revoked.revokedAt } });
    expect(say(revoked).sentence).toBe('This credential was revoked by its issuer on May 3, 2026.');
    expect(say(revoked, 'es').sentence).toBe('Su emisor revocó esta credencial el 3 may 2026.');
    expect(say(result({ 'revocation-status': 'revoked' })).sentence).toBe(
      'This credential was revoked by its issuer.',
    );
    expect(say(result({ 'revocation-status': 'status-unavailable' })).sentence).toMatch(
      /^Whether this credential was revoked cannot be confirmed/,
    );
  });

  it('expired: on its end date; not valid yet: from its start date', () => {
    const expired = result({ 'validity-dates': 'expired' }, { validUntil: '2026-03-01T00:00:00Z' });
    expect(say(expired).sentence).toBe('This credential expired on Mar 1, 2026.');
    const early = result({ 'validity-dates': 'not-yet-valid' }, { validFrom: '2026-09-01T12:00:00Z' });
    expect(say(early).sentence).toBe('This credential is not valid before Sep 1, 2026.');
  });

  it('revoked and expired: the revocation first, the expiry listed after it', () => {
    const both = result(
      { 'revocation-status': 'revoked', 'validity-dates': 'expired' },
      { revokedAt: '2026-05-03T10:00:00.000Z' },
    );
    expect(plainVerdict(both)).toMatchObject({ key: 'revokedOn', alsoFailed: ['validity-dates'] });
    expect(say(both).also).toBe('Other checks that failed: Within its dates.');
  });

  it('unknown issuer: a valid signature, but the name is only the credential’s claim', () => {
    const unknown = result(
      { 'issuer-known': 'issuer-unknown' },
      { issuer: { id: 'did:key:z6Mk', name: 'Pathwise Demo School', url: null, known: false } },
    );
    unknown.checks = unknown.checks.filter((c) => c.name !== 'log-inclusion');
    expect(plainVerdict(unknown)).toMatchObject({ tone: 'unknown_issuer', key: 'unknownIssuerNamed' });
    expect(say(unknown).sentence).toMatch(
      /^The signature is valid, but nobody this site trusts vouches for the issuer: the name “Pathwise Demo School” is only the credential’s own claim/,
    );
    const nameless = { ...unknown, issuer: { id: 'did:key:z6Mk', name: null, url: null, known: false } };
    expect(plainVerdict(nameless).key).toBe('unknownIssuer');
  });

  it('not in the log: the issuer has no record of issuing it', () => {
    const unlogged = result({ 'log-inclusion': 'not-logged' });
    expect(plainVerdict(unlogged)).toMatchObject({ tone: 'failed', key: 'not-logged', alsoFailed: [] });
    expect(say(unlogged).sentence).toBe(
      'There is no record that Pathwise Demo School issued this credential: it is not in its public log, so it was never issued as it is now.',
    );
  });

  it('unreadable, an unknown reason, and a failed verdict with no failed check are never called verified', () => {
    const junk: CredentialVerification = {
      ...result(),
      verdict: 'failed',
      verified: false,
      checks: [{ name: 'well-formed', ok: false, message: 'not an object', reason: 'malformed' }],
      issuer: null,
    };
    expect(say(junk).sentence).toBe(
      'This is not a credential this page can read, so nothing about it can be confirmed.',
    );
    const older = { ...result(), verdict: 'failed' as const, verified: false };
    older.checks = [{ name: 'signature', ok: false, message: 'bad' }];
    expect(say(older).sentence).toBe('This credential could not be verified: the check “Signature” failed.');
    const odd = { ...result(), verdict: 'failed' as const, verified: false };
    expect(plainVerdict(odd)).toMatchObject({ tone: 'failed', key: 'notVerified' });
  });
});
