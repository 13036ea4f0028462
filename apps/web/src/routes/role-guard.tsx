import { Button, Text } from '@mantine/core';
import type { Membership } from '@pathwise/contracts';
import { isRole, type Role } from '@pathwise/core/identity';
import { useTranslation } from 'react-i18next';
import { Link, matchPath, Outlet, useLocation } from 'react-router';
import { NotFoundPage } from '../components/not-found-page.tsx';
import { Page } from '../components/page.tsx';
import { homePathOf } from '../session/home-path.ts';
import { useSession } from '../session/session-context.tsx';

/**
 * The signed-in pages of an organization that only some roles open, with those roles (the same as the access of
 * the API routes behind them). A path not listed here is open to every member.
 */
export const ROLE_PAGES: readonly { path: string; roles: readonly Role[] }[] = [
  { path: 'o/:orgSlug/learn/:pathwayId', roles: ['learner'] },
  { path: 'o/:orgSlug/learn/:pathwayId/placement', roles: ['learner'] },
  { path: 'o/:orgSlug/learn/:pathwayId/practice', roles: ['learner'] },
  { path: 'o/:orgSlug/learning', roles: ['learner'] },
  { path: 'o/:orgSlug/pathways/:pathwayId/preview', roles: ['teacher', 'admin'] },
  { path: 'o/:orgSlug/record', roles: ['learner'] },
  { path: 'o/:orgSlug/classes', roles: ['teacher', 'admin'] },
  { path: 'o/:orgSlug/classes/:classId', roles: ['teacher', 'admin'] },
  { path: 'o/:orgSlug/classes/:classId/learners/:userId', roles: ['teacher', 'admin'] },
  { path: 'o/:orgSlug/classes/:classId/gradebook', roles: ['teacher', 'admin'] },
  { path: 'o/:orgSlug/award', roles: ['teacher', 'admin'] },
  { path: 'o/:orgSlug/items', roles: ['teacher', 'admin'] },
  { path: 'o/:orgSlug/lessons', roles: ['teacher', 'admin'] },
  { path: 'o/:orgSlug/lessons/:lessonId', roles: ['teacher', 'admin'] },
  { path: 'o/:orgSlug/my/lessons/:lessonId', roles: ['learner'] },
  { path: 'o/:orgSlug/my/projects/:assignmentId', roles: ['learner'] },
  { path: 'o/:orgSlug/my/item-sets/:assignmentId', roles: ['learner'] },
  { path: 'o/:orgSlug/classes/:classId/projects/:assignmentId', roles: ['teacher', 'admin'] },
  { path: 'o/:orgSlug/program', roles: ['admin'] },
  { path: 'o/:orgSlug/achievements', roles: ['admin'] },
  { path: 'o/:orgSlug/framework', roles: ['admin'] },
  { path: 'o/:orgSlug/match', roles: ['employer', 'admin'] },
  { path: 'o/:orgSlug/job-profiles', roles: ['employer', 'admin'] },
  { path: 'o/:orgSlug/job-profiles/new', roles: ['employer', 'admin'] },
  { path: 'o/:orgSlug/job-profiles/new-by-hand', roles: ['employer', 'admin'] },
  { path: 'o/:orgSlug/candidates', roles: ['employer'] },
];

/** The roles that may open `pathname` and its organization, or null when the path is open to every member. */
export function rolesFor(pathname: string): { orgSlug: string; roles: readonly Role[] } | null {
  for (const page of ROLE_PAGES) {
    const match = matchPath({ path: `/${page.path}`, end: true }, pathname);
    if (match?.params.orgSlug) return { orgSlug: match.params.orgSlug, roles: page.roles };
  }
  return null;
}

/**
 * Layout route in front of the role pages: a member whose role may not open the page gets a page that says so,
 * with a link to their home, never a blank one; someone who is not a member gets "page not found" (so the
 * organization's existence does not leak); everyone else gets the page.
 */
export function RoleGuard() {
  const { pathname } = useLocation();
  const { me } = useSession();
  const rule = rolesFor(pathname);
  if (!rule) return <Outlet />;
  const membership = me?.memberships.find((m) => m.orgSlug === rule.orgSlug);
  if (!membership || !isRole(membership.role)) return <NotFoundPage />;
  if (rule.roles.includes(membership.role)) return <Outlet />;
  return <NotForYourRole membership={membership} roles={rule.roles} />;
}

function NotForYourRole({ membership, roles }: { membership: Membership; roles: readonly Role[] }) {
  const { t } = useTranslation();
  return (
    <Page title={t('roleGuard.title')}>
      <Text>
        {t('roleGuard.text', {
          roles: roles.map((r) => t(`roles.${r}`)).join(', '),
          role: t(`roles.${membership.role as Role}`),
          org: membership.orgName,
        })}
      </Text>
      <div>
        <Button component={Link} to={homePathOf(membership)}>
          {t('roleGuard.home')}
        </Button>
      </div>
    </Page>
  );
}
