import {
  type Database,
  findOrganizationById,
  findOrganizationBySlug,
  type IssuerKeyRow,
  insertIssuerKey,
  listIssuerKeys,
} from '@pathwise/db';
import {
  buildDidWebDocument,
  createDocumentLoader,
  type DidDocument,
  type DocumentLoader,
  generateIssuerKey,
  type IssuerKeyPair,
  type IssuerProfile,
  sealIssuerKey,
  unsealIssuerKey,
} from '@pathwise/open-badges';
import type { Kysely } from 'kysely';
import type { AppContext } from '../runtime/types.ts';
import { sealingKey } from './sealing-key.ts';

/**
 * The `did:web` DID of an organization, path form: `did:web:<host>:orgs:<slug>`. A port is percent-encoded
 * (`127.0.0.1%3A3000`), as the did:web specification requires.
 */
export function issuerDid(publicUrl: string, slug: string): string {
  const url = new URL(publicUrl);
  const host = url.port ? `${url.hostname}%3A${url.port}` : url.hostname;
  return `did:web:${host}:orgs:${encodeURIComponent(slug)}`;
}

/** The slug named by one of this installation's issuer DIDs, or null for any other DID. */
export function slugOfDid(publicUrl: string, did: string): string | null {
  const prefix = issuerDid(publicUrl, '');
  if (!did.startsWith(prefix)) return null;
  const slug = decodeURIComponent(did.slice(prefix.length));
  return /^[a-z0-9-]{1,100}$/.test(slug) ? slug : null;
}

/** Where an organization's status list credential is published. */
export function statusListUrl(publicUrl: string, slug: string, listNo: number): string {
  return `${publicUrl}/api/public/orgs/${slug}/status/${listNo}`;
}

/** An organization as an issuer: DID, profile, signing key and key history. */
export interface Issuer {
  orgId: string;
  slug: string;
  did: string;
  profile: IssuerProfile;
  key: IssuerKeyPair;
  history: IssuerKeyRow[];
}

/**
 * Loads the organization's issuer, creating its first key when it has none. Call it inside a transaction that
 * holds `lockIssuer`. The private key is unsealed here and only lives in memory.
 */
export async function loadIssuer(trx: Kysely<Database>, ctx: AppContext, orgId: string): Promise<Issuer> {
  const org = await findOrganizationById(trx, orgId);
  if (!org) throw new Error(`no organization ${orgId}`);
  const did = issuerDid(ctx.config.publicUrl, org.slug);
  let history = await listIssuerKeys(trx, orgId);
  if (!history.some((k) => k.status === 'active')) {
    await addIssuerKey(trx, ctx, orgId, did);
    history = await listIssuerKeys(trx, orgId);
  }
  const active = history.find((k) => k.status === 'active')!;
  const key = unsealIssuerKey(
    {
      id: active.verification_method,
      controller: did,
      publicKeyMultibase: active.public_key_multibase,
      sealedSecretKey: active.sealed_secret,
    },
    sealingKey(ctx.config),
  );
  const profile = { id: did, name: org.name, url: `${ctx.config.publicUrl}/orgs/${org.slug}` };
  return { orgId, slug: org.slug, did, profile, key, history };
}

/** Generates a key for the DID, seals it and stores it as the active key. Returns its public key. */
export async function addIssuerKey(
  trx: Kysely<Database>,
  ctx: AppContext,
  orgId: string,
  did: string,
): Promise<string> {
  const key = await generateIssuerKey(did);
  const sealed = sealIssuerKey(key, sealingKey(ctx.config));
  await insertIssuerKey(trx, {
    orgId,
    verificationMethod: key.id,
    publicKeyMultibase: key.publicKeyMultibase,
    sealedSecret: sealed.sealedSecretKey,
    now: ctx.now(),
  });
  return key.publicKeyMultibase;
}

/** The DID document of one of this installation's issuers, or null (unknown DID, or no key yet). */
export async function resolveIssuerDid(
  db: Kysely<Database>,
  ctx: AppContext,
  did: string,
): Promise<DidDocument | null> {
  const slug = slugOfDid(ctx.config.publicUrl, did);
  if (!slug) return null;
  const org = await findOrganizationBySlug(db, slug);
  if (!org) return null;
  const keys = await listIssuerKeys(db, org.id);
  if (!keys.some((k) => k.status === 'active')) return null;
  return buildDidWebDocument(
    did,
    keys.map((k) => ({ publicKeyMultibase: k.public_key_multibase, status: k.status })),
  );
}

/** The offline document loader, resolving this installation's did:web issuers from the database. */
export function issuerDocumentLoader(db: Kysely<Database>, ctx: AppContext): DocumentLoader {
  return createDocumentLoader({ resolveDidWeb: (did) => resolveIssuerDid(db, ctx, did) });
}
