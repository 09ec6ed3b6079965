import { useApolloClient } from '@apollo/client/react';
import { LOCALES, type Locale, Role } from '@ruamsang/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useAuth } from './auth';
import { setLocale } from './i18n';
import { NotificationBell } from '../features/notifications/NotificationBell';

const NAV: { to: string; key: string; roles: readonly Role[] }[] = [
  { to: '/', key: 'nav.home', roles: [Role.PRACTITIONER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN] },
  { to: '/assess', key: 'nav.assess', roles: [Role.PRACTITIONER] },
  { to: '/frameworks', key: 'frameworkEditor.nav', roles: [Role.ADMIN, Role.TRAINER] },
  { to: '/campaigns', key: 'nav.campaigns', roles: [Role.TRAINER, Role.COORDINATOR, Role.ADMIN] },
  { to: '/gaps', key: 'nav.gaps', roles: [Role.PRACTITIONER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN] },
  { to: '/priorities', key: 'nav.priorities', roles: [Role.PRACTITIONER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN] },
  { to: '/workshop', key: 'nav.workshop', roles: [Role.PRACTITIONER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN] },
  { to: '/users', key: 'nav.users', roles: [Role.COORDINATOR, Role.ADMIN] },
  { to: '/people/import', key: 'nav.peopleImport', roles: [Role.COORDINATOR, Role.ADMIN] },
  { to: '/invitations', key: 'nav.invitations', roles: [Role.COORDINATOR, Role.ADMIN] },
  { to: '/modules', key: 'nav.modules', roles: [Role.PRACTITIONER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN] },
  { to: '/curricula', key: 'nav.curricula', roles: [Role.PRACTITIONER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN] },
  { to: '/schedule', key: 'nav.schedule', roles: [Role.PRACTITIONER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN] },
  { to: '/competencies', key: 'nav.competencies', roles: [Role.PRACTITIONER, Role.TRAINER, Role.ADMIN] },
  { to: '/tracking', key: 'nav.tracking', roles: [Role.COORDINATOR, Role.ADMIN] },
  { to: '/attendance', key: 'nav.attendance', roles: [Role.TRAINER, Role.COORDINATOR, Role.ADMIN] },
  { to: '/certificates', key: 'nav.certificates', roles: [Role.PRACTITIONER] },
  { to: '/account', key: 'account.nav', roles: [Role.PRACTITIONER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN] },
  { to: '/notifications/settings', key: 'notifications.settingsLink', roles: [Role.PRACTITIONER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN] },
];

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      <span className="visually-hidden">{t('language.label')}</span>
      <select value={i18n.language} onChange={(e) => setLocale(e.target.value as Locale)} aria-label={t('language.label')}>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale}>
            {t(`language.${locale}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Layout() {
  const { t } = useTranslation();
  const { me, logout } = useAuth();
  const client = useApolloClient();
  const userId = me?.id;
  const marksAttendance = me ? (me.role as Role) !== Role.PRACTITIONER : false;
  // Attendance marks kept on this device go out as soon as the app opens (that code loads on demand).
  useEffect(() => {
    if (!userId || !marksAttendance) return;
    void import('../features/attendance/outbox').then(({ attendanceOutbox }) => attendanceOutbox.start(userId, client)).catch(() => undefined);
  }, [userId, marksAttendance, client]);
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <nav aria-label={t('nav.menu')}>
          <ul>
            {NAV.filter((item) => me && item.roles.includes(me.role as Role)).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'}>
                  {t(item.key)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="topbar-end">
          <NotificationBell />
          <LanguageSwitcher />
          <button type="button" className="link" onClick={() => void logout()}>
            {t('nav.logout')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
