import { Navigate } from 'react-router';
import { LoadingState } from '../components/loading-state.tsx';
import { landingPath } from '../session/home-path.ts';
import { useSession } from '../session/session-context.tsx';

/** `/`: signed-out people go to sign-in, everyone else to their home. */
export function LandingRedirect() {
  const { me } = useSession();
  if (me === undefined) return <LoadingState />;
  return <Navigate to={me ? landingPath(me) : '/sign-in'} replace />;
}
