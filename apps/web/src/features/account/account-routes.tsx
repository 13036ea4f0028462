import { Route } from 'react-router';
import { AccountPage } from './account-page.tsx';

/** Signed-in account pages: details, data download, deletion. */
export const accountRoutes = <Route path="account" element={<AccountPage />} />;
