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
  criteria: Json<Record<string, unknown>>;
  skill_ids: string[];
  validity_days: number | null;
  created_at: Generated<Date>;
  archived_at: NullableTimestamp;
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
  document: Json<Record<string, unknown>>;
  evidence: Json<unknown[]>;
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

export interface IssuanceLogCheckpointsTable {
  org_id: string;
  tree_size: ColumnType<string, number | string, number | string>;
  checkpoint: Json<Record<string, unknown>>;
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
  skills: Json<unknown[]>;
  created_at: Timestamp;
}

/** Verifiable credentials: issuer keys, achievements, issued credentials, status lists, issuance log, sharing, job profiles (migration 0006). */
export interface CredentialsTables {
  issuer_keys: IssuerKeysTable;
  achievements: AchievementsTable;
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
