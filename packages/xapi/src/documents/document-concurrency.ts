import { createHash } from 'node:crypto';
import type { XapiVersion } from '../model/statement-types.ts';
import type { DocumentMethod, XapiResource } from './document-query.ts';

/**
 * The ETag of a document: the quoted lower-case hex SHA-1 of its contents (Communication 3.1).
 * @example documentEtag(Buffer.from('{}')) // '"bf21a9e8fbc5a3846fb05b4fa0859e0917b2202f"'
 */
export function documentEtag(contents: Uint8Array): string {
  return `"${createHash('sha1').update(contents).digest('hex')}"`;
}

/** The outcome of checking a write's concurrency headers. */
export type PreconditionResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly status: 409 | 412; readonly message: string };

/** What {@link checkDocumentPreconditions} needs to know about a request and the stored document. */
export interface PreconditionInput {
  readonly resource: XapiResource;
  readonly method: DocumentMethod;
  readonly version: XapiVersion;
  readonly ifMatch?: string;
  readonly ifNoneMatch?: string;
  /** The ETag of the document as stored now, or null when there is none. */
  readonly currentEtag: string | null;
}

/**
 * Applies the optimistic concurrency rules of Communication 3.1 to a PUT, POST or DELETE of a document:
 * `If-Match` must name the current ETag (or be `*` with a document present), `If-None-Match: *` requires that
 * no document exists, and a PUT without either header over an existing profile document is a 409 (also for
 * state documents under 2.0, whose conformance suite checks it; 1.0.x lets state be overwritten freely).
 */
export function checkDocumentPreconditions(input: PreconditionInput): PreconditionResult {
  const { ifMatch, ifNoneMatch, currentEtag } = input;
  if (ifMatch !== undefined) {
    const matches =
      currentEtag !== null && (ifMatch.trim() === '*' || tags(ifMatch).includes(bare(currentEtag)));
    if (!matches)
      return { ok: false, status: 412, message: 'If-Match does not match the current ETag of the document' };
  }
  if (ifNoneMatch !== undefined && currentEtag !== null) {
    if (ifNoneMatch.trim() === '*' || tags(ifNoneMatch).includes(bare(currentEtag))) {
      return { ok: false, status: 412, message: 'If-None-Match: the document already exists' };
    }
  }
  const guarded = input.resource !== 'activities/state' || input.version === '2.0.0';
  if (
    input.method === 'PUT' &&
    ifMatch === undefined &&
    ifNoneMatch === undefined &&
    currentEtag !== null &&
    guarded
  ) {
    return {
      ok: false,
      status: 409,
      message:
        'The document already exists: GET it to check its current state, then PUT with If-Match set to its ETag',
    };
  }
  return { ok: true };
}

function tags(header: string): string[] {
  return header
    .split(',')
    .map((tag) => bare(tag.trim()))
    .filter((tag) => tag.length > 0);
}

function bare(tag: string): string {
  return tag.replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
}
