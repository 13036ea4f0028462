import { STATIC_CONTEXTS } from './contexts.ts';
import { resolveDidKey } from './did-key.ts';
import type { DidDocument } from './did-web.ts';

/** What a JSON-LD document loader returns (the shape jsonld.js expects). */
export interface RemoteDocument {
  contextUrl: null;
  documentUrl: string;
  document: Record<string, unknown>;
}

/** A JSON-LD document loader: resolves a URL to a document, offline. */
export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

/**
 * Resolves one of the platform's own `did:web` DIDs (no fragment) to its DID document, or null when unknown.
 * The platform supplies it (typically from its database); it must never fetch.
 */
export type DidWebResolver = (did: string) => Promise<DidDocument | null> | DidDocument | null;

/** Options of {@link createDocumentLoader}. */
export interface DocumentLoaderOptions {
  /** Resolver for `did:web` DIDs; without it every `did:web` URL throws. */
  resolveDidWeb?: DidWebResolver;
  /** Extra static documents by URL (e.g. a context the platform ships as data). */
  extraDocuments?: ReadonlyMap<string, Record<string, unknown>>;
}

/**
 * Builds an offline document loader: JSON-LD contexts from the pinned npm packages, `did:key` by computation,
 * `did:web` through the injected resolver. Any other URL throws; nothing is ever fetched.
 *
 * @example
 * const documentLoader = createDocumentLoader({ resolveDidWeb: (did) => didDocuments.get(did) ?? null });
 */
export function createDocumentLoader(options: DocumentLoaderOptions = {}): DocumentLoader {
  return async (url: string) => {
    const known = STATIC_CONTEXTS.get(url) ?? options.extraDocuments?.get(url);
    if (known) return remote(url, known as Record<string, unknown>);
    if (url.startsWith('did:key:')) return remote(url, await resolveDidKey(url));
    if (url.startsWith('did:web:') && options.resolveDidWeb) {
      return remote(url, await dereferenceDidWeb(url, options.resolveDidWeb));
    }
    throw new Error(`document loader: refusing to load ${url} (not a pinned context or a resolvable DID)`);
  };
}

async function dereferenceDidWeb(url: string, resolve: DidWebResolver): Promise<Record<string, unknown>> {
  const [did = '', fragment] = url.split('#', 2);
  const document = await resolve(did);
  if (!document || document.id !== did) throw new Error(`document loader: unknown DID ${did}`);
  if (fragment === undefined) return document as unknown as Record<string, unknown>;
  const method = document.verificationMethod.find((vm) => vm.id === url);
  if (!method) throw new Error(`document loader: ${url} is not a verification method of ${did}`);
  return { '@context': document['@context'], ...method };
}

function remote(url: string, document: Record<string, unknown>): RemoteDocument {
  return { contextUrl: null, documentUrl: url, document };
}
