import { screen } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { buildMe, renderAt } from '../test/render-page.tsx';
import { OrgHomePage } from './org-home-page.tsx';

const routes = <Route path="/o/:orgSlug/:role" element={<OrgHomePage />} />;

describe('role homes', () => {
  it('a learner sees a welcome, their pathways and what is coming', () => {
    renderAt('/o/demo/learner', routes, buildMe('learner'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome, Lucía');
    expect(screen.getByRole('heading', { name: 'Your pathways' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Your credentials' })).toBeTruthy();
    expect(screen.getAllByText('Coming soon').length).toBeGreaterThan(0);
  });

  it("another role's path sends a learner to their own home", () => {
    renderAt('/o/demo/admin', routes, buildMe('learner'));
    expect(screen.getByRole('heading', { name: 'Your pathways' })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: /Members/ })).toBeNull();
  });

  it('an employer sees verification and job profiles', () => {
    renderAt('/o/demo/employer', routes, buildMe('employer', 'Emma Employer'));
    expect(screen.getByRole('heading', { name: 'Verify a credential' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Job profiles' })).toBeTruthy();
  });

  it('an organization the person is not in is "not found"', () => {
    renderAt('/o/elsewhere/learner', routes, buildMe('learner'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page not found');
  });
});
