import { lazy, type ReactNode, Suspense } from 'react';
import { Route } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';
import { MatchPage } from './match-page.tsx';
import { PublicProfilePage } from './public-profile-page.tsx';
import { PublicSkillPage } from './public-skill-page.tsx';
import { RecordPage } from './record-page.tsx';
import { SharePage } from './share-page.tsx';
import { VerifyPage } from './verify-page.tsx';

// Only administrators open it: it loads on demand.
const AchievementsAdminPage = lazy(() =>
  import('./achievements-admin-page.tsx').then((m) => ({ default: m.AchievementsAdminPage })),
);
// Only teachers and administrators award: it loads on demand too.
const AwardPage = lazy(() => import('./award-page.tsx').then((m) => ({ default: m.AwardPage })));
// Only employers and administrators build job profiles.
const JobProfilesPage = lazy(() =>
  import('./job-profiles-page.tsx').then((m) => ({ default: m.JobProfilesPage })),
);
const JobProfileOccupationPage = lazy(() =>
  import('./job-profile-occupation-page.tsx').then((m) => ({ default: m.JobProfileOccupationPage })),
);
// Only employers search for candidates.
const FindCandidatesPage = lazy(() =>
  import('./find-candidates-page.tsx').then((m) => ({ default: m.FindCandidatesPage })),
);
const JobProfileByHandPage = lazy(() =>
  import('./job-profile-by-hand-page.tsx').then((m) => ({ default: m.JobProfileByHandPage })),
);

/** A page loaded on demand, with the loading state meanwhile. */
const onDemand = (page: ReactNode) => <Suspense fallback={<LoadingState />}>{page}</Suspense>;

/**
 * Pages anyone may open, signed in or not: verification of a file or of a share link, a framework skill, a
 * learner's public profile.
 */
export const credentialPublicRoutes = (
  <>
    <Route path="verify" element={<VerifyPage />} />
    <Route path="verify/share/:token" element={<SharePage />} />
    <Route path="skills/:orgSlug/:skillId" element={<PublicSkillPage />} />
    <Route path="profile/:handle" element={<PublicProfilePage />} />
  </>
);

/**
 * Signed-in credential pages: the learner's record, the employer's match, job profiles and candidates, the
 * administrator's achievements, the teacher's award.
 */
export const credentialRoutes = (
  <>
    <Route path="o/:orgSlug/record" element={<RecordPage />} />
    <Route path="o/:orgSlug/match" element={<MatchPage />} />
    <Route path="o/:orgSlug/job-profiles" element={onDemand(<JobProfilesPage />)} />
    <Route path="o/:orgSlug/job-profiles/new" element={onDemand(<JobProfileOccupationPage />)} />
    <Route path="o/:orgSlug/job-profiles/new-by-hand" element={onDemand(<JobProfileByHandPage />)} />
    <Route path="o/:orgSlug/candidates" element={onDemand(<FindCandidatesPage />)} />
    <Route
      path="o/:orgSlug/achievements"
      element={
        <Suspense fallback={<LoadingState />}>
          <AchievementsAdminPage />
        </Suspense>
      }
    />
    <Route
      path="o/:orgSlug/award"
      element={
        <Suspense fallback={<LoadingState />}>
          <AwardPage />
        </Suspense>
      }
    />
  </>
);
