import { lazy, type ReactNode, Suspense } from 'react';
import { Route } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';

const MyProjectPage = lazy(() => import('./my-project-page.tsx').then((m) => ({ default: m.MyProjectPage })));
const AssessPage = lazy(() => import('./assess-page.tsx').then((m) => ({ default: m.AssessPage })));

const lazyPage = (page: ReactNode) => <Suspense fallback={<LoadingState />}>{page}</Suspense>;

/** The learner's project page and the teacher's assessment page, for the signed-in part of the route table. */
export const projectRoutes = (
  <>
    <Route path="o/:orgSlug/my/projects/:assignmentId" element={lazyPage(<MyProjectPage />)} />
    <Route path="o/:orgSlug/classes/:classId/projects/:assignmentId" element={lazyPage(<AssessPage />)} />
  </>
);
