import './dashboards.css';
import { lazy, type ReactNode, Suspense } from 'react';
import { Route } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';

// NOTE: the dashboards bring the charts; loading them on demand keeps the homes light.
const ClassesPage = lazy(() => import('./classes-page.tsx').then((m) => ({ default: m.ClassesPage })));
const ClassDashboardPage = lazy(() =>
  import('./class-dashboard-page.tsx').then((m) => ({ default: m.ClassDashboardPage })),
);
const LearnerTimelinePage = lazy(() =>
  import('./learner-timeline-page.tsx').then((m) => ({ default: m.LearnerTimelinePage })),
);
const ProgramPage = lazy(() => import('./program-page.tsx').then((m) => ({ default: m.ProgramPage })));

const later = (page: ReactNode) => <Suspense fallback={<LoadingState />}>{page}</Suspense>;

/** The teacher and administrator dashboards, for the signed-in part of the route table. */
export const dashboardRoutes = (
  <>
    <Route path="o/:orgSlug/classes" element={later(<ClassesPage />)} />
    <Route path="o/:orgSlug/classes/:classId" element={later(<ClassDashboardPage />)} />
    <Route path="o/:orgSlug/classes/:classId/learners/:userId" element={later(<LearnerTimelinePage />)} />
    <Route path="o/:orgSlug/program" element={later(<ProgramPage />)} />
  </>
);
