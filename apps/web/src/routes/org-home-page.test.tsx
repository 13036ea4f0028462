import { screen } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { buildMe, renderAt } from '../test/render-page.tsx';
import { OrgHomePage } from './org-home-page.tsx';

const routes = <Route path="/o/:orgSlug/:role" element={<OrgHomePage />} />;

describe('role homes', () => {
  it('a learner sees a welcome, their pathways, and links to their credentials and their data', () => {
    renderAt('/o/demo/learner', routes, buildMe('learner'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome, Lucía');
    expect(screen.getByRole('heading', { name: 'Your pathways' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Your credentials' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'My record and sharing' }).getAttribute('href')).toBe(
      '/o/demo/record',
    );
    expect(screen.getByRole('link', { name: 'Open your account' }).getAttribute('href')).toBe('/account');
    expect(screen.queryByText('Coming soon')).toBeNull();
  });

  it("another role's path sends a learner to their own home", () => {
    renderAt('/o/demo/admin', routes, buildMe('learner'));
    expect(screen.getByRole('heading', { name: 'Your pathways' })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: /Members/ })).toBeNull();
  });

  it('an employer sees verification and skill matches, with links and nothing announced as coming', () => {
    renderAt('/o/demo/employer', routes, buildMe('employer', 'Emma Employer'));
    expect(screen.getByRole('heading', { name: 'Verify a credential' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open the verifier' }).getAttribute('href')).toBe('/verify');
    expect(screen.getByRole('heading', { name: 'Skill matches' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Match a shared record' }).getAttribute('href')).toBe(
      '/o/demo/match',
    );
    expect(screen.queryByText('Coming soon')).toBeNull();
  });

  it('a teacher finds the class dashboards and the planning assistant, nothing announced as coming', () => {
    renderAt('/o/demo/teacher', routes, buildMe('teacher', 'Tomás Teacher'));
    expect(screen.getByRole('link', { name: 'Open classes' }).getAttribute('href')).toBe('/o/demo/classes');
    expect(screen.getByRole('heading', { name: 'Planning assistant' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open the planning assistant' }).getAttribute('href')).toBe(
      '/o/demo/lessons/compose',
    );
    expect(screen.queryByText('Coming soon')).toBeNull();
  });

  it('an organization the person is not in is "not found"', () => {
    renderAt('/o/elsewhere/learner', routes, buildMe('learner'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page not found');
  });
});
