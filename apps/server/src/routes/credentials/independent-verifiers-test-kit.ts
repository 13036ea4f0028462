import { readFileSync } from 'node:fs';
import { verifyCredential as dccVerifyCredential } from '@digitalcredentials/verifier-core';
import { CLR_CONTEXT, CLR_CONTEXT_URL, OB3_SCHEMA_ID } from '@pathwise/open-badges';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';
import { sharedDataPath } from '../../../../../scripts/shared-data.ts';
import type { App } from '../../runtime/types.ts';

// The independent checks the credential tests run what the server issues through: the 1EdTech OB 3.0 JSON Schema
// (data in ../shared/data) and the Digital Credentials Consortium verifier, which fetches the DID document (over
// https, as did:web says), the status list, the schema and the CLR context. Those fetches are answered by the app
// itself (in-process) and the local files; anything else fails the test.

/** The 1EdTech OB 3.0 JSON Schema, as read from ../shared/data. */
export const OB3_SCHEMA: unknown = JSON.parse(
  readFileSync(sharedDataPath('credentials', 'ob_v3p0_achievementcredential_schema.json'), 'utf8'),
);

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats(ajv);
/** Validates a credential against the OB 3.0 JSON Schema; its `errors` say why not. */
export const validateOb3 = ajv.compile(OB3_SCHEMA as object);

/** What the DCC verifier answers: errors when it failed, and the steps it checked. */
export interface DccResult {
  errors?: { name: string; message?: string }[];
  log?: { id: string; valid?: boolean }[];
}

/** Runs the DCC verifier on a credential (no DID registry: the issuer is checked by our own verifier). */
export async function dccVerify(credential: unknown): Promise<DccResult> {
  return (await dccVerifyCredential({
    credential: credential as never,
    knownDIDRegistries: [] as never,
  })) as DccResult;
}

/** Whether the DCC verifier's step `id` passed. */
export const dccStep = (result: DccResult, id: string) => result.log?.find((s) => s.id === id)?.valid;

const PUBLIC_URLS = ['http://127.0.0.1:3000', 'https://127.0.0.1:3000'];

/**
 * Answers `fetch` from the app (`app()`: the test app once it is built) for the test server's public address, and
 * from the local files for the OB 3.0 schema and the CLR context; anything else throws. Returns what undoes it.
 *
 * @example
 * before(async () => { t = await buildTestApp(backend); restore = fetchFromApp(() => t.app); });
 * after(() => restore());
 */
export function fetchFromApp(app: () => App): () => void {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url === OB3_SCHEMA_ID) return Response.json(OB3_SCHEMA);
    if (url === CLR_CONTEXT_URL) return Response.json(CLR_CONTEXT);
    const base = PUBLIC_URLS.find((prefix) => url.startsWith(`${prefix}/`));
    if (!base) throw new Error(`network use in a test: ${url}`);
    const res = await app().inject({ method: 'GET', url: url.slice(base.length) });
    return new Response(res.body, {
      status: res.statusCode,
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof fetch;
  return () => {
    globalThis.fetch = realFetch;
  };
}
