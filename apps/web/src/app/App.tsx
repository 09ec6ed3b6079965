import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { Role } from '@ruamsang/shared';
import { LoginPage } from '../features/auth/LoginPage';
import { HomePage } from '../features/home/HomePage';
import { useAuth } from './auth';
import { Layout } from './Layout';

// Heavier screens load on demand, so the first page stays light on slow village connections.
const UsersPage = lazy(() => import('../features/users/UsersPage'));
const AssessPage = lazy(() => import('../features/assessments/AssessPage'));
const AssessmentFormPage = lazy(() => import('../features/assessments/AssessmentFormPage'));
const GapsPage = lazy(() => import('../features/gaps/GapsPage'));
const CampaignsPage = lazy(() => import('../features/campaigns/CampaignsPage'));
const ImportPage = lazy(() => import('../features/campaigns/ImportPage'));
const PrioritiesPage = lazy(() => import('../features/priorities/PrioritiesPage'));
const WorkshopPage = lazy(() => import('../features/workshop/WorkshopPage'));
const ModulesPage = lazy(() => import('../features/curricula/ModulesPage'));
const ModuleEditorPage = lazy(() => import('../features/curricula/ModuleEditorPage'));
const CurriculaPage = lazy(() => import('../features/curricula/CurriculaPage'));
const CurriculumBuilderPage = lazy(() => import('../features/curricula/CurriculumBuilderPage'));
const SchedulePage = lazy(() => import('../features/schedule/SchedulePage'));
const PlanningSetupPage = lazy(() => import('../features/planning/PlanningSetupPage'));
const CompetenciesPage = lazy(() => import('../features/tracking/CompetenciesPage'));
const TrackingDashboardPage = lazy(() => import('../features/tracking/TrackingDashboardPage'));
const AttendancePage = lazy(() => import('../features/attendance/AttendancePage'));
const RosterPage = lazy(() => import('../features/attendance/RosterPage'));
const CheckInQrPage = lazy(() => import('../features/attendance/CheckInQrPage'));
const CheckInPage = lazy(() => import('../features/attendance/CheckInPage'));
const CertificatesPage = lazy(() => import('../features/certificates/CertificatesPage'));
const FrameworksPage = lazy(() => import('../features/frameworks/FrameworksPage'));
const FrameworkEditorPage = lazy(() => import('../features/frameworks/FrameworkEditorPage'));
const AccountPage = lazy(() => import('../features/account/AccountPage'));
const ResetPasswordPage = lazy(() => import('../features/account/ResetPasswordPage'));
const PeopleImportPage = lazy(() => import('../features/onboarding/PeopleImportPage'));
const InvitationsPage = lazy(() => import('../features/onboarding/InvitationsPage'));
const JoinPage = lazy(() => import('../features/onboarding/JoinPage'));
const NotificationsPage = lazy(() => import('../features/notifications/NotificationsPage'));
const NotificationSettingsPage = lazy(() => import('../features/notifications/NotificationSettingsPage'));

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { me } = useAuth();
  return me && roles.includes(me.role as Role) ? <>{children}</> : <Navigate to="/" replace />;
}

export function App() {
  const { me, loading } = useAuth();
  if (loading) return <Loading />;
  return (
    <BrowserRouter>
      <Suspense fallback={<Loading />}>
        <Routes>
          {/* A one-time password link works signed out (and signed in, for whoever holds it). */}
          <Route path="reset/:token" element={<ResetPasswordPage />} />
          {me ? (
            <Route element={<Layout />}>
              <Route index element={<HomePage />} />
              <Route path="assess" element={<RequireRole roles={[Role.PRACTITIONER]}><AssessPage /></RequireRole>} />
              <Route path="assess/:campaignId" element={<RequireRole roles={[Role.PRACTITIONER]}><AssessmentFormPage /></RequireRole>} />
              <Route path="campaigns" element={<RequireRole roles={[Role.ADMIN, Role.COORDINATOR, Role.TRAINER]}><CampaignsPage /></RequireRole>} />
              <Route path="campaigns/:campaignId/import" element={<RequireRole roles={[Role.ADMIN, Role.COORDINATOR]}><ImportPage /></RequireRole>} />
              <Route path="gaps" element={<GapsPage />} />
              <Route path="priorities" element={<PrioritiesPage />} />
              <Route path="priorities/:campaignId" element={<PrioritiesPage />} />
              <Route path="workshop" element={<WorkshopPage />} />
              <Route path="modules" element={<ModulesPage />} />
              <Route path="modules/new" element={<RequireRole roles={[Role.TRAINER, Role.COORDINATOR, Role.ADMIN]}><ModuleEditorPage /></RequireRole>} />
              <Route path="modules/:code" element={<ModuleEditorPage />} />
              <Route path="curricula" element={<CurriculaPage />} />
              <Route path="curricula/new" element={<RequireRole roles={[Role.TRAINER, Role.COORDINATOR, Role.ADMIN]}><CurriculumBuilderPage /></RequireRole>} />
              <Route path="curricula/:id" element={<CurriculumBuilderPage />} />
              <Route path="schedule" element={<SchedulePage />} />
              <Route path="schedule/setup" element={<RequireRole roles={[Role.ADMIN, Role.COORDINATOR]}><PlanningSetupPage /></RequireRole>} />
              <Route path="competencies" element={<RequireRole roles={[Role.PRACTITIONER, Role.TRAINER, Role.ADMIN]}><CompetenciesPage /></RequireRole>} />
              <Route path="tracking" element={<RequireRole roles={[Role.COORDINATOR, Role.ADMIN]}><TrackingDashboardPage /></RequireRole>} />
              <Route path="attendance" element={<RequireRole roles={[Role.TRAINER, Role.COORDINATOR, Role.ADMIN]}><AttendancePage /></RequireRole>} />
              <Route path="attendance/:sessionId/:date" element={<RequireRole roles={[Role.TRAINER, Role.COORDINATOR, Role.ADMIN]}><RosterPage /></RequireRole>} />
              <Route path="attendance/:sessionId/:date/qr" element={<RequireRole roles={[Role.TRAINER, Role.COORDINATOR, Role.ADMIN]}><CheckInQrPage /></RequireRole>} />
              {/* Signed out, the login page shows on this same URL; once signed in it checks in. */}
              <Route path="check-in/:code" element={<CheckInPage />} />
              <Route path="certificates" element={<CertificatesPage />} />
              {/* Framework authors, as the API allows: admins and trainers. */}
              <Route path="frameworks" element={<RequireRole roles={[Role.ADMIN, Role.TRAINER]}><FrameworksPage /></RequireRole>} />
              <Route path="frameworks/:id" element={<RequireRole roles={[Role.ADMIN, Role.TRAINER]}><FrameworkEditorPage /></RequireRole>} />
              <Route path="account" element={<AccountPage />} />
              <Route path="notifications" element={<NotificationsPage />} />
              <Route path="notifications/settings" element={<NotificationSettingsPage />} />
              <Route path="users" element={<RequireRole roles={[Role.ADMIN, Role.COORDINATOR]}><UsersPage /></RequireRole>} />
              <Route path="people/import" element={<RequireRole roles={[Role.ADMIN, Role.COORDINATOR]}><PeopleImportPage /></RequireRole>} />
              <Route path="invitations" element={<RequireRole roles={[Role.ADMIN, Role.COORDINATOR]}><InvitationsPage /></RequireRole>} />
              {/* Just joined through an invitation: JoinPage sends the new account where the invitation leads. */}
              <Route path="join/:token" element={<JoinPage />} />
              <Route path="*" element={<Navigate to="/" replace />} />
            </Route>
          ) : (
            <>
              {/* An invitation link works signed out: the person creates their own account there. */}
              <Route path="join/:token" element={<JoinPage />} />
              <Route path="*" element={<LoginPage />} />
            </>
          )}
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
