import type { XapiVersion } from '@pathwise/xapi';
import type { LrsClient } from './lrs-client.ts';

/**
 * An LRS request as the resources see it, after the alternate request syntax (1.0.x) has been unwrapped:
 * the intended method, parameters, headers (lower-case names) and raw body.
 */
export interface LrsRequest {
  readonly method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE';
  readonly params: URLSearchParams;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: Buffer;
  readonly version: XapiVersion;
  readonly client: LrsClient;
}

/** What a resource answers; the route sends it with the version header. */
export interface LrsResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A Buffer or string is sent as is; anything else as JSON. */
  readonly body?: unknown;
}
