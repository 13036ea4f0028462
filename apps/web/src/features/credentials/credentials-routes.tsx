import { lazy, Suspense } from 'react';
import { Route } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';
import { MatchPage } from './match-page.tsx';
import { RecordPage } from './record-page.tsx';
import { SharePage } from './share-page.tsx';
import { VerifyPage } from './verify-page.tsx';

// Only administrators open it: it loads on demand.
const AchievementsAdminPage = lazy(() =>
  import('./achievements-admin-page.tsx').then((m) => ({ default: m.AchievementsAdminPage })),
);

/** Pages anyone may open, signed in or not: verification of a file or of a share link. */
export const credentialPublicRoutes = (
  <>
    <Route path="verify" element={<VerifyPage />} />
    <Route path="verify/share/:token" element={<SharePage />} />
  </>
);

/** Signed-in credential pages: the learner's record, the employer's match, the administrator's achievements. */
export const credentialRoutes = (
  <>
    <Route path="o/:orgSlug/record" element={<RecordPage />} />
    <Route path="o/:orgSlug/match" element={<MatchPage />} />
    <Route
      path="o/:orgSlug/achievements"
      element={
        <Suspense fallback={<LoadingState />}>
          <AchievementsAdminPage />
        </Suspense>
      }
    />
  </>
);

/** Client paths of the credential pages. */
export const credentialPagePaths = {
  record: (orgSlug: string) => `/o/${orgSlug}/record`,
  match: (orgSlug: string) => `/o/${orgSlug}/match`,
  achievements: (orgSlug: string) => `/o/${orgSlug}/achievements`,
  verify: '/verify',
};
