import type { TFunction } from 'i18next';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A translated message when `value` is not an email address (empty counts as missing). */
export function checkEmail(t: TFunction, value: string): string | null {
  if (!value.trim()) return t('validation.required');
  return EMAIL.test(value.trim()) ? null : t('validation.email');
}

/** A translated message when a new password is too short. */
export function checkNewPassword(t: TFunction, value: string): string | null {
  if (!value) return t('validation.required');
  if (!value.trim()) return t('validation.passwordBlank');
  return value.length >= 10 ? null : t('validation.passwordLength');
}

/** A translated message when a required field is blank. */
export function checkRequired(t: TFunction, value: string): string | null {
  return value.trim() ? null : t('validation.required');
}

/** Keeps only the messages that are set; an empty result means the form may be sent. */
export function problemsOf(checks: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(Object.entries(checks).filter((e): e is [string, string] => e[1] !== null));
}

/** After a failed submit, moves focus to the first field marked invalid, so keyboard users land on it. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
