import { type Static, Type } from 'typebox';
import { DateTime, NullableDateTime, StringEnum } from '../common.ts';

/** One key of the organization's issuer identity: public parts only, never a secret. */
export const IssuerKeySchema = Type.Object({
  id: Type.String({ description: 'The verification method (DID URL of the key)' }),
  publicKeyMultibase: Type.String(),
  status: StringEnum(['active', 'retired', 'revoked']),
  createdAt: DateTime,
  retiredAt: NullableDateTime,
});
export type IssuerKey = Static<typeof IssuerKeySchema>;

/** The organization's issuer identity with its key history. */
export const IssuerSchema = Type.Object({
  did: Type.String(),
  didDocumentUrl: Type.String(),
  keys: Type.Array(IssuerKeySchema),
});
export type IssuerInfo = Static<typeof IssuerSchema>;

/** The answer of a key rotation: the new public key. */
export const RotatedKeySchema = Type.Object({ publicKeyMultibase: Type.String() });
export type RotatedKey = Static<typeof RotatedKeySchema>;
