import './learning.css';
import { lazy, type ReactNode, Suspense } from 'react';
import { Route } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';

// NOTE: the learning pages bring KaTeX and the charts; loading them on demand keeps sign-in and the homes light.
const PathwayPage = lazy(() => import('./pathway-page.tsx').then((m) => ({ default: m.PathwayPage })));
const PlacementPage = lazy(() => import('./placement-page.tsx').then((m) => ({ default: m.PlacementPage })));
const PracticePage = lazy(() => import('./practice-page.tsx').then((m) => ({ default: m.PracticePage })));
const PathwayPreviewPage = lazy(() =>
  import('./pathway-preview-page.tsx').then((m) => ({ default: m.PathwayPreviewPage })),
);
const MyLearningPage = lazy(() =>
  import('./my-learning-page.tsx').then((m) => ({ default: m.MyLearningPage })),
);

const later = (page: ReactNode) => <Suspense fallback={<LoadingState />}>{page}</Suspense>;

/** The learner's learning pages and the staff's preview of a pathway, for the signed-in part of the route table. */
export const learningRoutes = (
  <>
    <Route path="o/:orgSlug/learn/:pathwayId" element={later(<PathwayPage />)} />
    <Route path="o/:orgSlug/learn/:pathwayId/placement" element={later(<PlacementPage />)} />
    <Route path="o/:orgSlug/learn/:pathwayId/practice" element={later(<PracticePage />)} />
    <Route path="o/:orgSlug/learning" element={later(<MyLearningPage />)} />
    <Route path="o/:orgSlug/pathways/:pathwayId/preview" element={later(<PathwayPreviewPage />)} />
  </>
);
