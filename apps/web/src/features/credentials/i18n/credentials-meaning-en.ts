/**
 * English strings of a credential's meaning-first view (share page, `/verify`, the learner's record), under
 * `credentials.meaning`: what it certifies, one plain verdict, then the checks in words with their technical terms.
 */
export const credentialsMeaningEn = {
  imageAlt: 'Badge of {{name}}',
  unnamed: 'A credential with no name',
  criteria: 'Earned by',
  skills: 'Skills it certifies',
  issuer: 'Issued by',
  issuerClaimed: '{{name}} (its own claim: nobody this site trusts vouches for it)',
  issuerUnnamed: 'An issuer that gives no name',
  site: 'Site: {{url}}',
  issuedOn: 'Issued on',
  validUntil: 'Valid until',
  noExpiry: 'Does not expire',
  issuedTo: 'Issued to',
  recipientPrivate: 'Not named in the credential: it identifies its holder privately',
  theIssuer: 'its issuer',
  checking: 'Checking that it is genuine…',
  verdict: {
    verified: 'Issued by {{issuer}}, not revoked, not expired.',
    verifiedLogged: 'Issued by {{issuer}}, not revoked, not expired, recorded in its public log.',
    unknownIssuer:
      'The signature is valid, but nobody this site trusts vouches for the issuer, and it gives no name: who issued it cannot be confirmed.',
    unknownIssuerNamed:
      'The signature is valid, but nobody this site trusts vouches for the issuer: the name “{{issuer}}” is only the credential’s own claim, and anyone can make a key and sign in any name.',
    malformed: 'This is not a credential this page can read, so nothing about it can be confirmed.',
    'signature-mismatch': 'The signature does not match: the credential was changed after it was issued.',
    'issuer-unresolved':
      'The issuer’s keys could not be found, so nobody can confirm who signed this credential.',
    'key-not-issuers':
      'This credential was signed with a key that is not its issuer’s: someone other than {{issuer}} signed it.',
    'issuer-unknown': 'Nobody this site trusts vouches for its issuer.',
    revoked: 'This credential was revoked by its issuer.',
    revokedOn: 'This credential was revoked by its issuer on {{date}}.',
    suspended: 'This credential is suspended by its issuer.',
    'status-unavailable':
      'Whether this credential was revoked cannot be confirmed: its issuer’s revocation list could not be read.',
    expired: 'This credential expired on {{date}}.',
    'not-yet-valid': 'This credential is not valid before {{date}}.',
    'proof-date': 'Its signature is dated in the future, so it was not made when it says.',
    'not-logged':
      'There is no record that {{issuer}} issued this credential: it is not in its public log, so it was never issued as it is now.',
    'log-proof-invalid': 'The proof that this credential is in its issuer’s public log does not hold.',
    checkFailed: 'This credential could not be verified: the check “{{check}}” failed.',
    notVerified: 'This credential could not be verified.',
  },
  alsoFailed: 'Other checks that failed: {{list}}.',
  checksSummary: 'How this was checked: {{count}} technical checks',
  checksLabel: 'Checks of {{name}}',
  technical: 'Technical: {{term}} · {{message}}',
  checks: {
    'well-formed': {
      title: 'Readable credential',
      ok: 'It is a credential in the standard format (a W3C Verifiable Credential).',
      malformed: 'It is not a credential in the standard format.',
    },
    signature: {
      title: 'Unchanged since it was signed',
      ok: 'The signature matches the content: nothing was changed after it was signed.',
      'signature-mismatch':
        'The signature does not match the content: it was changed after it was signed, or the key that signed it cannot be read.',
    },
    'issuer-key': {
      title: 'Signed by its issuer',
      ok: 'It was signed with one of its issuer’s own published keys.',
      'issuer-unresolved': 'The issuer’s published keys could not be found.',
      'key-not-issuers': 'It was signed with a key that is not one of its issuer’s.',
    },
    'issuer-known': {
      title: 'Issuer known here',
      ok: 'This site knows the issuer and who vouches for it.',
      'issuer-unknown':
        'Nobody this site trusts vouches for the issuer, so its name is only the credential’s claim.',
    },
    'revocation-status': {
      title: 'Not revoked',
      ok: 'Its issuer has not revoked it.',
      revoked: 'Its issuer revoked it.',
      suspended: 'Its issuer suspended it.',
      'status-unavailable': 'Its revocation status could not be read.',
    },
    'validity-dates': {
      title: 'Within its dates',
      ok: 'It is valid today.',
      expired: 'Its validity has ended.',
      'not-yet-valid': 'Its validity has not started yet.',
      'proof-date': 'Its signature is dated in the future, or its date cannot be read.',
    },
    'log-inclusion': {
      title: 'In its issuer’s public log',
      ok: 'Its issuer recorded it in its public issuance log.',
      'not-logged': 'It is not in its issuer’s public log.',
      'log-proof-invalid': 'The proof that it is in its issuer’s public log does not hold.',
    },
    okGeneric: 'This check passed.',
    failedGeneric: 'This check failed.',
  },
};
