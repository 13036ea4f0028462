import {
  type Db,
  deleteXapiDocuments,
  findXapiDocument,
  listXapiDocumentIds,
  saveXapiDocument,
  type XapiDocumentKey,
} from '@pathwise/db';
import {
  agentKey,
  checkDocumentPreconditions,
  type DocumentQuery,
  documentEtag,
  mergeDocumentPost,
  parseDocumentQuery,
} from '@pathwise/xapi';
import type { LrsRequest, LrsResponse } from './lrs-request.ts';
import { badRequest, XapiError } from './xapi-error.ts';

type DocumentResource = 'activities/state' | 'activities/profile' | 'agents/profile';

const KIND = {
  'activities/state': 'state',
  'activities/profile': 'activity_profile',
  'agents/profile': 'agent_profile',
} as const;

function keyOf(resource: DocumentResource, query: DocumentQuery): Omit<XapiDocumentKey, 'documentId'> {
  return {
    kind: KIND[resource],
    activityId: query.activityId,
    agentKey: query.agent ? (agentKey(query.agent) ?? undefined) : undefined,
    registration: query.registration,
  };
}

function single(key: Omit<XapiDocumentKey, 'documentId'>, documentId: string): XapiDocumentKey {
  return { ...key, documentId, registration: key.registration ?? '' };
}

async function read(
  db: Db,
  request: LrsRequest,
  resource: DocumentResource,
  query: DocumentQuery,
): Promise<LrsResponse> {
  const key = keyOf(resource, query);
  const orgId = request.client.orgId;
  if (query.documentId === undefined) {
    const ids = await listXapiDocumentIds(db.kysely, orgId, key, query.since?.timestamp);
    return { status: 200, body: ids };
  }
  const document = await findXapiDocument(db.kysely, orgId, single(key, query.documentId));
  if (!document) throw new XapiError(404, 'No such document');
  return {
    status: 200,
    headers: {
      'Content-Type': document.content_type,
      ETag: document.etag,
      'Last-Modified': document.updated.toUTCString(),
      // NOTE: a document is data for the activity provider, never a page: a browser saves it, it does not show it.
      'Content-Disposition': 'attachment',
    },
    body: document.contents,
  };
}

async function write(
  db: Db,
  request: LrsRequest,
  resource: DocumentResource,
  query: DocumentQuery,
): Promise<LrsResponse> {
  const method = request.method as 'PUT' | 'POST' | 'DELETE';
  const key = keyOf(resource, query);
  const orgId = request.client.orgId;
  if (method === 'DELETE' && query.documentId === undefined) {
    await deleteXapiDocuments(db.kysely, orgId, key);
    return { status: 204 };
  }
  const documentKey = single(key, query.documentId ?? '');
  const posted = {
    contentType: request.headers['content-type'] || 'application/octet-stream',
    contents: request.body,
  };
  return db.kysely.transaction().execute(async (trx) => {
    const current = await findXapiDocument(trx, orgId, documentKey, { forUpdate: true });
    const check = checkDocumentPreconditions({
      resource,
      method,
      version: request.version,
      ...(request.headers['if-match'] !== undefined ? { ifMatch: request.headers['if-match'] } : {}),
      ...(request.headers['if-none-match'] !== undefined
        ? { ifNoneMatch: request.headers['if-none-match'] }
        : {}),
      currentEtag: current?.etag ?? null,
    });
    if (!check.ok) throw new XapiError(check.status, check.message);
    const unguarded =
      request.headers['if-match'] === undefined && request.headers['if-none-match'] === undefined;
    if (method === 'PUT' && unguarded && resource !== 'activities/state' && request.version === '1.0.3') {
      // NOTE: the 1.0.3 conformance suite wants a 400 for an unguarded profile PUT even where no document exists.
      throw badRequest([{ path: 'If-Match', message: 'a profile PUT needs If-Match or If-None-Match' }]);
    }
    if (method === 'DELETE') {
      await deleteXapiDocuments(trx, orgId, documentKey);
      return { status: 204 };
    }
    let document = posted;
    if (method === 'POST') {
      const existing = current ? { contentType: current.content_type, contents: current.contents } : null;
      const merged = mergeDocumentPost(existing, posted);
      if (!merged.ok) throw badRequest(merged.problems);
      document = merged.value;
    } else if (/^application\/json\s*(;|$)/i.test(posted.contentType)) {
      try {
        JSON.parse(posted.contents.toString('utf8'));
      } catch {
        throw badRequest([{ path: 'body', message: 'is not valid JSON although sent as application/json' }]);
      }
    }
    await saveXapiDocument(trx, orgId, documentKey, {
      ...document,
      etag: documentEtag(document.contents),
      updated: new Date(),
    });
    return { status: 204 };
  });
}

/** The State, Activity Profile and Agent Profile resources: one document or the ids of a scope. */
export async function handleDocument(
  db: Db,
  request: LrsRequest,
  resource: DocumentResource,
): Promise<LrsResponse> {
  const method = request.method === 'HEAD' ? 'GET' : request.method;
  const parsed = parseDocumentQuery(resource, method, request.params, { version: request.version });
  if (!parsed.ok) throw badRequest(parsed.problems);
  return method === 'GET'
    ? read(db, request, resource, parsed.value)
    : write(db, request, resource, parsed.value);
}
