import { fail, isPlainObject, ok, type Result } from '../model/result.ts';

/** A stored or posted document: its media type and raw contents. */
export interface DocumentBody {
  readonly contentType: string;
  readonly contents: Buffer;
}

/**
 * Computes what a POST stores (Communication 2.2, JSON procedure): with no existing document, the posted one;
 * otherwise both must be `application/json` JSON objects, and the posted top-level properties replace the
 * existing ones. Anything else is a 400 and the stored document must stay as it is. A posted
 * `application/json` body that is not a JSON object is refused even when nothing is stored yet.
 * @example mergeDocumentPost({ x: 'foo', y: 'bar' } as stored, { x: 'bash', z: 'faz' } as posted) // { x: 'bash', y: 'bar', z: 'faz' }
 */
export function mergeDocumentPost(existing: DocumentBody | null, posted: DocumentBody): Result<DocumentBody> {
  const postedObject = jsonObject(posted);
  if (existing === null) {
    if (isJson(posted) && postedObject === null)
      return fail([{ path: 'body', message: 'is not a JSON object' }]);
    return ok(posted);
  }
  const existingObject = jsonObject(existing);
  if (postedObject === null)
    return fail([
      { path: 'body', message: 'must be an application/json JSON object to merge with the stored document' },
    ]);
  if (existingObject === null)
    return fail([
      {
        path: 'body',
        message: 'cannot be merged: the stored document is not an application/json JSON object',
      },
    ]);
  const merged = { ...existingObject, ...postedObject };
  return ok({ contentType: 'application/json', contents: Buffer.from(JSON.stringify(merged)) });
}

function isJson(document: DocumentBody): boolean {
  return /^application\/json\s*(;|$)/i.test(document.contentType);
}

function jsonObject(document: DocumentBody): Record<string, unknown> | null {
  if (!isJson(document)) return null;
  try {
    const value: unknown = JSON.parse(document.contents.toString('utf8'));
    return isPlainObject(value) ? value : null;
  } catch {
    return null;
  }
}
