import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingState } from '../components/loading-state.tsx';
import { useSession } from '../session/session-context.tsx';

/** Shows its child routes to signed-in people; others go to sign-in and come back afterwards. */
export function RequireSession() {
  const { me } = useSession();
  const location = useLocation();
  if (me === undefined) return <LoadingState />;
  if (me === null) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  return <Outlet />;
}
