import type { CredentialVerification, LogInclusionProofAnswer, SignedDocument } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { findIssuedCredential, type IssuedCredentialRow } from '@pathwise/db';
import type { AppContext } from '../runtime/types.ts';
import type { RecordOwner } from './learner-record.ts';
import { inclusionProof } from './log-proofs.ts';
import { verifyAnyCredential } from './verify-any-credential.ts';

/** One of the learner's own credentials; "No such credential" (404) when it is not theirs or does not exist. */
export async function ownCredential(
  ctx: AppContext,
  who: RecordOwner,
  id: string,
): Promise<IssuedCredentialRow> {
  const row = await findIssuedCredential(ctx.db.kysely, who.orgId, id);
  if (!row || row.user_id !== who.userId) throw new AppError('not_found', 'No such credential');
  return row;
}

/** One of the learner's credentials as its signed OB 3.0 document (a file to download). */
export async function ownCredentialFile(
  ctx: AppContext,
  who: RecordOwner,
  id: string,
): Promise<{ filename: string; document: SignedDocument }> {
  const row = await ownCredential(ctx, who, id);
  return { filename: `credential-${row.id}.json`, document: row.document as SignedDocument };
}

/** The issuance-log inclusion proof of one of the learner's credentials; not found before a checkpoint covers it. */
export async function ownCredentialLogProof(
  ctx: AppContext,
  who: RecordOwner,
  id: string,
): Promise<LogInclusionProofAnswer> {
  const row = await ownCredential(ctx, who, id);
  const proof = await inclusionProof(ctx.db.kysely, who.orgId, Number(row.log_index));
  if (!proof) throw new AppError('not_found', 'No checkpoint covers this credential yet');
  return proof;
}

/**
 * One of the learner's credentials verified now, exactly as a visitor's `POST /api/verify` of its file would be
 * (the record shows each one's verdict; asked one at a time, so a long record never fills the verifier's queue).
 */
export async function ownCredentialVerification(
  ctx: AppContext,
  who: RecordOwner,
  id: string,
): Promise<CredentialVerification> {
  const row = await ownCredential(ctx, who, id);
  return verifyAnyCredential(ctx, row.document);
}
