import { randomBytes } from 'node:crypto';

/**
 * A new handle for a public profile's address: 16 random bytes as base64url (22 characters, 128 bits), so an
 * address cannot be guessed or walked to from another.
 *
 * @example
 * newProfileHandle() // 'q3XbA0x9Zr1yQw7LmN5s_g'
 */
export function newProfileHandle(): string {
  return randomBytes(16).toString('base64url');
}

/** The web address of a public profile (the page; its data is `GET /api/public/profiles/:handle`). */
export function publicProfileUrl(publicUrl: string, handle: string): string {
  return `${publicUrl}/profile/${handle}`;
}
