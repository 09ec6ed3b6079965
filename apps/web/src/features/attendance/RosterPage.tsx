import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { Locale } from '@ruamsang/shared';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../app/auth';
import { formatDate, formatTime } from '../../app/dates';
import { errorsOf } from '../../app/errors';
import { useOnline } from '../../app/offline';
import type { AttendanceRosterQuery } from '../../gql/graphql';
import { ATTENDANCE_ROSTER, CORRECT_ATTENDANCE } from './operations';
import { attendanceDevice, attendanceOutbox, useOutbox } from './outbox';
import {
  batchesOf,
  changesOf,
  countMarks,
  dayAsDate,
  inBatches,
  isSynced,
  ISO_DAY,
  MARK_STATUSES,
  markAllPresent,
  rosterKey,
  rosterSync,
  savedStatuses,
  shownStatus,
  todayInBangkok,
  type Draft,
  type MarkStatus,
  type OutboxBatch,
} from './roster-state';
import './attendance.css';

type Roster = AttendanceRosterQuery['sessionRoster'];
type Correction = AttendanceRosterQuery['attendanceCorrections'][number];

const REASON_MIN = 3;
const REASON_MAX = 500;

function CorrectionForm({ roster, practitionerId, name, from, to, onDone }: { roster: Roster; practitionerId: string; name: string; from: MarkStatus; to: MarkStatus; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const online = useOnline();
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [correct, state] = useMutation(CORRECT_ATTENDANCE);
  const failure = errorsOf(state.error);
  const reasonError = invalid ?? failure.fields['reason'] ?? failure.fields['input.reason'] ?? null;
  const reasonId = `reason-${practitionerId}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const text = reason.trim();
    if (text.length < REASON_MIN || text.length > REASON_MAX) {
      setInvalid(t('attendance.correction.reasonRange', { min: REASON_MIN, max: REASON_MAX }));
      return;
    }
    setInvalid(null);
    try {
      await correct({ variables: { input: { sessionId: roster.sessionId, sessionDate: roster.sessionDate, practitionerId, status: to, reason: text } } });
      onDone(true);
    } catch {
      // shown from state.error
    }
  }

  return (
    <form className="correction-form" onSubmit={(e) => void submit(e)} aria-label={t('attendance.correction.title', { name })} noValidate>
      <p>
        <strong>{t('attendance.correction.change', { name, from: t(`attendance.status.${from}`), to: t(`attendance.status.${to}`) })}</strong>
      </p>
      <label htmlFor={reasonId}>{t('attendance.correction.reason')}</label>
      <textarea
        id={reasonId}
        rows={2}
        maxLength={REASON_MAX}
        value={reason}
        aria-invalid={reasonError ? true : undefined}
        aria-describedby={`${reasonId}-hint`}
        onChange={(e) => setReason(e.target.value)}
      />
      <p id={`${reasonId}-hint`} className={reasonError ? 'field-error' : 'muted small'} role={reasonError ? 'alert' : undefined}>
        {reasonError ?? t('attendance.correction.reasonHint', { min: REASON_MIN, max: REASON_MAX })}
      </p>
      {state.error && !reasonError && (
        <p className="error" role="alert">
          {failure.message}
        </p>
      )}
      {!online && <p className="notice">{t('attendance.correction.needsConnection')}</p>}
      <div className="actions">
        <button type="submit" disabled={state.loading || !online}>
          {state.loading ? t('common.saving') : t('attendance.correction.save')}
        </button>
        <button type="button" className="secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function CorrectionLog({ corrections, locale }: { corrections: readonly Correction[]; locale: Locale }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="correction-log" className="correction-log">
      <h2 id="correction-log">{t('attendance.corrections.title')}</h2>
      {corrections.length === 0 ? (
        <p className="empty">{t('attendance.corrections.none')}</p>
      ) : (
        <ul className="correction-list">
          {corrections.map((c) => (
            <li key={c.id} className="card">
              <p>
                <strong>{c.practitionerName}</strong> · {formatDate(dayAsDate(c.sessionDate), locale)}
              </p>
              <p>{t('attendance.corrections.change', { from: t(`attendance.status.${c.oldStatus}`), to: t(`attendance.status.${c.newStatus}`) })}</p>
              <p>{c.reason ? t('attendance.corrections.reason', { reason: c.reason }) : <span className="muted">{t('attendance.corrections.reMarked')}</span>}</p>
              <p className="muted small">
                {t('attendance.corrections.by', { name: c.correctedByName ?? t('common.none'), date: formatDate(c.correctedAt, locale), time: formatTime(c.correctedAt, locale) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One session day's roster: fast taps on a phone, kept on this device and synced when there is a connection. */
export default function RosterPage() {
  const { sessionId = '', date = '' } = useParams();
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { me } = useAuth();
  const userId = me?.id ?? 'anonymous';
  const client = useApolloClient();
  const online = useOnline();
  const validDay = ISO_DAY.test(date);
  const { data: fresh, error, loading, refetch } = useQuery(ATTENDANCE_ROSTER, { variables: { sessionId, sessionDate: date }, skip: !validDay });
  const networkFailed = Boolean(error) && !CombinedGraphQLErrors.is(error);
  // Offline, the roster is the one last loaded on this device.
  const [kept, setKept] = useState<AttendanceRosterQuery | null>(null);
  const data = fresh ?? kept;
  // Taps not saved yet, for the roster they belong to (null until read from this device).
  const [loadedDraft, setLoadedDraft] = useState<{ key: string; marks: Draft } | null>(null);
  const [correcting, setCorrecting] = useState<{ practitionerId: string; status: MarkStatus } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const outbox = useOutbox();
  const key = rosterKey(sessionId, date);
  const syncedAt = outbox.syncedAt[key];
  const draft = loadedDraft?.key === key ? loadedDraft.marks : null;

  useEffect(() => {
    if (me) void attendanceOutbox.start(me.id, client);
  }, [me, client]);
  useEffect(() => {
    if (fresh) void attendanceDevice.saveRoster(userId, sessionId, date, fresh).catch(() => undefined);
  }, [fresh, userId, sessionId, date]);
  useEffect(() => {
    if (!networkFailed || fresh) return;
    let live = true;
    void attendanceDevice
      .loadRoster<AttendanceRosterQuery>(userId, sessionId, date)
      .catch(() => undefined)
      .then((roster) => {
        if (live && roster) setKept(roster);
      });
    return () => {
      live = false;
    };
  }, [networkFailed, fresh, userId, sessionId, date]);
  // Taps not saved yet survive a reload.
  useEffect(() => {
    let live = true;
    void attendanceDevice
      .loadDraft(userId, sessionId, date)
      .catch(() => undefined)
      .then((kept) => {
        if (live) setLoadedDraft({ key: rosterKey(sessionId, date), marks: kept ?? {} });
      });
    return () => {
      live = false;
    };
  }, [userId, sessionId, date]);
  // Once a batch of this roster is stored, the corrections it logged are read again.
  useEffect(() => {
    if (syncedAt && navigator.onLine) void refetch().catch(() => undefined);
  }, [syncedAt, refetch]);

  const roster = data?.sessionRoster;
  const waiting = useMemo(() => batchesOf(outbox.batches, sessionId, date), [outbox.batches, sessionId, date]);
  const saved = useMemo(() => savedStatuses(roster?.marks ?? [], waiting), [roster, waiting]);

  if (!validDay) return <p className="error" role="alert">{t('attendance.badDate')}</p>;
  if (!data && loading) return <p className="loading" role="status">{t('common.loading')}</p>;
  if (!data && networkFailed) return <p className="error" role="alert">{t('attendance.rosterNotOnDevice')}</p>;
  if (!roster || !data || draft === null) {
    return error ? <p className="error" role="alert">{errorsOf(error).message}</p> : <p className="loading" role="status">{t('common.loading')}</p>;
  }

  const today = todayInBangkok();
  const future = date > today;
  const order = roster.marks.map((m) => m.practitionerId);
  const statuses = order.map((id) => shownStatus(id, draft, saved));
  const counts = countMarks(statuses);
  const changes = changesOf(order, draft, saved);
  const sync = rosterSync(waiting, outbox.sending, syncedAt);
  const refused = waiting.filter((b) => b.error !== null);

  const keepDraft = (next: Draft) => {
    setLoadedDraft({ key, marks: next });
    void attendanceDevice.saveDraft(userId, sessionId, date, next).catch(() => undefined);
  };
  const choose = (practitionerId: string, status: MarkStatus) => {
    setNotice(null);
    if (isSynced(practitionerId, roster.marks, waiting, draft)) {
      // Already on the server: a change is a correction, with a reason.
      const current = saved.get(practitionerId);
      if (current !== status) setCorrecting({ practitionerId, status });
      return;
    }
    keepDraft({ ...draft, [practitionerId]: status });
  };
  const save = async () => {
    if (changes.length === 0) return;
    const queuedAt = new Date().toISOString();
    // One clientBatchId per batch, made once here and kept on every retry.
    const batches: OutboxBatch[] = inBatches(changes).map((marks, i) => ({
      clientBatchId: crypto.randomUUID(),
      sessionId,
      sessionDate: date,
      marks,
      queuedAt: i === 0 ? queuedAt : new Date(Date.parse(queuedAt) + i).toISOString(),
      attempts: 0,
      error: null,
    }));
    keepDraft({});
    await attendanceOutbox.enqueue(batches);
  };

  const syncText =
    sync === 'failed'
      ? t('attendance.sync.failed')
      : sync === 'syncing'
        ? t('attendance.sync.syncing')
        : sync === 'savedOnDevice'
          ? online
            ? t('attendance.sync.savedOnDeviceWaiting')
            : t('attendance.sync.savedOnDevice')
          : sync === 'synced' && syncedAt
            ? t('attendance.sync.synced', { time: formatTime(syncedAt, locale) })
            : null;

  return (
    <section className="page roster">
      <p className="breadcrumb">
        <Link to="/attendance">{t('attendance.back')}</Link>
      </p>
      <h1>{roster.moduleTitle}</h1>
      <p className="muted">
        {roster.cohortName} · {formatDate(dayAsDate(roster.sessionDate), locale, 'long')}
        {roster.sessionDate === today && <strong> · {t('attendance.today')}</strong>} · {roster.startTime}–{roster.endTime}
      </p>
      {roster.dates.length > 1 && (
        <nav aria-label={t('attendance.otherDays')} className="roster-days">
          <ul className="session-days">
            {roster.dates.map((d) => (
              <li key={d}>
                <Link to={`/attendance/${sessionId}/${d}`} className={d === today ? 'day-link today' : 'day-link'} aria-current={d === date ? 'page' : undefined}>
                  {formatDate(dayAsDate(d), locale)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p className="actions">
        <Link className="button secondary-link" to={`/attendance/${sessionId}/${date}/qr`}>
          {t('attendance.showQr')}
        </Link>
      </p>
      <p className="sync-status" role="status" aria-label={t('attendance.sync.label')}>
        <span className={online ? 'badge online' : 'badge offline'}>{online ? t('attendance.sync.online') : t('attendance.sync.offline')}</span>
        {syncText && <span>{syncText}</span>}
        {changes.length > 0 && <span>{t('attendance.sync.unsaved', { count: changes.length })}</span>}
      </p>
      {refused.map((b) => (
        <div key={b.clientBatchId} className="error-box" role="alert">
          <p className="error">{t('attendance.sync.refused', { count: b.marks.length, message: b.error ?? '' })}</p>
          <div className="actions">
            <button type="button" onClick={() => void attendanceOutbox.retry(b.clientBatchId)}>
              {t('common.retry')}
            </button>
            <button type="button" className="secondary" onClick={() => void attendanceOutbox.discard(b.clientBatchId)}>
              {t('attendance.sync.discard')}
            </button>
          </div>
        </div>
      ))}
      {future && <p className="notice">{t('attendance.futureDay')}</p>}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <dl className="counts roster-counts" aria-label={t('attendance.counts')}>
        {MARK_STATUSES.map((s) => (
          <div key={s}>
            <dt>{t(`attendance.status.${s}`)}</dt>
            <dd>{counts[s]}</dd>
          </div>
        ))}
        <div>
          <dt>{t('attendance.unmarked')}</dt>
          <dd>{counts.UNMARKED}</dd>
        </div>
      </dl>
      {roster.marks.length === 0 ? (
        <p className="empty">{t('attendance.noSeated')}</p>
      ) : (
        <ol className="roster-list">
          {roster.marks.map((mark, index) => {
            const status = statuses[index] ?? null;
            const synced = isSynced(mark.practitionerId, roster.marks, waiting, draft);
            const drafted = draft[mark.practitionerId];
            const pending = drafted !== undefined && drafted !== saved.get(mark.practitionerId);
            const onDevice = !synced && !pending && waiting.some((b) => b.marks.some((m) => m.practitionerId === mark.practitionerId));
            const editing = correcting?.practitionerId === mark.practitionerId ? correcting : null;
            return (
              <li key={mark.practitionerId} className="roster-row">
                <fieldset>
                  <legend>
                    <span className="person">{mark.practitionerName}</span>
                  </legend>
                  <p className="row-state small muted">
                    {synced && mark.method === 'QR_CHECK_IN' && <span>{t('attendance.row.checkedIn')} · </span>}
                    {synced && <span>{mark.corrected ? t('attendance.row.corrected') : t('attendance.row.synced')}</span>}
                    {pending && <span>{t('attendance.row.unsaved')}</span>}
                    {onDevice && <span>{t('attendance.row.onDevice')}</span>}
                  </p>
                  <div className="mark-options">
                    {MARK_STATUSES.map((s) => (
                      <label key={s} className={`${status === s ? `chosen status-${s}` : ''}${future ? ' disabled' : ''}`}>
                        <input type="radio" name={`mark-${mark.practitionerId}`} value={s} checked={status === s} disabled={future} onChange={() => choose(mark.practitionerId, s)} />
                        <span>{t(`attendance.status.${s}`)}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
                {editing && status && (
                  <CorrectionForm
                    roster={roster}
                    practitionerId={mark.practitionerId}
                    name={mark.practitionerName}
                    from={status}
                    to={editing.status}
                    onDone={(done) => {
                      setCorrecting(null);
                      if (done) {
                        setNotice(t('attendance.correction.saved', { name: mark.practitionerName }));
                        void refetch().catch(() => undefined);
                      }
                    }}
                  />
                )}
              </li>
            );
          })}
        </ol>
      )}
      {!future && roster.marks.length > 0 && (
        <div className="roster-bar">
          <button type="button" className="secondary" disabled={counts.UNMARKED === 0} onClick={() => keepDraft(markAllPresent(order, draft, saved))}>
            {t('attendance.markAllPresent')}
          </button>
          <button type="button" disabled={changes.length === 0} onClick={() => void save()}>
            {changes.length > 0 ? t('attendance.saveCount', { count: changes.length }) : t('attendance.save')}
          </button>
        </div>
      )}
      {data.attendanceCorrections && <CorrectionLog corrections={data.attendanceCorrections} locale={locale} />}
    </section>
  );
}
