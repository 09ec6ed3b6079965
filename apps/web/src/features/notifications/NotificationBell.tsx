import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { UNREAD_COUNT } from './queries';
import './notifications.css';

/** The bell in the shell: a link to the notification centre with the unread count, refreshed every minute. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { data } = useQuery(UNREAD_COUNT, { pollInterval: 60_000, fetchPolicy: 'cache-and-network' });
  const unread = data?.myNotifications.unread ?? 0;
  return (
    // Named by its own (visually hidden) text rather than aria-label, so the visible count is never
    // a name that disagrees with what is shown (axe: label-content-name-mismatch).
    <NavLink to="/notifications" className="notification-bell">
      <span className="visually-hidden">{t('notifications.bell', { count: unread })}</span>
      {/* Drawn, not an emoji: phones here often lack an emoji font. */}
      <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 ? (
        <span className="notification-count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </NavLink>
  );
}
