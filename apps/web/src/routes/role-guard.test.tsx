import { screen } from '@testing-library/react';
import { Route } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../i18n/i18n.ts';
import { buildMe, renderAt } from '../test/render-page.tsx';
import { RoleGuard, rolesFor } from './role-guard.tsx';

const routes = (
  <Route element={<RoleGuard />}>
    <Route path="/o/:orgSlug/program" element={<h1>Program analytics</h1>} />
    <Route path="/o/:orgSlug/account-like" element={<h1>Open to all</h1>} />
  </Route>
);

describe('the role guard', () => {
  afterEach(() => applyLocale('en'));

  it('knows which roles open a page, and leaves other paths alone', () => {
    expect(rolesFor('/o/demo/classes/1234/learners/5678')?.roles).toEqual(['teacher', 'admin']);
    expect(rolesFor('/o/demo/learn/p1/practice')).toEqual({ orgSlug: 'demo', roles: ['learner'] });
    expect(rolesFor('/o/demo/teacher')).toBeNull();
  });

  it('a role the page is for sees it', () => {
    renderAt('/o/demo/program', routes, buildMe('admin', 'Ada Admin'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Program analytics');
  });

  it('another role sees why, in words, and a link to their home', () => {
    renderAt('/o/demo/program', routes, buildMe('teacher', 'Tomás Teacher'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Not available to your role');
    expect(
      screen.getByText(
        'This page is for: Administrator. Your role in Demo School is Teacher, so it is not available to you.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to your home' }).getAttribute('href')).toBe(
      '/o/demo/teacher',
    );
  });

  it('says it in Spanish too', async () => {
    await applyLocale('es');
    renderAt('/o/demo/program', routes, buildMe('learner'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('No disponible para tu rol');
    expect(
      screen.getByText(/^Esta página es para: Administrador\. Tu rol en Demo School es Estudiante/),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ir a tu inicio' }).getAttribute('href')).toBe('/o/demo/learner');
  });

  it('someone who is not a member of the organization gets "page not found"; open paths pass', () => {
    renderAt('/o/elsewhere/program', routes, buildMe('admin'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page not found');
    renderAt('/o/demo/account-like', routes, buildMe('employer'));
    expect(screen.getByRole('heading', { name: 'Open to all' })).toBeTruthy();
  });
});
