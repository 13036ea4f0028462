import { listXapiCredentials, revokeXapiCredential, type XapiCredential } from '@pathwise/db';
import type { OrgActor } from '../identity/actor.ts';
import { revokeWithAudit } from '../identity/revoke-with-audit.ts';
import { forgetLrsCredentials } from '../lrs/lrs-client.ts';
import { createLrsCredential, type NewLrsCredential } from '../lrs/lrs-credentials.ts';
import type { AppContext } from '../runtime/types.ts';

/** Creates an LRS credential of the organization (audited); the secret is in the answer only. */
export function issueLrsCredential(
  ctx: AppContext,
  actor: OrgActor,
  input: { name: string; scopes: string[] },
): Promise<NewLrsCredential> {
  return ctx.db.kysely
    .transaction()
    .execute((trx) => createLrsCredential(trx, { ...input, orgId: actor.orgId, createdBy: actor.userId }));
}

/** The live LRS credentials of the organization (never their secrets). */
export function listLrsCredentials(ctx: AppContext, actor: OrgActor): Promise<XapiCredential[]> {
  return listXapiCredentials(ctx.db.kysely, actor.orgId);
}

/** Revokes an LRS credential (audited; 404 when there is no such live one); /xapi forgets it at once. */
export async function revokeLrsCredential(
  ctx: AppContext,
  actor: OrgActor,
  credentialId: string,
): Promise<void> {
  await revokeWithAudit(ctx, actor, {
    targetType: 'lrs_credential',
    targetId: credentialId,
    notFound: 'No such LRS credential',
    revoke: (trx) => revokeXapiCredential(trx, actor.orgId, credentialId),
  });
  forgetLrsCredentials();
}
