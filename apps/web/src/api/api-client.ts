import type { Me } from '@pathwise/contracts';
import { ApiError, toApiError } from './api-error.ts';

let csrfToken: string | null = null;
let onSessionLost: (() => void) | null = null;

/** Remembers the CSRF token from sign-in, sign-up or `GET /api/me`; every write sends it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request that carried a session is answered 401: the session ended (expired, signed out elsewhere). */
export function setSessionLostHandler(handler: (() => void) | null): void {
  onSessionLost = handler;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function send(method: Method, path: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'The server could not be reached');
  }
}

async function freshCsrfToken(): Promise<boolean> {
  const response = await send('GET', '/api/me', undefined);
  if (!response.ok) return false;
  csrfToken = ((await response.json()) as Me).csrfToken;
  return true;
}

/**
 * Calls the Pathwise API with the session cookie. Resolves with the JSON body (or `undefined` for 204),
 * rejects with an {@link ApiError}. A write refused for its CSRF token is retried once with a fresh token
 * (the session may have been renewed in another tab).
 *
 * @example
 * const me = await api<Me>('GET', '/api/me');
 */
export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const hadSession = csrfToken !== null;
  let response = await send(method, path, body);
  if (!response.ok) {
    let error = await toApiError(response);
    if (error.code === 'csrf_failed' && hadSession && (await freshCsrfToken())) {
      response = await send(method, path, body);
      error = response.ok ? error : await toApiError(response);
    }
    if (!response.ok) {
      if (error.status === 401 && hadSession && !path.startsWith('/api/auth/')) onSessionLost?.();
      throw error;
    }
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
