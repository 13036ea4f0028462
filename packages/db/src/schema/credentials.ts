import type {
  AchievementCriteria,
  AchievementTranslations,
  CredentialEvidence,
  MasteryEvidenceFacts,
} from '@pathwise/core/achievements';
import type { RequiredSkill } from '@pathwise/core/employer-match';
import type { ColumnType, Generated } from 'kysely';
import type { Json, NullableTimestamp, Timestamp } from './column-types.ts';

export interface IssuerKeysTable {
  id: Generated<string>;
  org_id: string;
  verification_method: string;
  public_key_multibase: string;
  /** The secret key sealed with AES-256-GCM under the configuration key; never leaves the server. */
  sealed_secret: string;
  status: 'active' | 'retired' | 'revoked';
  created_at: Generated<Date>;
  retired_at: NullableTimestamp;
}

export interface AchievementsTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  description: Generated<string>;
  achievement_type: Generated<string>;
  /** Read through `parseAchievementCriteria`. */
  criteria: Json<AchievementCriteria>;
  skill_ids: string[];
  validity_days: number | null;
  /** Name and description in other languages (migration 0025); read through `parseAchievementTranslations`. */
  translations: Json<AchievementTranslations>;
  created_at: Generated<Date>;
  archived_at: NullableTimestamp;
}

/** An achievement's image (migration 0023): an upload's bytes, or the shape and colour of a generated design. */
export interface AchievementImagesTable {
  achievement_id: string;
  org_id: string;
  source: 'upload' | 'generated';
  media_type: 'image/png' | 'image/svg+xml';
  /** An upload's bytes (a checked PNG or a sanitized SVG); null for a generated design. */
  content: Buffer | null;
  design_shape: 'circle' | 'shield' | 'hexagon' | null;
  design_color: string | null;
  updated_at: Timestamp;
}

export interface IssuedCredentialsTable {
  id: Generated<string>;
  org_id: string;
  user_id: string | null;
  achievement_id: string;
  credential_id: string;
  status_list: number;
  status_index: number;
  log_index: ColumnType<string, number | string, number | string>;
  /**
   * The signed Open Badges 3.0 credential, any JSON-LD object: NOTE: its shape is the issuer's and its integrity
   * is checked by its proof (`verifyAnyCredential`), not by a parser.
   */
  document: Json<Record<string, unknown>>;
  /** Read through `parseCredentialEvidence`. */
  evidence: Json<CredentialEvidence[]>;
  /**
   * The facts an automatic issue's evidence was worded from (migration 0026), or null (a teacher's award, a
   * re-award, older credentials); read through `parseMasteryEvidenceFacts`.
   */
  evidence_facts: ColumnType<MasteryEvidenceFacts | null, string | null | undefined, string | null>;
  awarded_by: string | null;
  issued_at: Timestamp;
  valid_until: NullableTimestamp;
  revoked_at: NullableTimestamp;
  revocation_reason: string | null;
  /** When a new copy replaced this expired one (migration 0011). */
  superseded_at: NullableTimestamp;
}

export interface StatusListsTable {
  org_id: string;
  list_no: number;
  encoded_list: string;
  /** The signed status list credential: NOTE: any JSON-LD object, checked by its proof, not by a parser. */
  credential: Json<Record<string, unknown>>;
  updated_at: Timestamp;
}

export interface IssuanceLogEntriesTable {
  org_id: string;
  idx: ColumnType<string, number | string, number | string>;
  entry: Uint8Array;
}

export interface IssuanceLogNodesTable {
  org_id: string;
  level: number;
  idx: ColumnType<string, number | string, number | string>;
  hash: Uint8Array;
}

/** A signed checkpoint of an issuance log as stored: the open-badges `SignedCheckpoint`, field for field. */
export interface StoredLogCheckpoint {
  origin: string;
  treeSize: number;
  /** Base64 RFC 9162 root hash. */
  rootHash: string;
  timestamp: string;
  /** Verification method id of the signing key. */
  keyId: string;
  /** Base64 Ed25519 signature. */
  signature: string;
}

export interface IssuanceLogCheckpointsTable {
  org_id: string;
  tree_size: ColumnType<string, number | string, number | string>;
  /** Read through `parseLogCheckpoint`. */
  checkpoint: Json<StoredLogCheckpoint>;
  created_at: Generated<Date>;
}

export interface CredentialNotificationsTable {
  id: Generated<string>;
  org_id: string;
  user_id: string;
  credential_id: string;
  created_at: Timestamp;
  read_at: NullableTimestamp;
}

export interface ShareLinksTable {
  id: Generated<string>;
  org_id: string;
  user_id: string;
  token_hash: string;
  /** The token sealed under the server's sealing key, for its owner to copy again; null before migration 0021. */
  sealed_token: string | null;
  label: Generated<string>;
  credential_ids: string[];
  expires_at: Timestamp;
  revoked_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface ShareLinkViewsTable {
  id: Generated<string>;
  share_link_id: string;
  viewed_at: Timestamp;
  viewer: string;
}

export interface JobProfilesTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  source: 'manual' | 'onet' | 'esco';
  source_code: string | null;
  /** Read through `parseRequiredSkills`. */
  skills: Json<RequiredSkill[]>;
  created_at: Timestamp;
}

/** Verifiable credentials: issuer keys, achievements, issued credentials, status lists, issuance log, sharing, job profiles (migration 0006). */
export interface CredentialsTables {
  issuer_keys: IssuerKeysTable;
  achievements: AchievementsTable;
  achievement_images: AchievementImagesTable;
  issued_credentials: IssuedCredentialsTable;
  status_lists: StatusListsTable;
  issuance_log_entries: IssuanceLogEntriesTable;
  issuance_log_nodes: IssuanceLogNodesTable;
  issuance_log_checkpoints: IssuanceLogCheckpointsTable;
  credential_notifications: CredentialNotificationsTable;
  share_links: ShareLinksTable;
  share_link_views: ShareLinkViewsTable;
  job_profiles: JobProfilesTable;
}
