import { ApiError, toApiError } from './api-error.ts';

let csrfToken: string | null = null;

/** Remembers the CSRF token from sign-in, sign-up or `GET /api/me`; every write sends it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/**
 * Calls the Pathwise API with the session cookie. Resolves with the JSON body (or `undefined` for 204),
 * rejects with an {@link ApiError}.
 *
 * @example
 * const me = await api<Me>('GET', '/api/me');
 */
export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'The server could not be reached');
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
