import type { Generated } from 'kysely';
import type { Timestamp } from './column-types.ts';

export interface PublicProfilesTable {
  org_id: string;
  user_id: string;
  /** The random part of the profile's address (`/profile/<handle>`); renewed on a new address or on turning it on. */
  handle: string;
  enabled: Generated<boolean>;
  /** The name shown, as the learner typed it; null shows their account's name. */
  display_name: string | null;
  headline: string | null;
  /** Row ids of the learner's issued credentials chosen to appear (only active ones are shown). */
  credential_ids: Generated<string[]>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A learner's public profile, off until they turn it on (migration 0027). */
export interface PublicProfilesTables {
  public_profiles: PublicProfilesTable;
}
