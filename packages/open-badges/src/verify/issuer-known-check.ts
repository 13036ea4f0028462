import type { CredentialView, VerificationCheck } from './verification-check.ts';

/** An issuer someone the verifier trusts vouches for, and who: e.g. "an organization of this installation". */
export interface KnownIssuer {
  name: string;
  vouchedBy: string;
}

/** Finds who vouches for an issuer DID, or null when nobody does. Supplied by the platform. */
export type KnownIssuerSource = (issuerId: string) => Promise<KnownIssuer | null> | KnownIssuer | null;

function claimedName(view: CredentialView): string | null {
  const issuer = view.document.issuer as { name?: unknown } | undefined;
  return typeof issuer === 'object' && issuer !== null && typeof issuer.name === 'string'
    ? issuer.name
    : null;
}

/**
 * Checks that the issuer is known: a valid signature only proves that whoever holds the key signed, and anyone can
 * make a key (a did:key) and write any issuer name. Without a source every issuer is unknown. Never throws.
 */
export async function checkIssuerKnown(
  view: CredentialView,
  findKnownIssuer: KnownIssuerSource | undefined,
): Promise<VerificationCheck> {
  const name = 'issuer-known';
  let known: KnownIssuer | null = null;
  try {
    known = findKnownIssuer ? await findKnownIssuer(view.issuerId) : null;
  } catch (error) {
    return {
      name,
      ok: false,
      message: `the issuer could not be looked up: ${(error as Error).message}`,
      reason: 'issuer-unknown',
    };
  }
  if (known) return { name, ok: true, message: `${known.name}: ${known.vouchedBy}` };
  const claimed = claimedName(view);
  const claim = claimed ? `; the name "${claimed}" is only the credential's own claim` : '';
  return {
    name,
    ok: false,
    message: `${view.issuerId} is not a known issuer: anyone can make a key and sign a credential with any name${claim}`,
    reason: 'issuer-unknown',
  };
}
