import { useMutation, useQuery } from '@apollo/client/react';
import type { Locale } from '@ruamsang/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { formatDate, formatHijri, formatTime } from '../../app/dates';
import { errorsOf } from '../../app/errors';
import { useOnline } from '../../app/offline';
import { notificationCache, type CachedPage } from './offline-cache';
import { MARK_READ, MY_NOTIFICATIONS, UNREAD_COUNT } from './queries';
import './notifications.css';

const PAGE = 20;

/** The notification centre: newest first, mark one or all read; the last synced pages stay readable offline. */
export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { me } = useAuth();
  const online = useOnline();
  const [offset, setOffset] = useState(0);
  const { data, error, loading } = useQuery(MY_NOTIFICATIONS, { variables: { limit: PAGE, offset } });
  const [cached, setCached] = useState<CachedPage | null>(null);
  const [markRead, marking] = useMutation(MARK_READ, { refetchQueries: [MY_NOTIFICATIONS, UNREAD_COUNT] });

  useEffect(() => {
    if (me && data) void notificationCache.save(me.id, offset, data.myNotifications).catch(() => undefined);
  }, [me, data, offset]);
  useEffect(() => {
    if (!me || data) return;
    let live = true;
    void notificationCache
      .load(me.id, offset)
      .then((page) => live && setCached(page ?? null))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [me, data, offset]);

  const page = data?.myNotifications ?? cached?.page ?? null;
  const fromCache = !data && cached !== null;
  const problem = errorsOf(marking.error).message;
  const pages = page ? Math.max(1, Math.ceil(page.total / PAGE)) : 1;

  return (
    <section className="notifications" aria-labelledby="notifications-title">
      <div className="notifications-head">
        <h1 id="notifications-title">{t('notifications.title')}</h1>
        <Link to="/notifications/settings">{t('notifications.settingsLink')}</Link>
      </div>
      {fromCache ? (
        <p role="status" className="notice">
          {t('notifications.offline', { date: formatDate(cached.syncedAt, locale, 'long'), time: formatTime(cached.syncedAt, locale) })}
        </p>
      ) : null}
      {!page && loading ? <p role="status">{t('common.loading')}</p> : null}
      {!page && error ? (
        <p role="alert" className="error">
          {online ? errorsOf(error).message : t('notifications.offlineNothing')}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="error">
          {problem}
        </p>
      ) : null}
      {page ? (
        <>
          <div className="actions">
            <p>{t('notifications.unreadCount', { count: page.unread })}</p>
            <button type="button" disabled={page.unread === 0 || !online || marking.loading} onClick={() => void markRead({ variables: { ids: null } }).catch(() => undefined)}>
              {t('notifications.markAllRead')}
            </button>
          </div>
          {page.items.length === 0 ? (
            <p className="empty">{t('notifications.empty')}</p>
          ) : (
            <ol className="notification-list" aria-label={t('notifications.listLabel')}>
              {page.items.map((n) => (
                <li key={n.id} className={`card notification${n.readAt ? '' : ' unread'}`} aria-labelledby={`n-${n.id}`}>
                  <h2 id={`n-${n.id}`}>
                    {n.readAt ? null : <span className="badge">{t('notifications.new')}</span>} {n.title}
                  </h2>
                  <p className="notification-time">
                    <time dateTime={n.createdAt}>
                      {formatDate(n.createdAt, locale, 'long')} {formatTime(n.createdAt, locale)}
                    </time>{' '}
                    <span className="hijri">({formatHijri(n.createdAt, locale)})</span>
                  </p>
                  <p className="notification-body">{n.body}</p>
                  {n.readAt ? null : (
                    <button type="button" className="link" disabled={!online || marking.loading} onClick={() => void markRead({ variables: { ids: [n.id] } }).catch(() => undefined)}>
                      {t('notifications.markRead')}
                      <span className="visually-hidden">: {n.title}</span>
                    </button>
                  )}
                </li>
              ))}
            </ol>
          )}
          {pages > 1 ? (
            <nav className="pager" aria-label={t('notifications.pages')}>
              <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                {t('common.previous')}
              </button>
              <span>{t('common.pageOf', { from: offset + 1, to: Math.min(offset + PAGE, page.total), total: page.total })}</span>
              <button type="button" disabled={offset + PAGE >= page.total} onClick={() => setOffset(offset + PAGE)}>
                {t('common.next')}
              </button>
            </nav>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
