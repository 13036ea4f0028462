import { Navigate } from 'react-router';
import { LoadingState } from '../components/loading-state.tsx';
import { WelcomePage } from '../features/welcome/welcome-page.tsx';
import { landingPath } from '../session/home-path.ts';
import { useSession } from '../session/session-context.tsx';

/** `/`: a signed-out visitor sees what Pathwise is and the ways in; everyone else goes to their home. */
export function LandingRedirect() {
  const { me } = useSession();
  if (me === undefined) return <LoadingState />;
  return me ? <Navigate to={landingPath(me)} replace /> : <WelcomePage />;
}
