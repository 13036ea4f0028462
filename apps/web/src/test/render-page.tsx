import { MantineProvider } from '@mantine/core';
import type { Me } from '@pathwise/contracts';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Routes } from 'react-router';
import { applyLocale } from '../i18n/i18n.ts';
import { type Session, SessionContext } from '../session/session-context.tsx';
import { theme } from '../theme.ts';

/** A session that is already known; actions that would reach the server fail loudly. */
export function fixedSession(me: Me | null): Session {
  const offline = () => Promise.reject(new Error('not available in component tests'));
  return {
    me,
    refresh: async () => me,
    signIn: offline,
    signUp: offline,
    signOut: offline,
    // Switching language signed out never reaches the server.
    setLocale: me ? offline : applyLocale,
  };
}

/** A test person in the demo school with one role. */
export function buildMe(role: Me['memberships'][number]['role'], name = 'Lucía Learner'): Me {
  return {
    user: {
      id: '00000000-0000-4000-8000-000000000001',
      email: 'someone@example.org',
      name,
      locale: 'en',
      kind: 'learner',
      emailVerified: true,
    },
    memberships: [
      { orgId: '00000000-0000-4000-8000-0000000000aa', orgName: 'Demo School', orgSlug: 'demo', role },
    ],
    csrfToken: 'csrf',
  };
}

/** Renders routes at `path` inside the theme, a given session and an in-memory router. */
export function renderAt(path: string, routes: ReactNode, me: Me | null = null) {
  return render(
    <MantineProvider theme={theme}>
      <SessionContext.Provider value={fixedSession(me)}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>{routes}</Routes>
        </MemoryRouter>
      </SessionContext.Provider>
    </MantineProvider>,
  );
}
