import { lazy, type ReactNode, Suspense } from 'react';
import { Route } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';

const LessonsPage = lazy(() => import('./lessons-page.tsx').then((m) => ({ default: m.LessonsPage })));
const AssistantPage = lazy(() => import('./assistant-page.tsx').then((m) => ({ default: m.AssistantPage })));
const LessonPage = lazy(() => import('./lesson-page.tsx').then((m) => ({ default: m.LessonPage })));
const LearnerLessonPage = lazy(() =>
  import('./learner-lesson-page.tsx').then((m) => ({ default: m.LearnerLessonPage })),
);

const lazyPage = (page: ReactNode) => <Suspense fallback={<LoadingState />}>{page}</Suspense>;

/** The lessons list, the planning assistant, a saved lesson and a learner's assigned lesson, for the signed-in part of the route table. */
export const lessonRoutes = (
  <>
    <Route path="o/:orgSlug/lessons" element={lazyPage(<LessonsPage />)} />
    <Route path="o/:orgSlug/lessons/compose" element={lazyPage(<AssistantPage />)} />
    <Route path="o/:orgSlug/lessons/:lessonId" element={lazyPage(<LessonPage />)} />
    <Route path="o/:orgSlug/my/lessons/:lessonId" element={lazyPage(<LearnerLessonPage />)} />
  </>
);
