import { useApolloClient, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Role, type Locale } from '@ruamsang/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { formatDate } from '../../app/dates';
import { errorsOf } from '../../app/errors';
import { useOnline } from '../../app/offline';
import { useProgramme } from '../../app/programme';
import { attendanceDevice, attendanceOutbox, useOutbox } from './outbox';
import { MY_ATTENDANCE_SESSIONS, PROVINCE_ATTENDANCE_SESSIONS } from './operations';
import { dayAsDate, todayInBangkok } from './roster-state';
import './attendance.css';

interface SessionItem {
  readonly id: string;
  readonly moduleCode: string;
  readonly moduleTitle: string;
  readonly cohortName: string;
  readonly provinceCode: string;
  readonly venueName: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly status: string;
  readonly dates: readonly { readonly date: string }[];
}

function SessionCard({ session, today }: { session: SessionItem; today: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  return (
    <li className="card attendance-session">
      <h3>
        <span className="code">{session.moduleCode}</span> {session.moduleTitle}
      </h3>
      <p className="muted">
        {session.cohortName} · {session.venueName} · {session.startTime}–{session.endTime}
      </p>
      <ul className="session-days" aria-label={t('attendance.days', { module: session.moduleTitle })}>
        {session.dates.map(({ date }) => (
          <li key={date}>
            <Link
              to={`/attendance/${session.id}/${date}`}
              className={date === today ? 'day-link today' : date > today ? 'day-link future' : 'day-link'}
              aria-current={date === today ? 'date' : undefined}
            >
              {formatDate(dayAsDate(date), locale)}
              {date === today && <strong>· {t('attendance.today')}</strong>}
            </Link>
          </li>
        ))}
      </ul>
    </li>
  );
}

/** The sessions a trainer teaches, or (coordinators, admins) the sessions of their provinces, with their days. */
export default function AttendancePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const programme = useProgramme();
  const client = useApolloClient();
  const online = useOnline();
  const userId = me?.id ?? 'anonymous';
  const trainer = me?.role === Role.TRAINER;
  const mine = useQuery(MY_ATTENDANCE_SESSIONS, { skip: !trainer });
  const province = useQuery(PROVINCE_ATTENDANCE_SESSIONS, { skip: trainer });
  const fresh: readonly SessionItem[] | undefined = trainer ? mine.data?.mySessions : province.data?.trainingSessions;
  const error = trainer ? mine.error : province.error;
  const loading = trainer ? mine.loading : province.loading;
  const networkFailed = Boolean(error) && !CombinedGraphQLErrors.is(error);
  const [kept, setKept] = useState<readonly SessionItem[] | null>(null);
  const [provinceCode, setProvinceCode] = useState('');
  const outbox = useOutbox();

  useEffect(() => {
    if (me) void attendanceOutbox.start(me.id, client);
  }, [me, client]);
  useEffect(() => {
    if (fresh) void attendanceDevice.saveSessions(userId, fresh).catch(() => undefined);
  }, [fresh, userId]);
  useEffect(() => {
    if (!networkFailed || fresh) return;
    let live = true;
    void attendanceDevice
      .loadSessions<SessionItem[]>(userId)
      .catch(() => undefined)
      .then((list) => {
        if (live && list) setKept(list);
      });
    return () => {
      live = false;
    };
  }, [networkFailed, fresh, userId]);

  const today = todayInBangkok();
  const all = fresh ?? kept;
  // A coordinator sees the provinces they answer for; an admin may narrow to one province.
  const managed = me?.role === Role.COORDINATOR ? new Set(me.managedProvinceCodes) : null;
  const sessions = (all ?? [])
    // Drafts are proposals (coordinators see them in the schedule); attendance is taken on published sessions.
    .filter((s) => s.status === 'PUBLISHED')
    .filter((s) => (managed ? managed.has(s.provinceCode) : true))
    .filter((s) => !provinceCode || s.provinceCode === provinceCode)
    .slice()
    .sort((a, b) => (a.dates[0]?.date ?? '').localeCompare(b.dates[0]?.date ?? '') || a.startTime.localeCompare(b.startTime));
  const lastDay = (s: SessionItem) => s.dates[s.dates.length - 1]?.date ?? '';
  const todays = sessions.filter((s) => s.dates.some((d) => d.date === today));
  const upcoming = sessions.filter((s) => !todays.includes(s) && (s.dates[0]?.date ?? '') > today);
  const past = sessions.filter((s) => !todays.includes(s) && !upcoming.includes(s) && lastDay(s) < today).reverse();
  const waiting = outbox.batches.length;

  return (
    <section className="page attendance">
      <h1>{t('attendance.title')}</h1>
      <p className="muted">{t('attendance.intro')}</p>
      {(!online || waiting > 0) && (
        <p className="sync-status" role="status">
          <span className={online ? 'badge online' : 'badge offline'}>{online ? t('attendance.sync.online') : t('attendance.sync.offline')}</span>
          {waiting > 0 && <span>{t('attendance.waitingBatches', { count: waiting })}</span>}
        </p>
      )}
      {me?.role === Role.ADMIN && (
        <label className="inline-select">
          {t('attendance.province')}
          <select value={provinceCode} onChange={(e) => setProvinceCode(e.target.value)}>
            <option value="">{t('common.all')}</option>
            {programme.provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {programme.nameOf(p.code)}
              </option>
            ))}
          </select>
        </label>
      )}
      {loading && !all && <p className="loading" role="status">{t('common.loading')}</p>}
      {error && !all && <p className="error" role="alert">{networkFailed ? t('attendance.notOnDevice') : errorsOf(error).message}</p>}
      {all && sessions.length === 0 && <p className="empty">{trainer ? t('attendance.noSessionsTrainer') : t('attendance.noSessions')}</p>}
      {todays.length > 0 && (
        <section aria-labelledby="attendance-today">
          <h2 id="attendance-today">{t('attendance.todaySessions')}</h2>
          <ul className="cards">
            {todays.map((s) => (
              <SessionCard key={s.id} session={s} today={today} />
            ))}
          </ul>
        </section>
      )}
      {upcoming.length > 0 && (
        <section aria-labelledby="attendance-upcoming">
          <h2 id="attendance-upcoming">{t('attendance.upcoming')}</h2>
          <ul className="cards">
            {upcoming.map((s) => (
              <SessionCard key={s.id} session={s} today={today} />
            ))}
          </ul>
        </section>
      )}
      {past.length > 0 && (
        <section aria-labelledby="attendance-past">
          <h2 id="attendance-past">{t('attendance.past')}</h2>
          <ul className="cards">
            {past.map((s) => (
              <SessionCard key={s.id} session={s} today={today} />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
