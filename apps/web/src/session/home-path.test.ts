// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { buildMe } from '../test/render-page.tsx';
import { homePathOf, landingPath, rememberOrg, safeNext } from './home-path.ts';

describe('where a person lands', () => {
  beforeEach(() => localStorage.clear());

  it('goes to the role home of the first organization', () => {
    expect(landingPath(buildMe('teacher'))).toBe('/o/demo/teacher');
  });

  it('prefers the organization opened last on this device', () => {
    const me = buildMe('learner');
    me.memberships.push({ orgId: 'x', orgName: 'Night School', orgSlug: 'night', role: 'admin' });
    rememberOrg('night');
    expect(landingPath(me)).toBe('/o/night/admin');
  });

  it('without an organization, goes to /start', () => {
    expect(landingPath({ ...buildMe('learner'), memberships: [] })).toBe('/start');
  });

  it('builds /o/<slug>/<role>', () => {
    expect(homePathOf({ orgId: 'x', orgName: 'X', orgSlug: 'x-school', role: 'employer' })).toBe(
      '/o/x-school/employer',
    );
  });

  it('follows only same-site paths after sign-in', () => {
    expect(safeNext('/invite/abc')).toBe('/invite/abc');
    expect(safeNext('//evil.example/')).toBeNull();
    expect(safeNext('https://evil.example/')).toBeNull();
    expect(safeNext(null)).toBeNull();
  });
});
