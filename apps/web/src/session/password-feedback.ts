import type { TFunction } from 'i18next';
import { ApiError } from '../api/api-error.ts';

const WARNINGS = new Set([
  'straightRow',
  'keyPattern',
  'simpleRepeat',
  'extendedRepeat',
  'sequences',
  'recentYears',
  'dates',
  'topTen',
  'topHundred',
  'common',
  'similarToCommon',
  'wordByItself',
  'namesByThemselves',
  'commonNames',
  'userInputs',
  'pwned',
]);

/**
 * Why the server refused a new password, in the reader's language: the problem's `passwordFeedback` (reason
 * `blank`, `short` or `weak`, and the strength estimator's warning key) turned into a sentence. Null when the error
 * is not about the password.
 */
export function passwordFeedbackMessage(t: TFunction, error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  const feedback = error.extensions.passwordFeedback as { reason?: unknown; warning?: unknown } | undefined;
  if (!feedback || typeof feedback !== 'object') return null;
  const reason = feedback.reason === 'blank' || feedback.reason === 'short' ? feedback.reason : 'weak';
  const sentence = t(`passwordFeedback.${reason}`);
  const warning =
    typeof feedback.warning === 'string' && WARNINGS.has(feedback.warning) ? feedback.warning : null;
  return warning ? `${t(`passwordFeedback.warnings.${warning}`)} ${sentence}` : sentence;
}
