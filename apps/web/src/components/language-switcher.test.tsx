import { fireEvent, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { Route } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { SignInPage } from '../routes/sign-in-page.tsx';
import { renderAt } from '../test/render-page.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';

describe('language switcher', () => {
  afterEach(async () => {
    await i18next.changeLanguage('en');
    localStorage.clear();
  });

  it('switches the page to Spanish, sets <html lang> and remembers the choice on this device', async () => {
    renderAt(
      '/sign-in',
      <Route
        path="/sign-in"
        element={
          <>
            <LanguageSwitcher />
            <SignInPage />
          </>
        }
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /Language/ }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Español' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Iniciar sesión'));
    expect(document.documentElement.lang).toBe('es');
    expect(localStorage.getItem('pathwise.locale')).toBe('es');
    expect(screen.getByRole('button', { name: /Idioma/ })).toBeTruthy();
  });
});
