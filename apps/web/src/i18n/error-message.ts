import { ERROR_CODES, type ErrorCode } from '@pathwise/core/errors';
import type { TFunction } from 'i18next';
import { ApiError } from '../api/api-error.ts';
import { en } from './en.ts';

// The server's closed list of codes (core's ERROR_CODES), plus the client's own `network`: each has a sentence in
// every catalogue, so a code the server adds fails the type check of en.ts until it has one.
const KNOWN = new Set<string>([...Object.keys(ERROR_CODES), 'network']);
const _everyCodeHasASentence: Record<ErrorCode, string> = en.errors;

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
