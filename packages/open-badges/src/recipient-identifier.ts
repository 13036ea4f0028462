import { createHash, randomBytes } from 'node:crypto';
import type { RecipientInput } from './open-badge-credential.ts';

/** An OB 3.0 `IdentityObject` as placed in `credentialSubject.identifier`. */
export type RecipientIdentifier = NonNullable<RecipientInput['identifier']>;

/**
 * A salted hash of the learner's e-mail address (OB 3.0 `IdentityObject`: `sha256$` + hex SHA-256 of the
 * lower-cased address followed by the salt), so the credential names its recipient without carrying the address.
 * A fresh random salt per credential keeps two credentials of one learner unlinkable.
 */
export function hashedEmailIdentifier(
  email: string,
  salt: string = randomBytes(12).toString('hex'),
): RecipientIdentifier {
  const normalized = email.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+$/.test(normalized)) throw new Error('not an e-mail address');
  const hash = createHash('sha256')
    .update(normalized + salt)
    .digest('hex');
  return { identityHash: `sha256$${hash}`, identityType: 'emailAddress', hashed: true, salt };
}

/** True when `email` is the address behind a hashed `emailAddress` identifier (what an employer checks). */
export function matchesEmailIdentifier(identifier: RecipientIdentifier, email: string): boolean {
  if (identifier.identityType !== 'emailAddress' || !identifier.hashed) return false;
  return hashedEmailIdentifier(email, identifier.salt ?? '').identityHash === identifier.identityHash;
}
