import { lazy, type ReactNode, Suspense } from 'react';
import { Route } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';

const GradebookPage = lazy(() => import('./gradebook-page.tsx').then((m) => ({ default: m.GradebookPage })));
const MyItemSetPage = lazy(() =>
  import('./my-item-set-page.tsx').then((m) => ({ default: m.MyItemSetPage })),
);

const lazyPage = (page: ReactNode) => <Suspense fallback={<LoadingState />}>{page}</Suspense>;

/**
 * The teacher's gradebook and assignment panel of a class, and a learner's item set, for the signed-in part of the
 * route table.
 */
export const assignmentRoutes = (
  <>
    <Route path="o/:orgSlug/classes/:classId/gradebook" element={lazyPage(<GradebookPage />)} />
    <Route path="o/:orgSlug/my/item-sets/:assignmentId" element={lazyPage(<MyItemSetPage />)} />
  </>
);
