import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { errorMessage, fieldErrors } from '../i18n/error-message.ts';
import { ApiError, toApiError } from './api-error.ts';

function problem(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
}

describe('API errors', () => {
  afterEach(() => i18next.changeLanguage('en'));

  it('reads a problem document: status, code, field problems', async () => {
    const error = await toApiError(
      problem(400, {
        status: 400,
        code: 'validation_failed',
        detail: 'body/email is not an email address',
        errors: [{ field: 'body/email', message: 'is not an email address' }],
      }),
    );
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation_failed');
    expect(error.fieldNames()).toEqual(['email']);
  });

  it('survives a body that is not JSON', async () => {
    const error = await toApiError(new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(error.code).toBe('internal');
  });

  it('says a wrong password in the reader’s language, chosen by code', async () => {
    const error = new ApiError(401, 'invalid_credentials', 'The email or the password is wrong');
    expect(errorMessage(i18next.t, error)).toBe('The email or the password is wrong.');
    await i18next.changeLanguage('es');
    expect(errorMessage(i18next.t, error)).toBe('El correo o la contraseña no son correctos.');
  });

  it('falls back to a general sentence for codes it does not know', () => {
    expect(errorMessage(i18next.t, new ApiError(418, 'teapot', ''))).toBe('Something went wrong. Try again.');
    expect(errorMessage(i18next.t, new Error('boom'))).toBe('Something went wrong. Try again.');
  });

  it('puts an unknown join code next to the join code field', () => {
    const error = new ApiError(404, 'not_found', '', [{ field: 'body/joinCode', message: 'is unknown' }]);
    expect(fieldErrors(i18next.t, error)).toEqual({ joinCode: 'This code is unknown, expired or used up.' });
  });
});
