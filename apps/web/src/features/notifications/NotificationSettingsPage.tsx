import { useMutation, useQuery } from '@apollo/client/react';
import { LINE_USER_ID_PATTERN, NOTIFICATION_CHANNELS, NOTIFICATION_KINDS, type NotificationChannel, type NotificationKind } from '@ruamsang/shared';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorsOf } from '../../app/errors';
import { LINK_LINE, SETTINGS, SET_PREFERENCES } from './queries';
import './notifications.css';

/** Which kinds of notification go by e-mail and LINE (the centre always keeps them), and the LINE link. */
export default function NotificationSettingsPage() {
  const { t } = useTranslation();
  const { data, error, loading } = useQuery(SETTINGS);
  const [save, saving] = useMutation(SET_PREFERENCES);
  const [link, linking] = useMutation(LINK_LINE);
  const [saved, setSaved] = useState<string | null>(null);
  // What the person typed; until then, the linked id.
  const [lineDraft, setLineId] = useState<string | null>(null);
  const [lineProblem, setLineProblem] = useState<string | null>(null);
  const lineInput = useRef<HTMLInputElement>(null);
  const settings = data?.myNotificationSettings;
  const lineId = lineDraft ?? settings?.lineUserId ?? '';

  // A choice shows at once; the server's answer (or a refusal) follows.
  const [chosen, setChosen] = useState<Record<string, boolean>>({});
  const enabled = (kind: NotificationKind, channel: NotificationChannel) => chosen[`${kind}|${channel}`] ?? settings?.preferences.find((p) => String(p.kind) === String(kind) && String(p.channel) === String(channel))?.enabled ?? true;
  const toggle = (kind: NotificationKind, channel: NotificationChannel, on: boolean) => {
    setSaved(null);
    const key = `${kind}|${channel}`;
    setChosen((c) => ({ ...c, [key]: on }));
    void save({ variables: { preferences: [{ kind, channel, enabled: on }] } })
      .then(() => setSaved(t('notifications.settings.saved')))
      .catch(() =>
        setChosen((c) => {
          const { [key]: _dropped, ...rest } = c;
          return rest;
        }),
      );
  };
  const submitLine = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const value = lineId.trim();
    if (value && !LINE_USER_ID_PATTERN.test(value)) {
      setLineProblem(t('notifications.settings.lineFormat'));
      lineInput.current?.focus();
      return;
    }
    setLineProblem(null);
    void link({ variables: { lineUserId: value || null } })
      .then(() => setSaved(t(value ? 'notifications.settings.lineLinked' : 'notifications.settings.lineUnlinked')))
      .catch((e: unknown) => {
        setLineProblem(errorsOf(e).fields['lineUserId'] ?? errorsOf(e).message);
        lineInput.current?.focus();
      });
  };

  return (
    <section className="notifications" aria-labelledby="notification-settings-title">
      <div className="notifications-head">
        <h1 id="notification-settings-title">{t('notifications.settings.title')}</h1>
        <Link to="/notifications">{t('notifications.backToCentre')}</Link>
      </div>
      <p>{t('notifications.settings.intro')}</p>
      {loading && !settings ? <p role="status">{t('common.loading')}</p> : null}
      {error ? (
        <p role="alert" className="error">
          {errorsOf(error).message}
        </p>
      ) : null}
      {saving.error ? (
        <p role="alert" className="error">
          {errorsOf(saving.error).message}
        </p>
      ) : null}
      {saved ? (
        <p role="status" className="notice">
          {saved}
        </p>
      ) : null}
      {settings ? (
        <>
          {!settings.emailAvailable ? <p className="notice">{t('notifications.settings.emailOff')}</p> : null}
          <div className="table-scroll">
            <table className="preferences">
              <caption>{t('notifications.settings.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('notifications.settings.kind')}</th>
                  {NOTIFICATION_CHANNELS.map((channel) => (
                    <th scope="col" key={channel}>
                      {t(`notifications.channel.${channel}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {NOTIFICATION_KINDS.map((kind) => (
                  <tr key={kind}>
                    <th scope="row">{t(`notifications.kind.${kind}`)}</th>
                    {NOTIFICATION_CHANNELS.map((channel) => (
                      <td key={channel}>
                        <input
                          type="checkbox"
                          checked={enabled(kind, channel)}
                          disabled={saving.loading}
                          aria-label={t('notifications.settings.toggle', { kind: t(`notifications.kind.${kind}`), channel: t(`notifications.channel.${channel}`) })}
                          onChange={(e) => toggle(kind, channel, e.target.checked)}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <form className="line-link" onSubmit={submitLine} noValidate>
            <h2>{t('notifications.settings.lineTitle')}</h2>
            {!settings.lineAvailable ? <p className="notice">{t('notifications.settings.lineOff')}</p> : null}
            <label htmlFor="line-user-id">{t('notifications.settings.lineUserId')}</label>
            <p id="line-user-id-hint" className="hint">
              {t('notifications.settings.lineHint')}
            </p>
            <input
              id="line-user-id"
              ref={lineInput}
              value={lineId}
              maxLength={33}
              autoComplete="off"
              aria-describedby={lineProblem ? 'line-user-id-hint line-user-id-error' : 'line-user-id-hint'}
              aria-invalid={lineProblem ? true : undefined}
              onChange={(e) => setLineId(e.target.value)}
            />
            {lineProblem ? (
              <p id="line-user-id-error" className="error">
                {lineProblem}
              </p>
            ) : null}
            <button type="submit" disabled={linking.loading}>
              {t('notifications.settings.lineSave')}
            </button>
          </form>
        </>
      ) : null}
    </section>
  );
}
