import type { Generated } from 'kysely';
import type { NullableTimestamp, Timestamp } from './column-types.ts';

export interface DiscoverySettingsTable {
  org_id: string;
  user_id: string;
  enabled: Generated<boolean>;
  /** Row ids of the learner's issued credentials that employers may see while discovery is on. */
  credential_ids: Generated<string[]>;
  /** A random secret, renewed each time discovery is turned on; each employer's pseudonym is derived from it. */
  handle: string;
  updated_at: Timestamp;
}

export interface ContactRequestsTable {
  id: Generated<string>;
  org_id: string;
  learner_id: string;
  employer_id: string;
  /** The pseudonym the employer knew the learner by when asking. */
  candidate: string;
  job_name: Generated<string>;
  message: string;
  status: Generated<'pending' | 'accepted' | 'declined'>;
  share_link_id: string | null;
  created_at: Timestamp;
  answered_at: NullableTimestamp;
}

/** Finding candidates, with consent: who is discoverable and the contact requests (migration 0024). */
export interface DiscoveryTables {
  discovery_settings: DiscoverySettingsTable;
  contact_requests: ContactRequestsTable;
}
