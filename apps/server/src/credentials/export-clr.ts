import { randomUUID } from 'node:crypto';
import type { SignedDocument } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { findUserById, listLearnerCredentials, lockIssuer } from '@pathwise/db';
import { buildClrCredential, signCredential } from '@pathwise/open-badges';
import type { AppContext } from '../runtime/types.ts';
import { learnerSubjectId } from './issue-credential.ts';
import { issuerDocumentLoader, loadIssuer } from './issuer-identity.ts';
import { credentialStateOf } from './present-credential.ts';

/**
 * The learner's whole record as one CLR 2.0 `ClrCredential`, signed by the organization, bundling every
 * credential that is neither revoked nor expired, each unchanged with its own proof.
 */
export async function exportClr(
  ctx: AppContext,
  who: { orgId: string; userId: string },
): Promise<SignedDocument> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const now = ctx.now();
    const rows = (await listLearnerCredentials(trx, who.orgId, who.userId)).filter(
      (r) => credentialStateOf(r, now) === 'active',
    );
    if (rows.length === 0) throw new AppError('conflict', 'You hold no credential to export yet');
    await lockIssuer(trx, who.orgId);
    const issuer = await loadIssuer(trx, ctx, who.orgId);
    const user = await findUserById(trx, who.userId);
    const unsigned = buildClrCredential({
      id: `urn:uuid:${randomUUID()}`,
      issuer: issuer.profile,
      learnerId: learnerSubjectId(ctx.config, who.orgId, who.userId),
      name: `Learner record${user ? ` of ${user.name}` : ''}`,
      description: `Every credential held at ${issuer.profile.name}`,
      credentials: rows.map((r) => r.document),
      validFrom: now,
    });
    const signed = await signCredential(unsigned, {
      key: issuer.key,
      documentLoader: issuerDocumentLoader(trx, ctx),
      created: now,
    });
    // NOTE: buildClrCredential always sets issuer and credentialSubject; its type names only the VC basics.
    return signed as unknown as SignedDocument;
  });
}
