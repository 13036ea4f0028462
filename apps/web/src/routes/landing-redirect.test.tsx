import { screen } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { buildMe, renderAt } from '../test/render-page.tsx';
import { LandingRedirect } from './landing-redirect.tsx';

const routes = (
  <>
    <Route path="/" element={<LandingRedirect />} />
    <Route path="/o/:orgSlug/:role" element={<p>home of a member</p>} />
    <Route path="/sign-in" element={<p>sign-in page</p>} />
  </>
);

describe('the landing path /', () => {
  it('shows a signed-out visitor the public home page, not the sign-in form', () => {
    renderAt('/', routes, null);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Learn skills, and prove them');
    expect(screen.queryByText('sign-in page')).toBeNull();
  });

  it('sends a signed-in person to their home', () => {
    renderAt('/', routes, buildMe('teacher', 'Tomás Teacher'));
    expect(screen.getByText('home of a member')).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
  });
});
