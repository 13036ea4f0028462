import { randomBytes } from 'node:crypto';
import {
  createXapiCredential,
  type Db,
  deleteSystemXapiCredentials,
  recordAudit,
  type XapiCredential,
} from '@pathwise/db';
import type { Kysely } from 'kysely';
import { hashToken, newSecretToken } from '../identity/secret-token.ts';
import { forgetLrsCredentials } from './lrs-client.ts';

type Trx = Kysely<import('@pathwise/db').Database>;

/** A credential as created: the secret is here and nowhere else (only its hash is stored). */
export interface NewLrsCredential {
  readonly credential: XapiCredential;
  readonly secret: string;
}

/** A new random LRS key: readable prefix, 120 bits. */
export function newLrsKey(): string {
  return `lrs_${randomBytes(15).toString('base64url')}`;
}

/**
 * Creates an LRS credential for an organization (Basic auth key and secret, scoped), with an audit entry in
 * the same transaction. `key` and `secret` may be given (the demo seed); otherwise they are generated.
 */
export async function createLrsCredential(
  db: Trx,
  input: {
    orgId: string;
    name: string;
    scopes: string[];
    createdBy: string | null;
    key?: string | undefined;
    secret?: string | undefined;
  },
): Promise<NewLrsCredential> {
  const secret = input.secret ?? newSecretToken();
  const credential = await createXapiCredential(db, {
    orgId: input.orgId,
    name: input.name,
    key: input.key ?? newLrsKey(),
    secretHash: hashToken(secret),
    scopes: input.scopes,
    createdBy: input.createdBy,
  });
  await recordAudit(db, {
    orgId: input.orgId,
    actorUserId: input.createdBy,
    action: 'lrs_credential.created',
    targetType: 'lrs_credential',
    targetId: credential.id,
    details: { name: credential.name, scopes: credential.scopes },
  });
  return { credential, secret };
}

/**
 * Replaces the organization's system credential of this name (made by no person) with a new one: the demo
 * seed runs this at every start with DEMO_LRS_KEY / DEMO_LRS_SECRET, or with a generated pair it prints.
 */
export async function replaceSystemLrsCredential(
  db: Db,
  input: { orgId: string; name: string; key?: string | undefined; secret?: string | undefined },
): Promise<NewLrsCredential> {
  const created = await db.kysely.transaction().execute(async (trx) => {
    await deleteSystemXapiCredentials(trx, input.orgId, input.name);
    return createLrsCredential(trx, { ...input, scopes: ['all'], createdBy: null });
  });
  forgetLrsCredentials();
  return created;
}
