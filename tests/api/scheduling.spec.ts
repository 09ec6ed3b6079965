import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { generateSchedulingInstance, schedule, thaiPublicHolidays, weekdayOf, minutesOf, type Assignment } from '@ruamsang/domain';
import { Role } from '@ruamsang/shared';
import { DEMO_PILOT_COHORT } from '../../apps/api/src/database/seed/demo-attendance.js';
import { DEMO_SCHEDULE_WINDOW, DemoScheduleSeeder } from '../../apps/api/src/database/seed/demo-schedule.js';
import { SchedulingService } from '../../apps/api/src/modules/scheduling/scheduling.service.js';
import { errorCode, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await startTestApp({ DEMO_DATA: '1', DEMO_PASSWORD: 'ruamsang-demo' });
  admin = await t.login('admin@demo.ruamsang.org', 'ruamsang-demo');
}, 180_000);
afterAll(async () => {
  await t?.close();
});

interface Slotted {
  id: string;
  dates: string[];
  start: string;
  end: string;
  venue: string;
  trainers: string[];
}

/** Our own check, independent of validatePlan: overlaps, holidays (holiday library) and the Friday prayer window 11:30–13:30. */
function problems(rows: readonly Slotted[]): string[] {
  const out: string[] = [];
  const overlap = (a: Slotted, b: Slotted) => a.dates.some((d) => b.dates.includes(d)) && minutesOf(a.start) < minutesOf(b.end) && minutesOf(b.start) < minutesOf(a.end);
  for (let i = 0; i < rows.length; i++)
    for (let j = i + 1; j < rows.length; j++) {
      const a = rows[i]!;
      const b = rows[j]!;
      if (!overlap(a, b)) continue;
      if (a.venue === b.venue) out.push(`venue ${a.venue} double-booked: ${a.id} ${b.id}`);
      for (const tr of a.trainers) if (b.trainers.includes(tr)) out.push(`trainer ${tr} double-booked: ${a.id} ${b.id}`);
    }
  for (const r of rows)
    for (const d of r.dates) {
      if (thaiPublicHolidays(Number(d.slice(0, 4))).some((h) => h.date === d)) out.push(`${r.id} on holiday ${d}`);
      if (weekdayOf(d) === 5 && minutesOf(r.start) < minutesOf('13:30') && minutesOf('11:30') < minutesOf(r.end)) out.push(`${r.id} in Friday prayer ${d}`);
    }
  return out;
}

async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token = admin): Promise<T> {
  const r = await t.gql<T>(query, variables, { token });
  expect(r.errors).toBeUndefined();
  return r.data as T;
}

const SAVE_VENUE = `mutation($i: SaveVenueInput!) { saveVenue(input: $i) { id } }`;
const SAVE_TRAINER = `mutation($i: SaveTrainerProfileInput!) { saveTrainerProfile(input: $i) { userId } }`;
const SAVE_COHORT = `mutation($i: SaveCohortInput!) { saveCohort(input: $i) { id capacity } }`;
const PROPOSE = `query($i: ScheduleRequestInput!) { proposeSchedule(input: $i) { method sessions { moduleCode dates { date } } unplaced { moduleCode blockers { constraint count of } } } }`;
const APPLY = `mutation($i: ScheduleRequestInput!) { applySchedule(input: $i) { id moduleCode provinceCode } }`;
const ENROL = `mutation($i: EnrolInput!) { enrol(input: $i) { id status waitingPosition } }`;
const WITHDRAW = `mutation($i: EnrolInput!) { withdraw(input: $i) { practitionerId status } }`;

let cohortIds: string[] = [];
let curriculumIds: string[] = [];
let trainerName = '';

type Row = { id: string; dates: string[]; start_time: string; end_time: string; venue_id: string; trainer_ids: string[]; status: string; cohort_id: string };
const allRows = (): Promise<Row[]> => t.ruamsang.dataSource.query('SELECT id, cohort_id, dates, start_time, end_time, venue_id, trainer_ids, status FROM training_session');
const slotted = (rows: readonly Row[]): Slotted[] => rows.map((r) => ({ id: r.id, dates: r.dates, start: r.start_time, end: r.end_time, venue: r.venue_id, trainers: r.trainer_ids }));

describe('the demo schedule', () => {
  it('is made by the scheduler, published, clash-free, and the demo practitioner holds a seat; seeding again changes nothing', async () => {
    // The pilot cohort (held in August 2026, before the window; demo attendance and certificates) is not the scheduler's.
    const [pilot] = await t.ruamsang.dataSource.query<{ id: string }[]>(`SELECT id FROM cohort WHERE name = $1`, [DEMO_PILOT_COHORT]);
    const scheduled = async () => (await allRows()).filter((r) => r.cohort_id !== pilot?.id);
    const rows = await scheduled();
    // 3 cohorts × 5 modules + 2 cohorts × 4 modules, all placed in the demo window.
    expect(rows).toHaveLength(3 * 5 + 2 * 4);
    expect(rows.every((r) => r.status === 'PUBLISHED')).toBe(true);
    expect(rows.every((r) => r.dates.every((d) => d >= DEMO_SCHEDULE_WINDOW.from && d <= DEMO_SCHEDULE_WINDOW.to))).toBe(true);
    expect(problems(slotted(rows))).toEqual([]);
    const practitioner = await t.login('practitioner@demo.ruamsang.org', 'ruamsang-demo');
    const mine = await ok(`{ mySessions { id moduleCode dates { date gregorian buddhist hijri } } myEnrolments { status } }`, {}, practitioner);
    // a seat in the planned cohort and one in the pilot cohort (4 sessions)
    expect(mine.myEnrolments).toEqual([{ status: 'ENROLLED' }, { status: 'ENROLLED' }]);
    expect(mine.mySessions).toHaveLength(5 + 4);
    expect(mine.mySessions[0].dates[0].buddhist).toContain('2569');
    await t.ruamsang.app.get(DemoScheduleSeeder).seed();
    expect(await scheduled()).toEqual(rows);
  });
});

describe('a schedule made by the scheduler across three provinces', () => {
  it('places every session with no double booking, holiday or Friday-prayer clash, and publishes them', async () => {
    const { curricula } = await ok<{ curricula: { id: string; modules: { code: string }[] }[] }>(`{ curricula { id modules { code } } }`);
    curriculumIds = curricula.map((c) => c.id);
    const codes = [...new Set(curricula.flatMap((c) => c.modules.map((m) => m.code)))];
    for (const code of ['94', '95', '96']) for (const n of [1, 2]) await ok(SAVE_VENUE, { i: { provinceCode: code, name: `Test hall ${code}-${n}`, capacity: 40 } });
    const trainer = await t.ruamsang.dataSource.query(`SELECT id, display_name FROM app_user WHERE email = 'trainer@demo.ruamsang.org'`);
    trainerName = trainer[0].display_name;
    const others = [await t.createUser({ role: Role.TRAINER }), await t.createUser({ role: Role.TRAINER }), await t.createUser({ role: Role.TRAINER })];
    await ok(SAVE_TRAINER, { i: { userId: trainer[0].id, homeProvinceCode: '94', moduleCodes: codes } });
    for (const [i, o] of others.entries()) await ok(SAVE_TRAINER, { i: { userId: o.id, homeProvinceCode: ['95', '96', '94'][i], moduleCodes: codes } });
    cohortIds = [];
    for (const [code, curriculum] of [['94', curriculumIds[0]], ['95', curriculumIds[0]], ['96', curriculumIds[1]]] as const)
      cohortIds.push((await ok(SAVE_COHORT, { i: { name: `Cohort ${code}`, curriculumId: curriculum, provinceCode: code, teachingLanguage: 'THAI', capacity: 25 } })).saveCohort.id);

    const request = { cohortIds, from: '2026-12-01', to: '2027-02-26' };
    const first = await ok(PROPOSE, { i: request });
    const again = await ok(PROPOSE, { i: request });
    expect(again).toEqual(first); // deterministic
    expect(first.proposeSchedule.unplaced).toEqual([]);
    const applied = await ok(APPLY, { i: request });
    const expected = curricula[0]!.modules.length * 2 + curricula[1]!.modules.length;
    expect(applied.applySchedule).toHaveLength(expected);
    await ok(`mutation($ids: [ID!]!) { publishSessions(ids: $ids) { id } }`, { ids: applied.applySchedule.map((s: { id: string }) => s.id) });

    const rows = await allRows();
    expect(rows.filter((r) => cohortIds.includes(r.cohort_id))).toHaveLength(expected);
    expect(rows.every((r) => r.status === 'PUBLISHED')).toBe(true);
    // The new plan also keeps clear of the demo schedule already booked.
    expect(problems(slotted(rows))).toEqual([]);
  });

  it('a generated stress case has no double booking, holiday or Friday-prayer clash either', () => {
    const input = generateSchedulingInstance({ seed: 7, sessions: 120, from: '2026-12-01' });
    const result = schedule(input);
    expect(result.assignments.length).toBeGreaterThan(60);
    const rows = result.assignments.map((a: Assignment) => ({ id: a.sessionId, dates: [...a.dates], start: a.start, end: a.end, venue: a.venueId, trainers: [...a.trainerIds] }));
    expect(problems(rows)).toEqual([]);
  });

  it('names the constraint when a request cannot be met', async () => {
    // 10 December 2026 is Constitution Day.
    const fresh = (await ok(SAVE_COHORT, { i: { name: 'Unplanned', curriculumId: curriculumIds[0], provinceCode: '94', teachingLanguage: 'THAI', capacity: 20 } })).saveCohort.id;
    const data = await ok(PROPOSE, { i: { cohortIds: [fresh], from: '2026-12-10', to: '2026-12-11' } });
    expect(data.proposeSchedule.sessions).toEqual([]);
    const constraints = data.proposeSchedule.unplaced.flatMap((u: { blockers: { constraint: string }[] }) => u.blockers.map((b) => b.constraint));
    expect(constraints).toContain('HOLIDAY');
  });

  it('refuses a manual edit onto a public holiday, naming the rule', async () => {
    const [row] = await t.ruamsang.dataSource.query(`SELECT id FROM training_session WHERE cohort_id = $1 ORDER BY dates[1] LIMIT 1`, [cohortIds[0]]);
    const r = await t.gql(`mutation($i: UpdateSessionInput!) { updateSession(input: $i) { id } }`, { i: { id: row.id, startDate: '2026-12-10' } }, { token: admin, lang: 'en' });
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toContain('HOLIDAY');
    // the message carries the scheduler's detail too, not only the field list
    expect(r.errors?.[0]?.message).toContain('(Constitution Day)');
    const [after] = await t.ruamsang.dataSource.query(`SELECT dates FROM training_session WHERE id = $1`, [row.id]);
    expect(after.dates[0]).not.toBe('2026-12-10');
  });

  it('serves the province feed, which parses with ical.js with Asia/Bangkok times and trainer attendees', async () => {
    const res = await fetch(`${t.url}/calendar/province/94.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const events = new ICAL.Component(ICAL.parse(await res.text())).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    const rows: { id: string; dates: string[]; start_time: string; end_time: string }[] = await t.ruamsang.dataSource.query(
      `SELECT s.id, s.dates, s.start_time, s.end_time FROM training_session s JOIN cohort c ON c.id = s.cohort_id WHERE c.province_code = '94' AND s.status = 'PUBLISHED'`,
    );
    expect(events).toHaveLength(rows.reduce((n, r) => n + r.dates.length, 0));
    const row = rows[0]!;
    const event = events.find((e) => e.uid === `session-${row.id}-${row.dates[0]}@ruamsang.org`)!;
    expect(event).toBeDefined();
    // Bangkok is UTC+7 all year: 09:00 local is 02:00 UTC.
    const [h, m] = row.start_time.split(':').map(Number) as [number, number];
    expect(event.startDate.toJSDate().toISOString()).toBe(new Date(Date.UTC(...(row.dates[0]!.split('-').map(Number) as [number, number, number]).map((v, i) => (i === 1 ? v - 1 : v)) as [number, number, number], h - 7, m)).toISOString());
    const all = events.flatMap((e) => e.component.getAllProperties('attendee').map((a) => [a.getParameter('role'), a.getParameter('cn')]));
    expect(all.length).toBeGreaterThan(0);
    expect(all.every(([role]) => role === 'CHAIR')).toBe(true);
    expect(all.map(([, cn]) => cn)).toContain(trainerName);
  });

  it('serves the personal feed only with the right token', async () => {
    const trainer = await t.login('trainer@demo.ruamsang.org', 'ruamsang-demo');
    const { rotateCalendarToken } = await ok(`mutation { rotateCalendarToken { token path } }`, {}, trainer);
    expect((await fetch(`${t.url}/calendar/me.ics?token=wrong-token`)).status).toBe(401);
    expect((await fetch(`${t.url}/calendar/me.ics`)).status).toBe(401);
    const res = await fetch(`${t.url}${rotateCalendarToken.path}`);
    expect(res.status).toBe(200);
    const events = new ICAL.Component(ICAL.parse(await res.text())).getAllSubcomponents('vevent');
    const [{ n }] = await t.ruamsang.dataSource.query(
      `SELECT coalesce(sum(array_length(dates, 1)), 0)::int AS n FROM training_session WHERE status = 'PUBLISHED' AND (SELECT id FROM app_user WHERE email = 'trainer@demo.ruamsang.org') = ANY(trainer_ids)`,
    );
    expect(events).toHaveLength(n);
    // Rotating again retires the old token.
    await ok(`mutation { rotateCalendarToken { token } }`, {}, trainer);
    expect((await fetch(`${t.url}${rotateCalendarToken.path}`)).status).toBe(401);
  });
});

describe('enrolment', () => {
  async function seq(n: number) {
    const out = [];
    for (let i = 0; i < n; i++) out.push(await t.createUser({ role: Role.PRACTITIONER, provinceCode: '94' }));
    return out;
  }
  async function cohort(capacity: number): Promise<string> {
    return (await ok(SAVE_COHORT, { i: { name: `Small ${capacity}-${Math.random()}`, curriculumId: curriculumIds[0], provinceCode: '94', teachingLanguage: 'THAI', capacity } })).saveCohort.id;
  }

  it('puts people beyond capacity on a waiting list and promotes the first when a seat frees; enrolling twice changes nothing', async () => {
    const id = await cohort(2);
    const people = await seq(4);
    const results = [];
    for (const p of people) results.push((await ok(ENROL, { i: { cohortId: id } }, p.token)).enrol);
    expect(results.map((r) => [r.status, r.waitingPosition])).toEqual([
      ['ENROLLED', null],
      ['ENROLLED', null],
      ['WAITING', 1],
      ['WAITING', 2],
    ]);
    const twice = (await ok(ENROL, { i: { cohortId: id } }, people[0]!.token)).enrol;
    expect(twice.id).toBe(results[0].id);
    const { withdraw } = await ok(WITHDRAW, { i: { cohortId: id } }, people[1]!.token);
    expect(withdraw).toEqual({ practitionerId: people[2]!.id, status: 'ENROLLED' });
    const mine = await ok(`{ myEnrolments { cohortId status waitingPosition } }`, {}, people[3]!.token);
    expect(mine.myEnrolments).toEqual([{ cohortId: id, status: 'WAITING', waitingPosition: 1 }]);
    const [{ n }] = await t.ruamsang.dataSource.query(`SELECT count(*)::int AS n FROM enrolment WHERE cohort_id = $1 AND status = 'ENROLLED'`, [id]);
    expect(n).toBe(2);
    const audit = await t.ruamsang.dataSource.query(`SELECT action FROM audit_event WHERE entity = 'enrolment' AND subject_id = $1 ORDER BY at`, [people[2]!.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['CREATE', 'UPDATE']);
  });

  it('never exceeds capacity under concurrent enrolments', async () => {
    const id = await cohort(3);
    const people = await seq(8);
    // Straight into the service, all at once: the cohort row lock is what keeps the count right.
    const service = t.ruamsang.app.get(SchedulingService);
    await Promise.all(people.map((p) => service.enrol({ id: p.id, role: Role.PRACTITIONER, managedProvinceCodes: [] }, { cohortId: id })));
    const rows: { status: string }[] = await t.ruamsang.dataSource.query(`SELECT status FROM enrolment WHERE cohort_id = $1`, [id]);
    expect(rows.filter((r) => r.status === 'ENROLLED')).toHaveLength(3);
    expect(rows.filter((r) => r.status === 'WAITING')).toHaveLength(5);
  });

  it('a practitioner cannot enrol someone else', async () => {
    const id = await cohort(5);
    const [a, b] = await seq(2);
    const r = await t.gql(ENROL, { i: { cohortId: id, practitionerId: b!.id } }, { token: a!.token });
    expect(errorCode(r)).toBe('FORBIDDEN');
  });
});
