import { lazy, Suspense } from 'react';
import { Route } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';

// Only administrators open it: it loads on demand.
const FrameworkPage = lazy(() => import('./framework-page.tsx').then((m) => ({ default: m.FrameworkPage })));

/** The administrator's skills framework page. */
export const frameworkRoutes = (
  <Route
    path="o/:orgSlug/framework"
    element={
      <Suspense fallback={<LoadingState />}>
        <FrameworkPage />
      </Suspense>
    }
  />
);
