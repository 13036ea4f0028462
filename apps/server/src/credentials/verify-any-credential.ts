import {
  type Database,
  findIssuedCredentialByCredentialId,
  findOrganizationBySlug,
  findStatusList,
  listIssuerKeys,
} from '@pathwise/db';
import {
  type LogInclusionProof,
  type VerificationResult,
  type VerifyDeps,
  verifyCredential,
} from '@pathwise/open-badges';
import type { Kysely } from 'kysely';
import type { AppContext } from '../types.ts';
import { issuerDocumentLoader, slugOfDid } from './issuer-identity.ts';
import { inclusionProof } from './log-proofs.ts';

/** The platform's verifier dependencies: its own DIDs, status lists and log keys, all read from the database. */
export function verifierDeps(
  db: Kysely<Database>,
  ctx: AppContext,
  trustedLogKeys: Map<string, string>,
): VerifyDeps {
  const prefix = `${ctx.config.publicUrl}/api/public/orgs/`;
  return {
    documentLoader: issuerDocumentLoader(db, ctx),
    clock: { now: ctx.now },
    trustedLogKeys,
    getStatusListCredential: async (url) => {
      const match = url.startsWith(prefix)
        ? /^([a-z0-9-]+)\/status\/(\d+)$/.exec(url.slice(prefix.length))
        : null;
      if (!match) return null;
      const org = await findOrganizationBySlug(db, match[1]!);
      const list = org ? await findStatusList(db, org.id, Number(match[2])) : null;
      return list?.credential ?? null;
    },
  };
}

function issuerIdOf(credential: unknown): string | null {
  const issuer = (credential as { issuer?: unknown } | null)?.issuer;
  const id = typeof issuer === 'string' ? issuer : (issuer as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : null;
}

/**
 * Verifies any credential check by check (the one verifier of the page, `POST /api/verify` and the tests).
 * Accepts the credential itself or `{ credential, logProof }`. For a credential issued here the log proof is
 * looked up when none is given, so the log-inclusion check runs. Never throws on bad input.
 */
export async function verifyAnyCredential(ctx: AppContext, body: unknown): Promise<VerificationResult> {
  const db = ctx.db.db;
  const envelope = body as { credential?: unknown; logProof?: unknown } | null;
  const isEnvelope =
    envelope !== null &&
    typeof envelope === 'object' &&
    !Array.isArray(envelope) &&
    'credential' in envelope &&
    !('proof' in envelope);
  const credential = isEnvelope ? envelope.credential : body;
  let logProof = isEnvelope ? (envelope.logProof as LogInclusionProof | undefined) : undefined;
  const trusted = new Map<string, string>();
  const did = issuerIdOf(credential);
  const slug = did ? slugOfDid(ctx.config.publicUrl, did) : null;
  const org = slug ? await findOrganizationBySlug(db, slug) : null;
  if (org) {
    for (const key of await listIssuerKeys(db, org.id)) {
      if (key.status !== 'revoked') trusted.set(key.verification_method, key.public_key_multibase);
    }
    const id = (credential as { id?: unknown }).id;
    const row =
      !logProof && typeof id === 'string' ? await findIssuedCredentialByCredentialId(db, org.id, id) : null;
    if (row) logProof = (await inclusionProof(db, org.id, Number(row.log_index))) ?? undefined;
  }
  return verifyCredential(credential, verifierDeps(db, ctx, trusted), logProof ? { logProof } : {});
}
