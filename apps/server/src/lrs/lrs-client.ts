import { timingSafeEqual } from 'node:crypto';
import { type Db, findXapiCredentialByKey, type XapiCredential } from '@pathwise/db';
import type { Actor } from '@pathwise/xapi';
import { hashToken } from '../identity/secret-token.ts';
import { XapiError } from './xapi-error.ts';

/** Who is calling the LRS: the credential, its organization and the Agent that becomes the authority. */
export interface LrsClient {
  readonly credentialId: string;
  readonly orgId: string;
  readonly scopes: readonly string[];
  readonly authority: Actor;
}

const CHALLENGE = { 'WWW-Authenticate': 'Basic realm="Pathwise LRS", charset="UTF-8"' };

// NOTE: a statement POST is ~3 round trips; looking the credential up on each one would be a fourth. Credentials
// are kept for a few seconds: a revocation in this process clears the cache at once, in other processes it takes
// effect within CACHE_MS.
const CACHE_MS = 5000;
const cache = new Map<string, { credential: XapiCredential | null; until: number }>();

async function cachedCredential(db: Db, key: string): Promise<XapiCredential | null> {
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && hit.until > now) return hit.credential;
  const credential = await findXapiCredentialByKey(db.kysely, key);
  if (cache.size >= 10_000) cache.clear();
  if (credential) cache.set(key, { credential, until: now + CACHE_MS });
  return credential;
}

/** Forgets every cached credential (after a revocation). */
export function forgetLrsCredentials(): void {
  cache.clear();
}

function unauthorized(message: string): XapiError {
  return new XapiError(401, message, [{ path: 'Authorization', message }], CHALLENGE);
}

/** The Agent of a credential: the authority of every statement stored with it. */
export function credentialAgent(credential: Pick<XapiCredential, 'key' | 'name'>, publicUrl: string): Actor {
  return {
    objectType: 'Agent',
    name: credential.name,
    account: { homePage: `${publicUrl}/xapi`, name: credential.key },
  };
}

/**
 * Authenticates an `Authorization: Basic key:secret` header against the LRS credentials. The credential
 * decides the organization; an unknown key, a wrong secret and a revoked credential are the same 401.
 */
export async function authenticateLrsClient(
  db: Db,
  header: string | undefined,
  publicUrl: string,
): Promise<LrsClient> {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) throw unauthorized('Send the LRS key and secret with HTTP Basic authentication');
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const key = colon < 0 ? decoded : decoded.slice(0, colon);
  const secret = colon < 0 ? '' : decoded.slice(colon + 1);
  const credential = key ? await cachedCredential(db, key) : null;
  const given = Buffer.from(hashToken(secret), 'hex');
  const expected = Buffer.from(credential?.secret_hash ?? hashToken(`${secret}x`), 'hex');
  if (!credential || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw unauthorized('The LRS key or secret is wrong, or the credential was revoked');
  }
  return {
    credentialId: credential.id,
    orgId: credential.org_id,
    scopes: credential.scopes,
    authority: credentialAgent(credential, publicUrl),
  };
}
