import type { Db } from '@pathwise/db';
import { replaceSystemLrsCredential } from '../lrs/lrs-credentials.ts';

export const DEMO_LRS_CREDENTIAL_NAME = 'Demo LRS';

/** The demo organization's LRS key and secret, as printed at start. */
export interface DemoLrsCredential {
  key: string;
  secret: string;
}

/**
 * Gives the demo organization its LRS credential (scope `all`): DEMO_LRS_KEY / DEMO_LRS_SECRET when both are
 * set, else a new generated pair at every start (the secret is stored hashed, so it can only be printed now).
 */
export async function seedDemoLrs(
  db: Db,
  orgId: string,
  fromEnv: { key?: string | undefined; secret?: string | undefined } = {},
): Promise<DemoLrsCredential> {
  const given = fromEnv.key && fromEnv.secret ? { key: fromEnv.key, secret: fromEnv.secret } : {};
  const { credential, secret } = await replaceSystemLrsCredential(db, {
    orgId,
    name: DEMO_LRS_CREDENTIAL_NAME,
    ...given,
  });
  return { key: credential.key, secret };
}
