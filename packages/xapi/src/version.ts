import { fail, ok, type Result } from './model/result.ts';
import type { XapiVersion } from './model/statement-types.ts';

/** Every version the LRS implements, newest first, as listed by the About resource. */
export const XAPI_VERSIONS: readonly XapiVersion[] = ['2.0.0', '1.0.3'];

/** The version to put on responses to requests whose version could not be negotiated. */
export const LATEST_XAPI_VERSION: XapiVersion = '2.0.0';

/** The request and response header that carries the version. */
export const VERSION_HEADER = 'X-Experience-API-Version';

/**
 * Negotiates the `X-Experience-API-Version` request header. `1.0` and any `1.0.x` speak 1.0.3, `2.0` and
 * any `2.0.x` speak 2.0.0 (the value the LRS must then send back); a missing header, 0.9/0.95 and 1.1 or
 * later are rejected, which the LRS answers with 400 (the About resource is exempt: the caller decides).
 * @example negotiateVersion('1.0.1') // { ok: true, value: '1.0.3' }
 */
export function negotiateVersion(header: string | readonly string[] | null | undefined): Result<XapiVersion> {
  const path = VERSION_HEADER;
  if (header === undefined || header === null) return fail([{ path, message: 'is required' }]);
  if (typeof header !== 'string') return fail([{ path, message: 'must be sent once' }]);
  const value = header.trim();
  if (/^1\.0(?:\.\d+)?$/.test(value)) return ok('1.0.3');
  if (/^2\.0(?:\.\d+)?$/.test(value)) return ok('2.0.0');
  return fail([
    { path, message: `version "${value}" is not supported; use one of ${XAPI_VERSIONS.join(', ')}` },
  ]);
}
