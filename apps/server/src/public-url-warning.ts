import { isIP } from 'node:net';

/**
 * Why credentials issued under `publicUrl` cannot be checked by a verifier on another machine, in one line, or
 * null when nothing stands in the way. Issuers are `did:web` identifiers, and did:web resolves only over https
 * to a domain name (not an IP address, not localhost): the DCC verifier and wallets reject anything else.
 *
 * @example
 * publicUrlWarning('http://127.0.0.1:3000'); // 'Credentials … PUBLIC_URL is http, … needs https …'
 */
export function publicUrlWarning(publicUrl: string): string | null {
  const url = new URL(publicUrl);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const reasons: string[] = [];
  if (url.protocol !== 'https:')
    reasons.push(`PUBLIC_URL is ${url.protocol.replace(':', '')}, did:web needs https`);
  if (isIP(host) !== 0 || host === 'localhost' || host.endsWith('.localhost'))
    reasons.push(`PUBLIC_URL's host ${host} is not a domain name others can resolve`);
  if (reasons.length === 0) return null;
  return `Credentials issued here name a did:web no verifier elsewhere can resolve (${reasons.join('; ')}): put a TLS proxy in front and set PUBLIC_URL=https://your.domain (see README, "Credentials outside this machine").`;
}
