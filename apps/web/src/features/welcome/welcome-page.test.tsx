import { screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { Route } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { renderAt } from '../../test/render-page.tsx';
import { WelcomePage } from './welcome-page.tsx';

const routes = <Route path="/" element={<WelcomePage />} />;

describe('the signed-out home page', () => {
  afterEach(() => i18next.changeLanguage('en'));

  it('has one h1, says what Pathwise is for each kind of user, under a labelled section', () => {
    renderAt('/', routes);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Learn skills, and prove them');
    const who = screen.getByRole('region', { name: 'What you can do here' });
    const audiences = within(who).getAllByRole('heading', { level: 3 });
    expect(audiences.map((h) => h.textContent)).toEqual([
      'Learners',
      'Teachers',
      'Administrators',
      'Employers',
    ]);
    expect(within(who).getByText(/tutor that asks guiding questions/)).toBeTruthy();
    expect(within(who).getByText(/Check a credential without an account/)).toBeTruthy();
  });

  it('links to joining with a code, signing in, verifying a credential and creating an account', () => {
    renderAt('/', routes);
    const href = (name: string) => screen.getByRole('link', { name }).getAttribute('href');
    expect(href('Join with a code')).toBe('/join');
    expect(href('Sign in')).toBe('/sign-in');
    expect(href('Verify a credential')).toBe('/verify');
    expect(href('Create an account')).toBe('/sign-up');
  });

  it('speaks Spanish', async () => {
    await i18next.changeLanguage('es');
    renderAt('/', routes);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Aprende habilidades y demuéstralas');
    expect(screen.getByRole('link', { name: 'Unirse con un código' }).getAttribute('href')).toBe('/join');
    expect(screen.getByRole('link', { name: 'Verificar una credencial' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Empleadores' })).toBeTruthy();
  });
});
