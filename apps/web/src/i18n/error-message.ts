import type { TFunction } from 'i18next';
import { ApiError } from '../api/api-error.ts';

const KNOWN = new Set([
  'invalid_credentials',
  'rate_limited',
  'email_taken',
  'slug_taken',
  'last_admin',
  'validation_failed',
  'bad_request',
  'unauthenticated',
  'csrf_failed',
  'forbidden',
  'not_found',
  'gone',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'internal',
  'unavailable',
  'network',
]);

/** The sentence to show for an error, chosen by its stable code (never the server's English text). */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && KNOWN.has(error.code)) return t(`errors.${error.code}`);
  return t('errors.unknown');
}

/** Messages for the fields an error names, keyed by field name (`email`, `joinCode`, …). */
export function fieldErrors(t: TFunction, error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const field of error.fieldNames()) {
    if (field === 'joinCode' && error.code === 'not_found') out[field] = t('errors.joinCodeUnknown');
    else if (error.code === 'email_taken') out[field] = t('errors.email_taken');
    else out[field] = t('errors.fieldInvalid');
  }
  return out;
}
