import type { Kysely, Selectable } from 'kysely';
import type { Database, XapiDocumentsTable } from '../schema.ts';

export type XapiDocument = Selectable<XapiDocumentsTable>;

/** Which document: the resource kind and its scope (absent parts are stored as ''). */
export interface XapiDocumentKey {
  readonly kind: XapiDocumentsTable['kind'];
  readonly activityId?: string | undefined;
  readonly agentKey?: string | undefined;
  readonly registration?: string | undefined;
  readonly documentId: string;
}

/** A set of documents: the key without its id; `registration` undefined means any registration. */
export type XapiDocumentScope = Omit<XapiDocumentKey, 'documentId'>;

function scoped(db: Kysely<Database>, orgId: string, scope: XapiDocumentScope) {
  let query = db
    .selectFrom('xapi_documents')
    .where('org_id', '=', orgId)
    .where('kind', '=', scope.kind)
    .where('activity_id', '=', scope.activityId ?? '')
    .where('agent_key', '=', scope.agentKey ?? '');
  if (scope.registration !== undefined) query = query.where('registration', '=', scope.registration);
  return query;
}

/** One document of an organization, locked for the rest of the transaction when `forUpdate`. */
export async function findXapiDocument(
  db: Kysely<Database>,
  orgId: string,
  key: XapiDocumentKey,
  options: { forUpdate?: boolean } = {},
): Promise<XapiDocument | null> {
  let query = scoped(db, orgId, { ...key, registration: key.registration ?? '' })
    .selectAll()
    .where('document_id', '=', key.documentId);
  if (options.forUpdate) query = query.forUpdate();
  return (await query.executeTakeFirst()) ?? null;
}

/** The ids of the documents in a scope, updated after `since` when given. */
export async function listXapiDocumentIds(
  db: Kysely<Database>,
  orgId: string,
  scope: XapiDocumentScope,
  since?: string,
): Promise<string[]> {
  let query = scoped(db, orgId, scope).select('document_id');
  if (since !== undefined) query = query.where('updated', '>', new Date(since));
  const rows = await query.orderBy('document_id').execute();
  return [...new Set(rows.map((r) => r.document_id))];
}

/** Stores (inserts or replaces) one document. */
export async function saveXapiDocument(
  db: Kysely<Database>,
  orgId: string,
  key: XapiDocumentKey,
  document: { contentType: string; contents: Buffer; etag: string; updated: Date },
): Promise<void> {
  const row = {
    org_id: orgId,
    kind: key.kind,
    activity_id: key.activityId ?? '',
    agent_key: key.agentKey ?? '',
    registration: key.registration ?? '',
    document_id: key.documentId,
    content_type: document.contentType,
    contents: document.contents,
    etag: document.etag,
    updated: document.updated,
  };
  await db
    .insertInto('xapi_documents')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['org_id', 'kind', 'activity_id', 'agent_key', 'registration', 'document_id']).doUpdateSet({
        content_type: row.content_type,
        contents: row.contents,
        etag: row.etag,
        updated: row.updated,
      }),
    )
    .execute();
}

/** Deletes one document (with `documentId`) or every document of a scope. */
export async function deleteXapiDocuments(
  db: Kysely<Database>,
  orgId: string,
  scope: XapiDocumentScope & { documentId?: string | undefined },
): Promise<void> {
  let query = db
    .deleteFrom('xapi_documents')
    .where('org_id', '=', orgId)
    .where('kind', '=', scope.kind)
    .where('activity_id', '=', scope.activityId ?? '')
    .where('agent_key', '=', scope.agentKey ?? '');
  if (scope.documentId !== undefined)
    query = query
      .where('document_id', '=', scope.documentId)
      .where('registration', '=', scope.registration ?? '');
  else if (scope.registration !== undefined) query = query.where('registration', '=', scope.registration);
  await query.execute();
}
