import { lazy, Suspense } from 'react';
import { Route } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';

const GradebookPage = lazy(() => import('./gradebook-page.tsx').then((m) => ({ default: m.GradebookPage })));

/** The teacher's gradebook and assignment panel of a class, for the signed-in part of the route table. */
export const assignmentRoutes = (
  <Route
    path="o/:orgSlug/classes/:classId/gradebook"
    element={
      <Suspense fallback={<LoadingState />}>
        <GradebookPage />
      </Suspense>
    }
  />
);
