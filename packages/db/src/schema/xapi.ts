import type { StoredStatement } from '@pathwise/xapi';
import type { Generated } from 'kysely';
import type { Json, NullableTimestamp, Timestamp } from './column-types.ts';

export interface XapiStatementsTable {
  org_id: string;
  id: string;
  seq: Generated<number>;
  stored: Timestamp;
  verb_id: string;
  registration: string | null;
  agents: string[];
  related_agents: string[];
  activities: string[];
  related_activities: string[];
  statement_ref_target: string | null;
  voids: string | null;
  voided: Generated<boolean>;
  /**
   * NOTE: read without a parser. Its one writer, `writeStatements`, stores statements the LRS validated and
   * prepared (`validateStatement`, `prepareStatement`); checking each again on every read would double the cost
   * of a statement page for nothing the write did not check.
   */
  statement: Json<StoredStatement>;
}

export interface XapiStatementIdsTable {
  org_id: string;
  id: string;
  stored: Timestamp;
}

export interface XapiDocumentsTable {
  org_id: string;
  kind: 'state' | 'activity_profile' | 'agent_profile';
  activity_id: Generated<string>;
  agent_key: Generated<string>;
  registration: Generated<string>;
  document_id: string;
  content_type: string;
  contents: Buffer;
  etag: string;
  updated: Timestamp;
}

export interface XapiAttachmentsTable {
  org_id: string;
  sha2: string;
  content_type: string | null;
  data: Buffer;
}

export interface XapiCredentialsTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  key: string;
  secret_hash: string;
  scopes: string[];
  created_by: string | null;
  created_at: Generated<Date>;
  revoked_at: NullableTimestamp;
}

/** The Learning Record Store: statements, ids, documents, attachments, LRS credentials (migrations 0002, 0004). */
export interface XapiTables {
  xapi_statements: XapiStatementsTable;
  xapi_statement_ids: XapiStatementIdsTable;
  xapi_documents: XapiDocumentsTable;
  xapi_attachments: XapiAttachmentsTable;
  xapi_credentials: XapiCredentialsTable;
}
