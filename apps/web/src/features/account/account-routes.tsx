import { Route } from 'react-router';
import { AccountPage } from './account-page.tsx';
import { VerifyEmailPage } from './verify-email-page.tsx';

/** Signed-in account pages: details, data download, deletion. */
export const accountRoutes = <Route path="account" element={<AccountPage />} />;

/** The page the verification mail links to: public, the link may be opened on another device. */
export const accountPublicRoutes = <Route path="verify-email" element={<VerifyEmailPage />} />;
