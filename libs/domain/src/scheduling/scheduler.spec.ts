import { describe, expect, it } from '@jest/globals';
import { thaiPublicHolidays } from '../calendar/holidays.js';
import { minutesOf, weekdayOf } from '../calendar/local-date.js';
import { defaultCalendarRules } from '../calendar/rules.js';
import { scheduleAuto, scheduleExact } from './exact.js';
import { generateSchedulingInstance } from './generate.js';
import { schedule } from './scheduler.js';
import { type Assignment, type SchedulingInput } from './types.js';
import { validatePlan } from './validate.js';

const AM_PM = [
  { id: 'AM', start: '09:00', end: '12:00' },
  { id: 'PM', start: '13:30', end: '16:30' },
];
// Tuesday 9 and Wednesday 10 June 2026: no holiday, not Ramadan, not Eid.
const TUE = '2026-06-09';
const WED = '2026-06-10';

function clash(a: Assignment, b: Assignment): boolean {
  return a.dates.some((d) => b.dates.includes(d)) && minutesOf(a.start) < minutesOf(b.end) && minutesOf(b.start) < minutesOf(a.end);
}

function twoProvinces(window: { from: string; to: string }, yalaAndSatun = true): SchedulingInput {
  return {
    sessions: [
      { id: 'yala-1', moduleCode: 'AGR-101', cohortId: 'yala', hours: 3 },
      { id: 'other-1', moduleCode: 'AGR-101', cohortId: 'other', hours: 3 },
    ],
    cohorts: [
      { id: 'yala', provinceCode: '95', language: 'th', size: 20 },
      { id: 'other', provinceCode: yalaAndSatun ? '91' : '94', language: 'th', size: 20 },
    ],
    venues: [
      { id: 'v-yala', provinceCode: '95', capacity: 30 },
      { id: 'v-satun', provinceCode: '91', capacity: 30 },
      { id: 'v-pattani', provinceCode: '94', capacity: 30 },
    ],
    trainers: [{ id: 'only', homeProvinceCode: '95', moduleCodes: ['AGR-101'] }],
    window,
    slots: AM_PM,
  };
}

describe('schedule — generated stress cases', () => {
  it.each([11, 22, 33, 44])('seed %i: every hard rule holds, checked independently and by validatePlan', (seed) => {
    const input = generateSchedulingInstance({ seed, sessions: 20, weeks: 5 });
    const result = schedule(input);
    expect(validatePlan(result, input)).toEqual([]);
    expect(result.assignments.length).toBeGreaterThanOrEqual(16);
    expect(result.assignments.length + result.unplaced.length).toBe(20);
    const holidays = new Set([2026, 2027].flatMap((y) => thaiPublicHolidays(y).map((h) => h.date)));
    const cohortOf = new Map(input.sessions.map((s) => [s.id, s.cohortId]));
    const as = result.assignments;
    for (const a of as) {
      for (const d of a.dates) {
        expect(holidays.has(d)).toBe(false);
        // Friday prayer 11:30–13:30: on a Friday a session ends by 11:30 or starts from 13:30.
        if (weekdayOf(d) === 5) expect(minutesOf(a.end) <= minutesOf('11:30') || minutesOf(a.start) >= minutesOf('13:30')).toBe(true);
      }
    }
    for (let i = 0; i < as.length; i++) {
      for (let j = i + 1; j < as.length; j++) {
        const a = as[i]!;
        const b = as[j]!;
        if (!clash(a, b)) continue;
        expect(a.venueId).not.toBe(b.venueId);
        expect(a.trainerIds.filter((t) => b.trainerIds.includes(t))).toEqual([]);
        expect(cohortOf.get(a.sessionId)).not.toBe(cohortOf.get(b.sessionId));
      }
    }
    for (const s of input.sessions) {
      const mine = as.find((a) => a.sessionId === s.id);
      for (const q of s.prerequisiteSessionIds ?? []) {
        if (!mine) continue;
        const pre = as.find((a) => a.sessionId === q);
        expect(pre).toBeDefined();
        const preEnd = `${pre!.dates[pre!.dates.length - 1]} ${pre!.end}`;
        expect(preEnd <= `${mine.dates[0]} ${mine.start}`).toBe(true);
      }
    }
  });

  it('is deterministic: the same input, even listed in another order, gives the identical plan', () => {
    const input = generateSchedulingInstance({ seed: 5, sessions: 20 });
    const first = schedule(input);
    expect(schedule(input)).toEqual(first);
    const shuffled: SchedulingInput = {
      ...input,
      sessions: [...input.sessions].reverse(),
      trainers: [...input.trainers].reverse(),
      venues: [...input.venues].reverse(),
      cohorts: [...input.cohorts].reverse(),
    };
    expect(JSON.stringify(schedule(shuffled))).toBe(JSON.stringify(first));
  });

  it('improves on the first-fit baseline without breaking a rule', () => {
    const input = generateSchedulingInstance({ seed: 8, sessions: 20 });
    const greedy = schedule(input, { method: 'greedy' });
    const heuristic = schedule(input);
    expect(validatePlan(greedy, input)).toEqual([]);
    expect(heuristic.objective.total).toBeLessThanOrEqual(greedy.objective.total);
  });
});

describe('schedule — travel between provinces', () => {
  it('cannot put one trainer in Yala in the morning and Satun in the afternoon (4 h apart)', () => {
    const input = twoProvinces({ from: TUE, to: TUE });
    const result = schedule(input);
    expect(result.assignments).toHaveLength(1);
    expect(result.unplaced).toHaveLength(1);
    const blockers = result.unplaced[0]!.blockers;
    // Two candidate slots (AM, PM): one is taken by the other session's trainer, the other too close to travel.
    expect(blockers.map((b) => b.constraint).sort()).toEqual(['TRAINER_DOUBLE_BOOKED', 'TRAINER_TRAVEL']);
    expect(blockers.find((b) => b.constraint === 'TRAINER_TRAVEL')).toMatchObject({ count: 1, of: 2 });
  });

  it('uses the next day when the window allows, and allows Pattani → Yala (1 h) in one day', () => {
    const twoDays = schedule(twoProvinces({ from: TUE, to: WED }));
    expect(twoDays.unplaced).toEqual([]);
    expect(new Set(twoDays.assignments.map((a) => a.dates[0])).size).toBe(2);
    const nearby = schedule(twoProvinces({ from: TUE, to: TUE }, false));
    expect(nearby.unplaced).toEqual([]);
    expect(nearby.assignments.map((a) => a.slotId).sort()).toEqual(['AM', 'PM']);
  });

  it('honours travel times longer than a night (a custom table: Yala–Satun 30 h)', () => {
    const input: SchedulingInput = { ...twoProvinces({ from: TUE, to: WED }), travel: { defaultHours: 6, hours: { '91': { '95': 30 } } } };
    const result = schedule(input);
    expect(validatePlan(result, input)).toEqual([]);
    expect(result.assignments).toHaveLength(1);
    expect(result.unplaced[0]!.blockers.map((b) => b.constraint)).toContain('TRAINER_TRAVEL');
  });

  it('validatePlan refuses a hand-made Yala-morning, Satun-afternoon day', () => {
    const input = twoProvinces({ from: TUE, to: TUE });
    const plan = {
      assignments: [
        { sessionId: 'yala-1', dates: [TUE], slotId: 'AM', start: '09:00', end: '12:00', venueId: 'v-yala', trainerIds: ['only'] },
        { sessionId: 'other-1', dates: [TUE], slotId: 'PM', start: '13:30', end: '16:30', venueId: 'v-satun', trainerIds: ['only'] },
      ],
    };
    expect(validatePlan(plan, input).map((v) => v.constraint)).toEqual(['TRAINER_TRAVEL']);
  });
});

describe('schedule — prerequisites and multi-day sessions', () => {
  const input: SchedulingInput = {
    sessions: [
      { id: 'c', moduleCode: 'M3', cohortId: 'k', hours: 12, days: 2, prerequisiteSessionIds: ['b'] },
      { id: 'b', moduleCode: 'M2', cohortId: 'k', hours: 6, prerequisiteSessionIds: ['a'], trainersNeeded: 2 },
      { id: 'a', moduleCode: 'M1', cohortId: 'k', hours: 3 },
    ],
    cohorts: [{ id: 'k', provinceCode: '94', language: 'ms', size: 25 }],
    venues: [{ id: 'hall', provinceCode: '94', capacity: 25 }],
    trainers: [
      { id: 't1', homeProvinceCode: '94', moduleCodes: ['M1', 'M2', 'M3'], languages: ['th', 'ms'] },
      { id: 't2', homeProvinceCode: '96', moduleCodes: ['M2'], languages: ['ms'] },
      { id: 't3', homeProvinceCode: '94', moduleCodes: ['M1', 'M2', 'M3'], languages: ['th'] },
    ],
    window: { from: '2026-06-08', to: '2026-06-12' },
  };

  it('places prerequisites first, two trainers where asked, two consecutive full days', () => {
    const result = schedule(input);
    expect(result.unplaced).toEqual([]);
    expect(validatePlan(result, input)).toEqual([]);
    const at = (id: string): Assignment => result.assignments.find((a) => a.sessionId === id)!;
    expect(`${at('a').dates[0]} ${at('a').end}` <= `${at('b').dates[0]} ${at('b').start}`).toBe(true);
    expect(at('b').dates[0]! < at('c').dates[0]!).toBe(true);
    expect(at('b').trainerIds).toEqual(['t1', 't2']); // t3 does not teach in Malay
    expect(at('c').dates).toHaveLength(2);
    expect(at('c').slotId).toBe('FULL');
  });

  it('validatePlan names a dependant placed before its prerequisite', () => {
    const plan = {
      assignments: [
        { sessionId: 'a', dates: ['2026-06-10'], slotId: 'AM', start: '09:00', end: '12:00', venueId: 'hall', trainerIds: ['t1'] },
        { sessionId: 'b', dates: ['2026-06-09'], slotId: 'FULL', start: '09:00', end: '16:30', venueId: 'hall', trainerIds: ['t1', 't2'] },
      ],
    };
    expect(validatePlan(plan, input)).toEqual([{ constraint: 'PREREQUISITE', sessionIds: ['a', 'b'], message: 'session a must end before b starts' }]);
  });
});

describe('schedule — infeasible requests name the constraint', () => {
  const base = twoProvinces({ from: '2026-06-08', to: '2026-06-12' });
  const one: SchedulingInput = { ...base, sessions: [base.sessions[0]!] };

  it('the only trainer is on leave all window', () => {
    const result = schedule({ ...one, trainers: [{ id: 'only', homeProvinceCode: '95', moduleCodes: ['AGR-101'], unavailable: [{ from: '2026-06-01', to: '2026-06-30' }] }] });
    expect(result.assignments).toEqual([]);
    expect(result.unplaced[0]!.blockers).toEqual([
      { constraint: 'TRAINER_UNAVAILABLE', count: 10, of: 10, message: 'TRAINER_UNAVAILABLE: 10 of 10 candidate slots (e.g. 1 trainer(s) needed, 0 of 1 eligible available)' },
      // Friday 12 June, morning slot 09:00–12:00 overlaps prayer 11:30–13:30.
      { constraint: 'FRIDAY_PRAYER', count: 1, of: 10, message: 'FRIDAY_PRAYER on 1 of 10 candidate slots (e.g. 2026-06-12 11:30–13:30)' },
    ]);
  });

  it('the window lies inside a blackout', () => {
    const rules = defaultCalendarRules('95', { blackouts: [{ from: '2026-06-01', to: '2026-06-20', reason: 'rubber tapping peak' }] });
    const result = schedule({ ...one, calendarRules: { '95': rules } });
    expect(result.unplaced[0]!.blockers).toEqual([
      { constraint: 'BLACKOUT', count: 10, of: 10, message: 'BLACKOUT on 10 of 10 candidate slots (e.g. 2026-06-08 rubber tapping peak)' },
      { constraint: 'FRIDAY_PRAYER', count: 1, of: 10, message: 'FRIDAY_PRAYER on 1 of 10 candidate slots (e.g. 2026-06-12 11:30–13:30)' },
    ]);
  });

  it('no venue is big enough, and a holiday takes one of the days', () => {
    // Monday 1 June 2026 is the substitution day for Visakha Bucha (Sunday 31 May), Wednesday 3 June
    // Queen Suthida's Birthday: 2 days × 2 slots.
    const result = schedule({ ...one, window: { from: '2026-06-01', to: '2026-06-05' }, cohorts: [{ id: 'yala', provinceCode: '95', language: 'th', size: 31 }] });
    const blockers = result.unplaced[0]!.blockers;
    expect(blockers[0]).toMatchObject({ constraint: 'VENUE_CAPACITY', count: 10, of: 10 });
    expect(blockers[0]!.message).toContain('no venue in province 95 seats 31');
    expect(blockers[1]).toMatchObject({ constraint: 'HOLIDAY', count: 4, of: 10 });
    expect(blockers[1]!.message).toContain('2026-06-01 Substitution day for Vesak Day');
  });
});

describe('validatePlan', () => {
  const input = twoProvinces({ from: '2026-06-08', to: '2026-06-12' }, false);
  const second: SchedulingInput = { ...input, trainers: [...input.trainers, { id: 'other', homeProvinceCode: '94', moduleCodes: ['AGR-101'] }] };

  it('catches a hand-made double booking of a trainer', () => {
    const plan = {
      assignments: [
        { sessionId: 'yala-1', dates: [TUE], slotId: 'AM', start: '09:00', end: '12:00', venueId: 'v-yala', trainerIds: ['only'] },
        { sessionId: 'other-1', dates: [TUE], slotId: 'X', start: '11:00', end: '14:00', venueId: 'v-pattani', trainerIds: ['only'] },
      ],
    };
    expect(validatePlan(plan, second).map((v) => v.constraint)).toEqual(['TRAINER_DOUBLE_BOOKED']);
  });

  it('catches a venue booked twice, a wrong province, a holiday and Friday prayer', () => {
    const twoInYala: SchedulingInput = { ...second, cohorts: [input.cohorts[0]!, { id: 'other', provinceCode: '95', language: 'th', size: 20 }] };
    const doubled = {
      assignments: [
        { sessionId: 'yala-1', dates: [TUE], slotId: 'AM', start: '09:00', end: '12:00', venueId: 'v-yala', trainerIds: ['only'] },
        { sessionId: 'other-1', dates: [TUE], slotId: 'AM', start: '09:00', end: '12:00', venueId: 'v-yala', trainerIds: ['other'] },
      ],
    };
    expect(validatePlan(doubled, twoInYala).map((v) => v.constraint)).toEqual(['VENUE_DOUBLE_BOOKED']);
    const bad = {
      assignments: [
        { sessionId: 'yala-1', dates: ['2026-06-03'], slotId: 'AM', start: '09:00', end: '12:00', venueId: 'v-pattani', trainerIds: ['only'] },
        { sessionId: 'other-1', dates: ['2026-06-12'], slotId: 'FULL', start: '09:00', end: '16:30', venueId: 'v-pattani', trainerIds: ['other'] },
      ],
    };
    const found = validatePlan(bad, { ...second, window: { from: '2026-06-01', to: '2026-06-12' } });
    // Sessions are checked in id order: other-1 (Friday full day) before yala-1 (holiday, Pattani venue).
    expect(found.map((v) => v.constraint)).toEqual(['FRIDAY_PRAYER', 'HOLIDAY', 'VENUE_WRONG_PROVINCE']);
    expect(found[1]!.message).toContain("Queen Suthida's Birthday");
  });
});

describe('scheduleExact (HiGHS)', () => {
  it('finds an optimum no worse than the heuristic, and the heuristic stays close on a small case', async () => {
    // 8 sessions, two June weeks (no Ramadan): 7 can be placed (one is blocked in its province).
    const input = generateSchedulingInstance({ seed: 4, sessions: 8, weeks: 2, from: '2026-06-01' });
    const exact = await scheduleExact(input);
    const heuristic = schedule(input);
    expect(exact.optimal).toBe(true);
    expect(exact.assignments.length).toBeGreaterThanOrEqual(6);
    expect(validatePlan(exact, input)).toEqual([]);
    expect(exact.objective.total).toBeLessThanOrEqual(heuristic.objective.total + 1e-9);
    expect(heuristic.assignments.length).toBe(exact.assignments.length);
  });

  it('proves the travel case: only one of the Yala/Satun sessions fits in one day, and says why', async () => {
    const exact = await scheduleExact(twoProvinces({ from: TUE, to: TUE }));
    expect(exact.optimal).toBe(true);
    expect(exact.assignments).toHaveLength(1);
    expect(exact.objective.unplaced).toBe(1000);
    expect(exact.unplaced[0]!.blockers.map((b) => b.constraint)).toContain('TRAINER_TRAVEL');
  });

  it('scheduleAuto keeps the better of heuristic and exact, and falls back to the heuristic when too large', async () => {
    const input = generateSchedulingInstance({ seed: 4, sessions: 8, weeks: 2, from: '2026-06-01' });
    const auto = await scheduleAuto(input);
    expect(auto.assignments.length).toBeGreaterThanOrEqual(6);
    expect(auto.method).toBe('exact');
    expect(validatePlan(auto, input)).toEqual([]);
    const big = await scheduleAuto(input, { exactMaxVariables: 1 });
    expect(big).toEqual(schedule(input));
  });
});
