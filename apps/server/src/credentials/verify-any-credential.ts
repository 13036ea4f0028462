import type { CredentialVerification } from '@pathwise/contracts';
import {
  type Database,
  findIssuedCredentialByCredentialId,
  findOrganizationBySlug,
  findStatusList,
  listIssuerKeys,
} from '@pathwise/db';
import type { DidDocument, KnownIssuer, LogInclusionProof, VerificationResult } from '@pathwise/open-badges';
import type { Kysely } from 'kysely';
import type { AppContext } from '../runtime/types.ts';
import { resolveIssuerDid, slugOfDid } from './issuer-identity.ts';
import { inclusionProof } from './log-proofs.ts';
import { verificationFacts } from './verification-facts.ts';
import type { VerificationJob } from './verification-job.ts';
import { VerifierPool } from './verifier-pool.ts';

/** At most this many status lists and DID documents are read for one credential (each is a database read). */
const MAX_LOOKUPS = 8;

const pools = new WeakMap<AppContext, VerifierPool>();

/** The app's verifier pool (one per app, started on first use); `closeVerifierPool` stops it. */
export function verifierPool(ctx: AppContext): VerifierPool {
  let pool = pools.get(ctx);
  if (!pool) {
    pool = new VerifierPool();
    pools.set(ctx, pool);
  }
  return pool;
}

/** Stops the app's verifier threads (the app's onClose). */
export async function closeVerifierPool(ctx: AppContext): Promise<void> {
  await pools.get(ctx)?.close();
  pools.delete(ctx);
}

/**
 * Verifies any credential check by check (the one verifier of the page, `POST /api/verify`, share links, the
 * learner's record and the employer match), with the facts a page needs to say the result in words (see
 * {@link verificationFacts}). Accepts the credential itself or `{ credential, logProof }`. The database is read
 * here; the checks run on a worker thread. Never throws on bad input; throws `unavailable` when the verifier is
 * busy and `too_complex` past the time limit.
 */
export async function verifyAnyCredential(ctx: AppContext, body: unknown): Promise<CredentialVerification> {
  const { job, revokedAt } = await prepareVerification(ctx, body);
  const result: VerificationResult = await verifierPool(ctx).run(job);
  return { ...result, ...verificationFacts(job, revokedAt) };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asArray = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function unwrap(body: unknown): { credential: unknown; logProof?: LogInclusionProof } {
  const isEnvelope = isObject(body) && 'credential' in body && !('proof' in body);
  let credential = isEnvelope ? body.credential : body;
  // NOTE: the verifier also reads a credential given as a JSON string; read it here too, so that the issuer and
  // log lookups see the same credential the checks do.
  if (typeof credential === 'string') {
    try {
      credential = JSON.parse(credential);
    } catch {}
  }
  const logProof = isEnvelope ? (body.logProof as LogInclusionProof | undefined) : undefined;
  return { credential, ...(logProof ? { logProof } : {}) };
}

function issuerIdOf(credential: unknown): string | null {
  if (!isObject(credential)) return null;
  const id = isObject(credential.issuer) ? credential.issuer.id : credential.issuer;
  return typeof id === 'string' ? id : null;
}

/** The DIDs named by the proofs of a document (their verification methods without the fragment). */
function proofDids(document: unknown): string[] {
  if (!isObject(document)) return [];
  return asArray(document.proof)
    .map((proof) => (isObject(proof) ? proof.verificationMethod : null))
    .filter((method): method is string => typeof method === 'string')
    .map((method) => method.split('#')[0]!);
}

async function readStatusLists(
  db: Kysely<Database>,
  ctx: AppContext,
  credential: unknown,
): Promise<Record<string, unknown>> {
  const prefix = `${ctx.config.publicUrl}/api/public/orgs/`;
  const urls = asArray(isObject(credential) ? credential.credentialStatus : undefined)
    .map((entry) => (isObject(entry) ? entry.statusListCredential : null))
    .filter((url): url is string => typeof url === 'string' && url.startsWith(prefix));
  const lists: Record<string, unknown> = {};
  for (const url of [...new Set(urls)].slice(0, MAX_LOOKUPS)) {
    const match = /^([a-z0-9-]+)\/status\/(\d+)$/.exec(url.slice(prefix.length));
    const org = match ? await findOrganizationBySlug(db, match[1]!) : null;
    const list = org ? await findStatusList(db, org.id, Number(match![2])) : null;
    if (list?.credential) lists[url] = list.credential;
  }
  return lists;
}

function knownIssuerOf(ctx: AppContext, issuerId: string | null, orgName: string | null): KnownIssuer | null {
  if (orgName !== null) return { name: orgName, vouchedBy: 'an organization of this installation' };
  const trusted = ctx.config.trustedIssuers.find((issuer) => issuer.id === issuerId);
  if (trusted) return { name: trusted.name, vouchedBy: "in this installation's registry of trusted issuers" };
  return null;
}

/**
 * Reads from the database everything of this installation a credential may need (its issuer organization, DID
 * documents, status lists, log keys and inclusion proof), as a {@link VerificationJob} for a worker thread; and,
 * when its issuer is an organization here that revoked it, when.
 */
export async function prepareVerification(
  ctx: AppContext,
  body: unknown,
): Promise<{ job: VerificationJob; revokedAt: Date | null }> {
  const db = ctx.db.kysely;
  const { credential, logProof: given } = unwrap(body);
  const issuerId = issuerIdOf(credential);
  const slug = issuerId ? slugOfDid(ctx.config.publicUrl, issuerId) : null;
  const org = slug ? await findOrganizationBySlug(db, slug) : null;
  const statusLists = await readStatusLists(db, ctx, credential);
  const dids = new Set([
    ...(issuerId ? [issuerId] : []),
    ...proofDids(credential),
    ...Object.values(statusLists).flatMap(proofDids),
  ]);
  const didDocuments: Record<string, DidDocument> = {};
  for (const did of [...dids].filter((d) => slugOfDid(ctx.config.publicUrl, d)).slice(0, MAX_LOOKUPS)) {
    const document = await resolveIssuerDid(db, ctx, did);
    if (document) didDocuments[did] = document;
  }
  const trustedLogKeys: [string, string][] = [];
  let logProof = given;
  let revokedAt: Date | null = null;
  if (org) {
    for (const key of await listIssuerKeys(db, org.id)) {
      if (key.status !== 'revoked') trustedLogKeys.push([key.verification_method, key.public_key_multibase]);
    }
    const id = isObject(credential) ? credential.id : undefined;
    const row = typeof id === 'string' ? await findIssuedCredentialByCredentialId(db, org.id, id) : null;
    if (row && !logProof) logProof = (await inclusionProof(db, org.id, Number(row.log_index))) ?? undefined;
    revokedAt = row?.revoked_at ?? null;
  }
  // NOTE: an organization here logs every credential it issues; its CLR export is a signed bundle of logged
  // credentials made on request, never logged itself.
  const isClr = isObject(credential) && asArray(credential.type).includes('ClrCredential');
  const job: VerificationJob = {
    credential,
    now: ctx.now().toISOString(),
    didDocuments,
    statusLists,
    trustedLogKeys,
    issuerId,
    knownIssuer: knownIssuerOf(ctx, issuerId, org?.name ?? null),
    ...(logProof ? { logProof } : {}),
    logRequired: org !== null && !isClr,
  };
  return { job, revokedAt };
}
