import { createHash } from 'node:crypto';
import type { AccountOwner } from '@pathwise/db';
import { agentKey, installationIris } from '@pathwise/xapi';

/**
 * The person behind an account as the data export and the erasure look for them: their id, their address, the
 * organizations they are a member of, and the xAPI agent keys that name them: Pathwise's own account agent
 * always; the mbox or its SHA-1 an external activity provider may have used only once the address is verified,
 * since until then anyone could have typed it.
 */
export function accountOwner(
  publicUrl: string,
  user: { id: string; email: string; email_verified_at: Date | null },
  orgIds: readonly string[],
): AccountOwner {
  const emailVerified = user.email_verified_at !== null;
  const mbox = `mailto:${user.email}`;
  const keys = [
    agentKey({ account: { homePage: installationIris(publicUrl).accountHomePage, name: user.id } }),
    ...(emailVerified
      ? [agentKey({ mbox }), agentKey({ mbox_sha1sum: createHash('sha1').update(mbox).digest('hex') })]
      : []),
  ].filter((k): k is string => k !== null);
  return { userId: user.id, email: user.email, emailVerified, agentKeys: keys, orgIds };
}
