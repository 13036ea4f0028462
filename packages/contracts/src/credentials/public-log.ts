import { type Static, Type } from 'typebox';

/** An organization as public addresses name it. */
export const PublicOrgParams = Type.Object({ slug: Type.String({ pattern: '^[a-z0-9-]{1,100}$' }) });

/** A signed checkpoint of an organization's issuance log (RFC 9162 tree head, Ed25519 signature). */
export const SignedCheckpointSchema = Type.Object({
  origin: Type.String(),
  treeSize: Type.Integer({ minimum: 0 }),
  rootHash: Type.String({ description: 'Base64 RFC 9162 root hash' }),
  timestamp: Type.String(),
  keyId: Type.String({ description: 'Verification method id of the signing key' }),
  signature: Type.String({ description: 'Base64 Ed25519 signature' }),
});
export type SignedCheckpointAnswer = Static<typeof SignedCheckpointSchema>;

/** The latest checkpoint and the public keys that sign checkpoints. */
export const CheckpointAnswerSchema = Type.Object({
  checkpoint: SignedCheckpointSchema,
  keys: Type.Array(Type.Object({ id: Type.String(), publicKeyMultibase: Type.String() })),
});
export type CheckpointAnswer = Static<typeof CheckpointAnswerSchema>;

const closed = { additionalProperties: false } as const;
const Hash = (description: string) => Type.String({ description });

/**
 * One entry of the log: an event with hashes only, never personal data. NOTE: each event lists its members in
 * the order the log encodes them, so the JSON answered is byte for byte the leaf data a verifier hashes.
 */
export const LogEntrySchema = Type.Union([
  Type.Object(
    {
      v: Type.Integer(),
      type: Type.Literal('credential-issued'),
      credential: Hash('Hex SHA-256 of the credential id'),
      proof: Hash('Hex SHA-256 of the proof value'),
      time: Type.String(),
    },
    closed,
  ),
  Type.Object(
    {
      v: Type.Integer(),
      type: Type.Literal('credential-revoked'),
      credential: Hash('Hex SHA-256 of the credential id'),
      time: Type.String(),
    },
    closed,
  ),
  Type.Object(
    {
      v: Type.Integer(),
      type: Type.Literal('status-list-published'),
      list: Type.String(),
      encodedList: Type.String(),
      time: Type.String(),
    },
    closed,
  ),
  Type.Object(
    {
      v: Type.Integer(),
      type: Type.Literal('key-rotated'),
      did: Type.String(),
      newKey: Type.String(),
      retiredKey: Type.Optional(Type.String()),
      time: Type.String(),
    },
    closed,
  ),
]);
export const LogEntryAnswerSchema = Type.Object({
  index: Type.Integer({ minimum: 0 }),
  entry: LogEntrySchema,
});
export type LogEntryAnswer = Static<typeof LogEntryAnswerSchema>;

/** The RFC 9162 consistency proof between two sizes of the log (base64 hashes). */
export const ConsistencyProofSchema = Type.Object({
  first: Type.Integer({ minimum: 1 }),
  second: Type.Integer({ minimum: 1 }),
  proof: Type.Array(Type.String()),
});
export type ConsistencyProof = Static<typeof ConsistencyProofSchema>;
