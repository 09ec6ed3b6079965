import { useMutation, useQuery } from '@apollo/client/react';
import { Role } from '@ruamsang/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { errorsOf } from '../../app/errors';
import { todayInBangkok } from '../../app/dates';
import { useProgramme } from '../../app/programme';
import { graphql } from '../../gql';
import './schedule.css';

const SESSIONS = graphql(`
  query ScheduleSessions($provinceCode: String, $trainerId: ID) {
    trainingSessions(provinceCode: $provinceCode, trainerId: $trainerId) {
      id
      moduleCode
      moduleTitle
      cohortName
      venueName
      startTime
      endTime
      status
      trainers {
        id
        displayName
      }
      dates {
        date
        gregorian
        buddhist
        hijri
      }
    }
  }
`);

const MY_SESSIONS = graphql(`
  query MyScheduleSessions {
    mySessions {
      id
      moduleCode
      moduleTitle
      cohortName
      venueName
      startTime
      endTime
      status
      trainers {
        id
        displayName
      }
      dates {
        date
        gregorian
        buddhist
        hijri
      }
    }
  }
`);

const TRAINERS = graphql(`
  query ScheduleTrainers {
    trainerProfiles {
      userId
      displayName
    }
  }
`);

const COHORTS = graphql(`
  query ScheduleCohorts($provinceCode: String) {
    cohorts(provinceCode: $provinceCode) {
      id
      name
      curriculumTitle
      provinceCode
      capacity
      enrolled
      waiting
      myEnrolment {
        id
        status
        waitingPosition
      }
    }
  }
`);

const SUGGESTIONS = graphql(`
  query CohortSuggestions {
    cohortSuggestions {
      gapCovered
      coveredCompetencies
      cohort {
        id
        name
      }
    }
  }
`);

const PROPOSE = graphql(`
  query ProposeSchedule($input: ScheduleRequestInput!) {
    proposeSchedule(input: $input) {
      method
      sessions {
        cohortName
        moduleCode
        moduleTitle
        venueName
        startTime
        endTime
        dates {
          date
          gregorian
          buddhist
          hijri
        }
      }
      unplaced {
        cohortName
        moduleCode
        moduleTitle
        blockers {
          constraint
          count
          of
          message
        }
      }
    }
  }
`);

const APPLY = graphql(`
  mutation ApplySchedule($input: ScheduleRequestInput!) {
    applySchedule(input: $input) {
      id
    }
  }
`);

const PUBLISH = graphql(`
  mutation PublishSessions($ids: [ID!]!) {
    publishSessions(ids: $ids) {
      id
      status
    }
  }
`);

const ENROL = graphql(`
  mutation Enrol($input: EnrolInput!) {
    enrol(input: $input) {
      id
      status
      waitingPosition
    }
  }
`);

const WITHDRAW = graphql(`
  mutation Withdraw($input: EnrolInput!) {
    withdraw(input: $input) {
      id
    }
  }
`);

const ROTATE = graphql(`
  mutation RotateCalendarToken {
    rotateCalendarToken {
      path
    }
  }
`);

interface SessionView {
  id: string;
  moduleCode: string;
  moduleTitle: string;
  cohortName: string;
  venueName: string;
  startTime: string;
  endTime: string;
  trainers: { id: string; displayName: string }[];
  dates: { date: string; gregorian: string; buddhist: string; hijri: string }[];
}

function TriDate({ d }: { d: { gregorian: string; buddhist: string; hijri: string } }) {
  return (
    <span className="tri-date">
      <span>{d.gregorian}</span> · <span>{d.buddhist}</span> · <span>{d.hijri}</span>
    </span>
  );
}

function monthDays(month: string): (string | null)[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const count = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7; // Monday first
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= count; d++) cells.push(`${month}-${String(d).padStart(2, '0')}`);
  return cells;
}

function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

function CalendarView({ sessions }: { sessions: readonly SessionView[] }) {
  const { t } = useTranslation();
  // Open on the month of the next session day (past programmes stay a click away), else the last one.
  const today = todayInBangkok();
  const days = sessions.flatMap((s) => s.dates.map((d) => d.date)).sort();
  const opening = days.find((d) => d >= today) ?? days.at(-1) ?? today;
  const [month, setMonth] = useState(opening.slice(0, 7));
  const [mode, setMode] = useState<'month' | 'list'>('month');
  const byDate = new Map<string, SessionView[]>();
  for (const s of sessions) for (const d of s.dates) byDate.set(d.date, [...(byDate.get(d.date) ?? []), s]);
  const weekdays = t('schedule.weekdays').split(',');
  return (
    <div>
      <div className="actions" role="group" aria-label={t('schedule.view')}>
        <button type="button" aria-pressed={mode === 'month'} onClick={() => setMode('month')}>
          {t('schedule.month')}
        </button>
        <button type="button" aria-pressed={mode === 'list'} onClick={() => setMode('list')}>
          {t('schedule.list')}
        </button>
      </div>
      {sessions.length === 0 && <p className="empty">{t('schedule.noSessions')}</p>}
      {mode === 'month' ? (
        <div>
          <div className="actions">
            <button type="button" onClick={() => setMonth(shiftMonth(month, -1))}>
              {t('schedule.prevMonth')}
            </button>
            <strong aria-live="polite">{month}</strong>
            <button type="button" onClick={() => setMonth(shiftMonth(month, 1))}>
              {t('schedule.nextMonth')}
            </button>
          </div>
          <table className="month-grid" aria-label={t('schedule.monthGrid', { month })}>
            <thead>
              <tr>
                {weekdays.map((w) => (
                  <th key={w} scope="col">
                    {w}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: Math.ceil(monthDays(month).length / 7) }, (_, row) => (
                <tr key={row}>
                  {monthDays(month)
                    .slice(row * 7, row * 7 + 7)
                    .map((date, i) => (
                      <td key={date ?? `blank-${i}`}>
                        {date && (
                          <>
                            <span className="day-number">{Number(date.slice(8))}</span>
                            {(byDate.get(date) ?? []).map((s) => (
                              <span key={s.id} className="chip" title={`${s.moduleTitle} — ${s.venueName}`}>
                                {s.startTime} {s.moduleCode}
                              </span>
                            ))}
                          </>
                        )}
                      </td>
                    ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <ul className="session-list">
          {sessions.map((s) => (
            <li key={s.id} className="card">
              <h3>
                {s.moduleCode} {s.moduleTitle}
              </h3>
              <p>
                {s.cohortName} · {s.venueName} · {s.startTime}–{s.endTime} · {s.trainers.map((tr) => tr.displayName).join(', ')}
              </p>
              <ul>
                {s.dates.map((d) => (
                  <li key={d.date}>
                    <TriDate d={d} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ProvinceCalendar() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const programme = useProgramme();
  const [chosen, setProvince] = useState<string | null>(null);
  // Until someone chooses: their own (or first managed) province when it is in the area (asked at
  // once, before the area has loaded), else the area's first.
  const own = [me?.provinceCode, ...(me?.managedProvinceCodes ?? [])].find((code) => code && (programme.loading || programme.codes.includes(code)));
  const province = chosen ?? own ?? programme.codes[0] ?? '';
  const [trainer, setTrainer] = useState('');
  const trainers = useQuery(TRAINERS);
  const { data, loading, error } = useQuery(SESSIONS, {
    variables: trainer ? { trainerId: trainer } : { provinceCode: province },
    skip: !trainer && province === '',
  });
  return (
    <section aria-labelledby="province-calendar">
      <h2 id="province-calendar">{t('schedule.provinceCalendar')}</h2>
      <label>
        {t('schedule.province')}{' '}
        <select value={province} onChange={(e) => setProvince(e.target.value)}>
          {programme.provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {programme.nameOf(p.code)}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        {t('schedule.trainer')}{' '}
        <select value={trainer} onChange={(e) => setTrainer(e.target.value)}>
          <option value="">{t('schedule.allTrainers')}</option>
          {trainers.data?.trainerProfiles.map((tr) => (
            <option key={tr.userId} value={tr.userId}>
              {tr.displayName}
            </option>
          ))}
        </select>
      </label>{' '}
      <a href={`/calendar/province/${province}.ics`}>{t('schedule.provinceFeed')}</a>
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {error && <p role="alert">{errorsOf(error).message}</p>}
      {data && <CalendarView sessions={data.trainingSessions} />}
    </section>
  );
}

function MyCalendar() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MY_SESSIONS);
  const [rotate, rotation] = useMutation(ROTATE);
  return (
    <section aria-labelledby="my-calendar">
      <h2 id="my-calendar">{t('schedule.mySessions')}</h2>
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {error && <p role="alert">{errorsOf(error).message}</p>}
      {data && <CalendarView sessions={data.mySessions} />}
      <p>
        <button
          type="button"
          onClick={() => {
            if (window.confirm(t('schedule.confirmRotate'))) void rotate();
          }}
        >
          {t('schedule.subscribe')}
        </button>{' '}
        {rotation.data && <a href={rotation.data.rotateCalendarToken.path}>{t('schedule.feedLink')}</a>}
      </p>
    </section>
  );
}

function Enrolment() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { data, loading, error, refetch } = useQuery(COHORTS, { variables: { provinceCode: me?.provinceCode ?? null } });
  const suggestions = useQuery(SUGGESTIONS, { skip: me?.role !== Role.PRACTITIONER });
  const [enrol, enrolState] = useMutation(ENROL);
  const [withdraw, withdrawState] = useMutation(WITHDRAW);
  const failure = enrolState.error ?? withdrawState.error;
  return (
    <section aria-labelledby="enrolment">
      <h2 id="enrolment">{t('schedule.cohorts')}</h2>
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {(error ?? failure) && <p role="alert">{errorsOf(error ?? failure).message}</p>}
      {suggestions.data && suggestions.data.cohortSuggestions.length > 0 && (
        <>
          <h3>{t('schedule.suggested')}</h3>
          <ol>
            {suggestions.data.cohortSuggestions.map((s) => (
              <li key={s.cohort.id}>
                {s.cohort.name} — {t('schedule.covers', { list: s.coveredCompetencies.join(', ') || t('common.none') })}
              </li>
            ))}
          </ol>
        </>
      )}
      {data && data.cohorts.length === 0 && <p className="empty">{t('schedule.noCohorts')}</p>}
      <ul className="cards">
        {data?.cohorts.map((c) => (
          <li key={c.id} className="card">
            <h3>{c.name}</h3>
            <p>
              {c.curriculumTitle} · {t('schedule.seats', { enrolled: c.enrolled, capacity: c.capacity, waiting: c.waiting })}
            </p>
            {me?.role === Role.PRACTITIONER &&
              (c.myEnrolment ? (
                <p>
                  {c.myEnrolment.status === 'ENROLLED' ? t('schedule.enrolled') : t('schedule.waitingPosition', { position: c.myEnrolment.waitingPosition })}{' '}
                  <button
                    type="button"
                    onClick={() => {
                      if (window.confirm(t('schedule.confirmWithdraw', { name: c.name }))) void withdraw({ variables: { input: { cohortId: c.id } } }).then(() => refetch());
                    }}
                  >
                    {t('schedule.withdraw')}
                  </button>
                </p>
              ) : (
                <button type="button" onClick={() => void enrol({ variables: { input: { cohortId: c.id } } }).then(() => refetch())}>
                  {t('schedule.enrol', { name: c.name })}
                </button>
              ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Proposal() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const cohorts = useQuery(COHORTS, { variables: { provinceCode: null } });
  const [from, setFrom] = useState('2026-12-01');
  const [to, setTo] = useState('2027-03-31');
  // A coordinator plans the cohorts of the provinces they answer for; an admin plans them all.
  const ids = cohorts.data?.cohorts.filter((c) => me?.role === Role.ADMIN || (me?.managedProvinceCodes ?? []).includes(c.provinceCode)).map((c) => c.id) ?? [];
  const proposal = useQuery(PROPOSE, { variables: { input: { cohortIds: ids, from, to } }, skip: ids.length === 0 });
  const [apply, applied] = useMutation(APPLY);
  const [publish, published] = useMutation(PUBLISH, { refetchQueries: 'active' });
  const p = proposal.data?.proposeSchedule;
  const drafts = applied.data?.applySchedule.map((s) => s.id) ?? [];
  return (
    <section aria-labelledby="proposal">
      <h2 id="proposal">{t('schedule.proposal')}</h2>
      <label>
        {t('schedule.from')} <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </label>{' '}
      <label>
        {t('schedule.to')} <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </label>
      {proposal.loading && <p role="status">{t('common.loading')}</p>}
      {(proposal.error ?? applied.error ?? published.error) && <p role="alert">{errorsOf(proposal.error ?? applied.error ?? published.error).message}</p>}
      {p && (
        <>
          <p>{t('schedule.proposalSummary', { placed: p.sessions.length, unplaced: p.unplaced.length })}</p>
          {p.unplaced.length > 0 && (
            <>
              <h3>{t('schedule.unplaced')}</h3>
              <ul>
                {p.unplaced.map((u) => (
                  <li key={`${u.cohortName}-${u.moduleCode}`}>
                    {u.cohortName}: {u.moduleCode} {u.moduleTitle}
                    <ul>
                      {u.blockers.map((b) => (
                        <li key={b.constraint}>{t('schedule.blocker', { constraint: b.constraint, count: b.count, of: b.of })}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </>
          )}
          <table className="proposal">
            <caption>{t('schedule.proposedSessions')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('schedule.cohort')}</th>
                <th scope="col">{t('schedule.module')}</th>
                <th scope="col">{t('schedule.dates')}</th>
                <th scope="col">{t('schedule.venue')}</th>
              </tr>
            </thead>
            <tbody>
              {p.sessions.map((s) => (
                <tr key={`${s.cohortName}-${s.moduleCode}`}>
                  <td>{s.cohortName}</td>
                  <td>{s.moduleCode}</td>
                  <td>
                    {s.dates.map((d) => (
                      <div key={d.date}>
                        <TriDate d={d} /> {s.startTime}–{s.endTime}
                      </div>
                    ))}
                  </td>
                  <td>{s.venueName}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            disabled={applied.loading}
            onClick={() => {
              if (window.confirm(t('schedule.confirmApply'))) void apply({ variables: { input: { cohortIds: ids, from, to } } });
            }}
          >
            {t('schedule.apply')}
          </button>
          {applied.data && <p role="status">{t('schedule.applied', { count: applied.data.applySchedule.length })}</p>}
          {drafts.length > 0 && !published.data && (
            <button
              type="button"
              disabled={published.loading}
              onClick={() => {
                // Publishing puts the sessions in the province's public calendar feed: ask first.
                if (window.confirm(t('schedule.confirmPublish', { count: drafts.length }))) void publish({ variables: { ids: drafts } });
              }}
            >
              {t('schedule.publish', { count: drafts.length })}
            </button>
          )}
          {published.data && <p role="status">{t('schedule.published', { count: published.data.publishSessions.length })}</p>}
        </>
      )}
    </section>
  );
}

export default function SchedulePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const planner = me?.role === Role.ADMIN || me?.role === Role.COORDINATOR;
  return (
    <section className="page schedule">
      <h1>{t('schedule.title')}</h1>
      {planner && (
        <p>
          <Link className="button" to="/schedule/setup">
            {t('schedule.setupLink')}
          </Link>
        </p>
      )}
      <ProvinceCalendar />
      <MyCalendar />
      <Enrolment />
      {planner && <Proposal />}
    </section>
  );
}
