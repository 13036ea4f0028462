import type { IssuerInfo } from '@pathwise/contracts';
import { findOrganizationById, listIssuerKeys } from '@pathwise/db';
import type { AppContext } from '../runtime/types.ts';
import { issuerDid } from './issuer-identity.ts';

/** The organization's issuer DID and key history: public parts only, never a secret. */
export async function issuerInfo(ctx: AppContext, orgId: string): Promise<IssuerInfo> {
  const keys = await listIssuerKeys(ctx.db.kysely, orgId);
  const slug = (await findOrganizationById(ctx.db.kysely, orgId))!.slug;
  return {
    did: issuerDid(ctx.config.publicUrl, slug),
    didDocumentUrl: `${ctx.config.publicUrl}/orgs/${slug}/did.json`,
    keys: keys.map((k) => ({
      id: k.verification_method,
      publicKeyMultibase: k.public_key_multibase,
      status: k.status,
      createdAt: k.created_at.toISOString(),
      retiredAt: k.retired_at?.toISOString() ?? null,
    })),
  };
}
