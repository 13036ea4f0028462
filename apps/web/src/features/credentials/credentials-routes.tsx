import { Route } from 'react-router';
import { MatchPage } from './match-page.tsx';
import { RecordPage } from './record-page.tsx';
import { SharePage } from './share-page.tsx';
import { VerifyPage } from './verify-page.tsx';

/** Pages anyone may open, signed in or not: verification of a file or of a share link. */
export const credentialPublicRoutes = (
  <>
    <Route path="verify" element={<VerifyPage />} />
    <Route path="verify/share/:token" element={<SharePage />} />
  </>
);

/** Signed-in credential pages: the learner's record, the employer's match. */
export const credentialRoutes = (
  <>
    <Route path="o/:orgSlug/record" element={<RecordPage />} />
    <Route path="o/:orgSlug/match" element={<MatchPage />} />
  </>
);

/** Client paths of the credential pages. */
export const credentialPagePaths = {
  record: (orgSlug: string) => `/o/${orgSlug}/record`,
  match: (orgSlug: string) => `/o/${orgSlug}/match`,
  verify: '/verify',
};
