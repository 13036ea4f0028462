import { isRole } from '@pathwise/core/identity';
import { lazy, Suspense, useEffect } from 'react';
import { Navigate, useParams } from 'react-router';
import { LoadingState } from '../components/loading-state.tsx';
import { NotFoundPage } from '../components/not-found-page.tsx';
import { homePathOf, rememberOrg } from '../session/home-path.ts';
import { useSession } from '../session/session-context.tsx';
import { EmployerHome } from './homes/employer-home.tsx';
import { LearnerHome } from './homes/learner-home.tsx';
import { TeacherHome } from './homes/teacher-home.tsx';

// The administration console is the largest part of the app and only administrators need it.
const AdminHome = lazy(() => import('./homes/admin-home.tsx').then((m) => ({ default: m.AdminHome })));

/** `/o/:orgSlug/:role`: the home of the person's role in that organization (another role's path redirects). */
export function OrgHomePage() {
  const { orgSlug, role } = useParams();
  const { me } = useSession();
  const membership = me?.memberships.find((m) => m.orgSlug === orgSlug);
  useEffect(() => {
    if (membership) rememberOrg(membership.orgSlug);
  }, [membership]);
  if (!me || !membership || !isRole(membership.role)) return <NotFoundPage />;
  if (role !== membership.role) return <Navigate to={homePathOf(membership)} replace />;
  switch (membership.role) {
    case 'learner':
      return <LearnerHome me={me} membership={membership} />;
    case 'teacher':
      return <TeacherHome me={me} membership={membership} />;
    case 'admin':
      return (
        <Suspense fallback={<LoadingState />}>
          <AdminHome me={me} membership={membership} />
        </Suspense>
      );
    case 'employer':
      return <EmployerHome me={me} membership={membership} />;
  }
}
