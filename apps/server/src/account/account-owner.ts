import { createHash } from 'node:crypto';
import type { AccountOwner } from '@pathwise/db';
import { agentKey, installationIris } from '@pathwise/xapi';

/**
 * The person behind an account as the data export and the erasure look for them: their id, their address, and
 * every xAPI agent key that names them (Pathwise's own account agent, and the mbox or its SHA-1 an external
 * activity provider may have used).
 */
export function accountOwner(publicUrl: string, user: { id: string; email: string }): AccountOwner {
  const mbox = `mailto:${user.email}`;
  const keys = [
    agentKey({ account: { homePage: installationIris(publicUrl).accountHomePage, name: user.id } }),
    agentKey({ mbox }),
    agentKey({ mbox_sha1sum: createHash('sha1').update(mbox).digest('hex') }),
  ].filter((k): k is string => k !== null);
  return { userId: user.id, email: user.email, agentKeys: keys };
}
