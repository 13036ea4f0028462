import { createHmac } from 'node:crypto';
import type { Db } from '@pathwise/db';
import { sealingKey } from '../credentials/sealing-key.ts';
import { replaceSystemLrsCredential } from '../lrs/lrs-credentials.ts';
import type { Config } from '../runtime/config.ts';

export const DEMO_LRS_CREDENTIAL_NAME = 'Demo LRS';

/** The demo organization's LRS key and secret, as printed at start. */
export interface DemoLrsCredential {
  key: string;
  secret: string;
}

/**
 * The demo LRS key and secret when DEMO_LRS_KEY / DEMO_LRS_SECRET are not set: derived from the installation's
 * sealing key (as the demo share link is), so they stay the same across restarts of one installation (anything
 * configured with the printed pair keeps working) and differ between installations.
 */
export function derivedDemoLrsCredential(config: Config): DemoLrsCredential {
  const derive = (purpose: string) =>
    createHmac('sha256', sealingKey(config)).update(`demo lrs ${purpose}`).digest('base64url');
  return { key: `lrs_demo_${derive('key').slice(0, 20)}`, secret: derive('secret') };
}

/**
 * Gives the demo organization its LRS credential (scope `all`): DEMO_LRS_KEY / DEMO_LRS_SECRET when both are
 * set, else the given pair (the server passes {@link derivedDemoLrsCredential}), else a new generated pair.
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
