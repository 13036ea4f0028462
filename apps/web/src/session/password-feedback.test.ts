import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import { en } from '../i18n/en.ts';
import { es } from '../i18n/es.ts';
import { passwordFeedbackMessage } from './password-feedback.ts';

async function translator(lng: 'en' | 'es') {
  const i18n = createInstance();
  await i18n.init({ lng, resources: { en: { translation: en }, es: { translation: es } } });
  return i18n.t;
}

/** The 400 the server answers for a refused new password (see identity/password-strength.ts). */
function refusal(feedback: Record<string, unknown>): ApiError {
  return new ApiError(
    400,
    'validation_failed',
    'body/password is too easy to guess (common)',
    [{ field: 'body/password', message: 'is too easy to guess (common)' }],
    { passwordFeedback: feedback },
  );
}

describe('password feedback', () => {
  it('says why in English and in Spanish, with the estimator’s warning', async () => {
    const error = refusal({ reason: 'weak', warning: 'common', suggestions: ['anotherWord'] });
    expect(passwordFeedbackMessage(await translator('en'), error)).toBe(
      'This is a commonly used password. This password is too easy to guess. Try a few unrelated words together.',
    );
    expect(passwordFeedbackMessage(await translator('es'), error)).toBe(
      'Es una contraseña de uso común. Esta contraseña es demasiado fácil de adivinar. Prueba con varias palabras sin relación entre sí.',
    );
  });

  it('names a password of spaces only', async () => {
    const error = refusal({ reason: 'blank', warning: null, suggestions: [] });
    expect(passwordFeedbackMessage(await translator('es'), error)).toBe(
      'No se acepta una contraseña hecha solo de espacios.',
    );
  });

  it('an unknown warning key still gives the reason; other errors give nothing', async () => {
    const t = await translator('en');
    expect(passwordFeedbackMessage(t, refusal({ reason: 'weak', warning: 'somethingNew' }))).toBe(
      'This password is too easy to guess. Try a few unrelated words together.',
    );
    expect(passwordFeedbackMessage(t, new ApiError(409, 'email_taken', 'taken'))).toBeNull();
    expect(passwordFeedbackMessage(t, new Error('x'))).toBeNull();
  });
});
