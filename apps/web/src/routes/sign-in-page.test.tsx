import { fireEvent, screen } from '@testing-library/react';
import i18next from 'i18next';
import { Route } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { renderAt } from '../test/render-page.tsx';
import { SignInPage } from './sign-in-page.tsx';

describe('sign-in page', () => {
  afterEach(() => i18next.changeLanguage('en'));

  it('has one heading and labelled fields', () => {
    renderAt('/sign-in', <Route path="/sign-in" element={<SignInPage />} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Sign in');
    expect(screen.getByRole('textbox', { name: /Email/ })).toBeTruthy();
    expect(screen.getByLabelText(/^Password/, { selector: 'input' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Create an account' }).getAttribute('href')).toBe('/sign-up');
  });

  it('names each missing field before asking the server', () => {
    renderAt('/sign-in', <Route path="/sign-in" element={<SignInPage />} />);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getAllByText('Fill in this field.')).toHaveLength(2);
    const email = screen.getByRole('textbox', { name: /Email/ });
    expect(email.getAttribute('aria-invalid')).toBe('true');
  });

  it('speaks Spanish', async () => {
    await i18next.changeLanguage('es');
    renderAt('/sign-in', <Route path="/sign-in" element={<SignInPage />} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Iniciar sesión');
    fireEvent.change(screen.getByRole('textbox', { name: /Correo/ }), { target: { value: 'not-an-email' } });
    fireEvent.click(screen.getByRole('button', { name: 'Iniciar sesión' }));
    expect(screen.getByText('Escribe una dirección de correo, como nombre@ejemplo.org.')).toBeTruthy();
  });
});
