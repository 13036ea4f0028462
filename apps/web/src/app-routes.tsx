import { Route, Routes } from 'react-router';
import { AppLayout } from './components/app-layout.tsx';
import { NotFoundPage } from './components/not-found-page.tsx';
import { accountPublicRoutes, accountRoutes } from './features/account/account-routes.tsx';
import { assignmentRoutes } from './features/assignments/assignment-routes.tsx';
import { credentialPublicRoutes, credentialRoutes } from './features/credentials/credentials-routes.tsx';
import { dashboardRoutes } from './features/dashboards/dashboard-routes.tsx';
import { frameworkRoutes } from './features/framework/framework-routes.tsx';
import { itemBankRoutes } from './features/item-bank/item-bank-routes.tsx';
import { learningRoutes } from './features/learning/learning-routes.tsx';
import { lessonRoutes } from './features/lessons/lessons-routes.tsx';
import { projectRoutes } from './features/projects/projects-routes.tsx';
import { InvitePage } from './routes/invite-page.tsx';
import { LandingRedirect } from './routes/landing-redirect.tsx';
import { OrgHomePage } from './routes/org-home-page.tsx';
import { RequireSession } from './routes/require-session.tsx';
import { RoleGuard } from './routes/role-guard.tsx';
import { SignInPage } from './routes/sign-in-page.tsx';
import { SignUpPage } from './routes/sign-up-page.tsx';
import { StartPage } from './routes/start-page.tsx';

/** Every client route. The server answers each of these paths with index.html. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<LandingRedirect />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="sign-up" element={<SignUpPage />} />
        <Route path="invite/:token" element={<InvitePage />} />
        <Route path="join" element={<StartPage />} />
        <Route path="start" element={<StartPage />} />
        {credentialPublicRoutes}
        {accountPublicRoutes}
        <Route element={<RequireSession />}>
          <Route path="o/:orgSlug/:role" element={<OrgHomePage />} />
          <Route element={<RoleGuard />}>
            {learningRoutes}
            {dashboardRoutes}
            {assignmentRoutes}
            {credentialRoutes}
            {frameworkRoutes}
            {itemBankRoutes}
            {lessonRoutes}
            {projectRoutes}
          </Route>
          {accountRoutes}
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
