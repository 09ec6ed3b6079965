import { describe, expect, it } from '@jest/globals';
import {
  attendedMinutes,
  completionMoment,
  countsAsAttended,
  DEFAULT_COMPLETION_RULE,
  evaluateCompletion,
  requiredMinutes,
  scheduledMinutes,
  sessionDayMinutes,
  type DayMark,
  type ScheduledSession,
} from './completion-rule.js';
import { certificateCodeFrom, CROCKFORD_ALPHABET, isCertificateCode, normaliseCertificateCode } from './certificate-code.js';

// 100 days × 60 minutes: every day is exactly 1 % of the schedule.
const hundredDays: ScheduledSession = {
  id: 's1',
  dates: Array.from({ length: 100 }, (_, i) => `2027-0${1 + Math.floor(i / 28)}-${String(1 + (i % 28)).padStart(2, '0')}`),
  startTime: '09:00',
  endTime: '10:00',
};
const present = (session: ScheduledSession, n: number, status: DayMark['status'] = 'PRESENT'): DayMark[] =>
  session.dates.slice(0, n).map((sessionDate) => ({ sessionId: session.id, sessionDate, status }));
const rule80 = { minAttendancePercent: 80, requiresPostAssessment: false };

describe('session minutes', () => {
  it('is end − start of one day, and refuses a day that ends before it starts', () => {
    expect(sessionDayMinutes({ startTime: '09:00', endTime: '16:30' })).toBe(450);
    expect(sessionDayMinutes({ startTime: '09:00', endTime: '09:00' })).toBe(0);
    expect(() => sessionDayMinutes({ startTime: '10:00', endTime: '09:00' })).toThrow(RangeError);
  });

  it('sums every day of every session of the cohort', () => {
    const a: ScheduledSession = { id: 'a', dates: ['2027-01-04', '2027-01-05'], startTime: '09:00', endTime: '16:00' }; // 2 × 420
    const b: ScheduledSession = { id: 'b', dates: ['2027-01-11'], startTime: '13:00', endTime: '16:30' }; // 210
    expect(scheduledMinutes([a, b])).toBe(1050);
    expect(scheduledMinutes([])).toBe(0);
    expect(hundredDays.dates).toHaveLength(100);
    expect(new Set(hundredDays.dates).size).toBe(100);
    expect(scheduledMinutes([hundredDays])).toBe(6000);
  });

  it('counts PRESENT and LATE as attended, ABSENT and EXCUSED not', () => {
    expect(['PRESENT', 'LATE', 'ABSENT', 'EXCUSED'].map((s) => countsAsAttended(s as DayMark['status']))).toEqual([true, true, false, false]);
    const a: ScheduledSession = { id: 'a', dates: ['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07'], startTime: '09:00', endTime: '12:00' };
    const marks: DayMark[] = [
      { sessionId: 'a', sessionDate: '2027-01-04', status: 'PRESENT' },
      { sessionId: 'a', sessionDate: '2027-01-05', status: 'LATE' },
      { sessionId: 'a', sessionDate: '2027-01-06', status: 'ABSENT' },
      { sessionId: 'a', sessionDate: '2027-01-07', status: 'EXCUSED' },
    ];
    expect(attendedMinutes([a], marks)).toBe(360);
  });

  it('ignores marks of other sessions, of days the session does not have, and a day given twice', () => {
    const a: ScheduledSession = { id: 'a', dates: ['2027-01-04'], startTime: '09:00', endTime: '12:00' };
    const marks: DayMark[] = [
      { sessionId: 'a', sessionDate: '2027-01-04', status: 'PRESENT' },
      { sessionId: 'a', sessionDate: '2027-01-04', status: 'LATE' },
      { sessionId: 'a', sessionDate: '2027-01-05', status: 'PRESENT' },
      { sessionId: 'other', sessionDate: '2027-01-04', status: 'PRESENT' },
    ];
    expect(attendedMinutes([a], marks)).toBe(180);
  });
});

describe('required minutes', () => {
  it('is ceil(percent × scheduled / 100)', () => {
    expect(requiredMinutes(80, 6000)).toBe(4800);
    expect(requiredMinutes(80, 1050)).toBe(840);
    // 80 % of 421 = 336.8 → 337: a fraction of a minute short is short.
    expect(requiredMinutes(80, 421)).toBe(337);
    // 33 % of 100 = 33 exactly (no floating-point 33.00000000000001 → 34).
    expect(requiredMinutes(33, 100)).toBe(33);
    // 7 % of 700 = 49 exactly; 0.07 × 700 in floating point is 49.00000000000001.
    expect(requiredMinutes(7, 700)).toBe(49);
    expect(requiredMinutes(100, 450)).toBe(450);
    expect(requiredMinutes(1, 1)).toBe(1);
    expect(requiredMinutes(80, 0)).toBe(0);
  });

  it('refuses a percent outside 1–100 or not whole, and negative or fractional minutes', () => {
    for (const p of [0, 101, 79.5, -1, Number.NaN]) expect(() => requiredMinutes(p, 100)).toThrow(RangeError);
    for (const m of [-1, 1.5]) expect(() => requiredMinutes(80, m)).toThrow(RangeError);
  });
});

describe('evaluateCompletion', () => {
  it('79 % is not complete under an 80 % rule; 80 % is', () => {
    const at79 = evaluateCompletion(rule80, [hundredDays], present(hundredDays, 79), false);
    expect(at79).toEqual({ scheduledMinutes: 6000, attendedMinutes: 4740, requiredMinutes: 4800, attendancePercent: 79, postAssessmentSubmitted: false, complete: false });
    const at80 = evaluateCompletion(rule80, [hundredDays], present(hundredDays, 80), false);
    expect(at80).toMatchObject({ attendedMinutes: 4800, requiredMinutes: 4800, attendancePercent: 80, complete: true });
    // LATE counts as attended
    expect(evaluateCompletion(rule80, [hundredDays], present(hundredDays, 80, 'LATE'), false).complete).toBe(true);
    expect(evaluateCompletion(rule80, [hundredDays], present(hundredDays, 100, 'EXCUSED'), false).complete).toBe(false);
  });

  it('rounds the requirement up to a whole minute', () => {
    // 5 days of 84 minutes = 420; 80 % = 336 exactly. Days of 85 (5 × 85 = 425): 80 % = 340.
    const s: ScheduledSession = { id: 'r', dates: ['2027-02-01', '2027-02-02', '2027-02-03', '2027-02-04', '2027-02-05'], startTime: '09:00', endTime: '10:25' };
    const four = evaluateCompletion(rule80, [s], present(s, 4), false);
    expect(four).toMatchObject({ scheduledMinutes: 425, attendedMinutes: 340, requiredMinutes: 340, complete: true });
    // 81 % of 425 = 344.25 → 345 > 340
    expect(evaluateCompletion({ minAttendancePercent: 81, requiresPostAssessment: false }, [s], present(s, 4), false)).toMatchObject({ requiredMinutes: 345, complete: false });
    expect(evaluateCompletion({ minAttendancePercent: 81, requiresPostAssessment: false }, [s], present(s, 5), false).complete).toBe(true);
  });

  it('rounds the shown percent to one decimal', () => {
    const s: ScheduledSession = { id: 'p', dates: ['2027-03-01', '2027-03-02', '2027-03-03'], startTime: '09:00', endTime: '10:00' };
    expect(evaluateCompletion(rule80, [s], present(s, 2), false).attendancePercent).toBe(66.7);
    expect(evaluateCompletion(rule80, [s], present(s, 1), false).attendancePercent).toBe(33.3);
  });

  it('never completes anyone when nothing is scheduled', () => {
    expect(evaluateCompletion(rule80, [], [], true)).toEqual({
      scheduledMinutes: 0,
      attendedMinutes: 0,
      requiredMinutes: 0,
      attendancePercent: 0,
      postAssessmentSubmitted: true,
      complete: false,
    });
    const zero: ScheduledSession = { id: 'z', dates: ['2027-01-04'], startTime: '09:00', endTime: '09:00' };
    expect(evaluateCompletion({ minAttendancePercent: 1, requiresPostAssessment: false }, [zero], present(zero, 1), false).complete).toBe(false);
  });

  it('asks for the post-assessment only when the rule does', () => {
    const withPost = { minAttendancePercent: 80, requiresPostAssessment: true };
    expect(evaluateCompletion(withPost, [hundredDays], present(hundredDays, 90), false).complete).toBe(false);
    expect(evaluateCompletion(withPost, [hundredDays], present(hundredDays, 90), true).complete).toBe(true);
    // the post-assessment does not make up for missing attendance
    expect(evaluateCompletion(withPost, [hundredDays], present(hundredDays, 79), true).complete).toBe(false);
    expect(evaluateCompletion(rule80, [hundredDays], present(hundredDays, 90), false).complete).toBe(true);
  });

  it('defaults to 80 % without a post-assessment', () => {
    expect(DEFAULT_COMPLETION_RULE).toEqual({ minAttendancePercent: 80, requiresPostAssessment: false });
  });

  it('a 100 % rule needs every day', () => {
    const all = { minAttendancePercent: 100, requiresPostAssessment: false };
    expect(evaluateCompletion(all, [hundredDays], present(hundredDays, 99), false).complete).toBe(false);
    expect(evaluateCompletion(all, [hundredDays], present(hundredDays, 100), false).complete).toBe(true);
  });
});

describe('completionMoment', () => {
  // Bangkok is UTC+7 all year: a day ending at 10:00 there ends at 03:00 UTC.
  const endOfDay = (n: number) => new Date(`${hundredDays.dates[n - 1]}T03:00:00.000Z`);
  const later = new Date('2030-01-01T00:00:00Z');

  it('is the end of the day on which the attended minutes reached the required ones', () => {
    expect(completionMoment(rule80, [hundredDays], present(hundredDays, 100), null, later)).toEqual(endOfDay(80));
    expect(completionMoment(rule80, [hundredDays], present(hundredDays, 80), null, later)).toEqual(endOfDay(80));
    expect(completionMoment(rule80, [hundredDays], present(hundredDays, 79), null, later)).toBeNull();
    expect(completionMoment({ minAttendancePercent: 1, requiresPostAssessment: false }, [hundredDays], present(hundredDays, 5), null, later)).toEqual(endOfDay(1));
  });

  it('counts days in date order, whatever order the marks come in, and only attended days', () => {
    const marks = [...present(hundredDays, 81)].reverse();
    marks[80] = { ...marks[80]!, status: 'ABSENT' }; // the first day, absent: the 80th attended day is day 81
    expect(completionMoment(rule80, [hundredDays], marks, null, later)).toEqual(endOfDay(81));
    expect(completionMoment(rule80, [hundredDays], present(hundredDays, 80, 'LATE'), null, later)).toEqual(endOfDay(80));
    expect(completionMoment(rule80, [hundredDays], present(hundredDays, 100, 'EXCUSED'), null, later)).toBeNull();
  });

  it('orders days of different sessions by when they end', () => {
    const morning: ScheduledSession = { id: 'm', dates: ['2027-03-01'], startTime: '08:00', endTime: '12:00' };
    const afternoon: ScheduledSession = { id: 'a', dates: ['2027-03-01'], startTime: '13:00', endTime: '17:00' };
    const marks: DayMark[] = [
      { sessionId: 'a', sessionDate: '2027-03-01', status: 'PRESENT' },
      { sessionId: 'm', sessionDate: '2027-03-01', status: 'PRESENT' },
    ];
    expect(completionMoment({ minAttendancePercent: 50, requiresPostAssessment: false }, [afternoon, morning], marks, null, later)).toEqual(new Date('2027-03-01T05:00:00Z'));
    expect(completionMoment(rule80, [afternoon, morning], marks, null, later)).toEqual(new Date('2027-03-01T10:00:00Z'));
  });

  it('waits for the post-assessment when the rule asks for it', () => {
    const rule = { minAttendancePercent: 80, requiresPostAssessment: true };
    const submitted = new Date('2027-06-01T08:30:00Z');
    expect(completionMoment(rule, [hundredDays], present(hundredDays, 100), null, later)).toBeNull();
    expect(completionMoment(rule, [hundredDays], present(hundredDays, 100), submitted, later)).toEqual(submitted);
    // submitted before the attendance was enough: the attendance decides
    expect(completionMoment(rule, [hundredDays], present(hundredDays, 100), new Date('2027-01-01T00:00:00Z'), later)).toEqual(endOfDay(80));
    // a post-assessment alone completes nothing, nor does a rule without it look at it
    expect(completionMoment(rule, [hundredDays], [], submitted, later)).toBeNull();
    expect(completionMoment(rule80, [hundredDays], present(hundredDays, 100), submitted, later)).toEqual(endOfDay(80));
  });

  it('is never after now: a day marked before it ends', () => {
    const now = new Date(endOfDay(80).getTime() - 60_000);
    expect(completionMoment(rule80, [hundredDays], present(hundredDays, 80), null, now)).toEqual(now);
  });

  it('agrees with evaluateCompletion on whether the rule is met', () => {
    for (const n of [0, 1, 50, 79, 80, 81, 100]) {
      const marks = present(hundredDays, n);
      expect(completionMoment(rule80, [hundredDays], marks, null, later) !== null).toBe(evaluateCompletion(rule80, [hundredDays], marks, false).complete);
    }
    expect(completionMoment(rule80, [], [], null, later)).toBeNull();
  });
});

describe('certificate codes', () => {
  it('encodes the first 50 bits in Crockford base32 after RS-', () => {
    expect(certificateCodeFrom(new Uint8Array(7))).toBe('RS-0000000000');
    expect(certificateCodeFrom(new Uint8Array([255, 255, 255, 255, 255, 255, 255]))).toBe('RS-ZZZZZZZZZZ');
    // 0x08 0x42 … = 00001 00001 00001 …
    expect(certificateCodeFrom(new Uint8Array([0x08, 0x42, 0x10, 0x84, 0x21, 0x08, 0x42]))).toBe('RS-1111111111');
    expect(() => certificateCodeFrom(new Uint8Array(6))).toThrow(RangeError);
  });

  it('spreads over the whole alphabet and recognises its own shape', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 256; i++) {
      const code = certificateCodeFrom(new Uint8Array([i, 255 - i, i * 7, i * 13, i * 31, i, 255 - i].map((b) => b & 255)));
      expect(isCertificateCode(code)).toBe(true);
      for (const c of code.slice(3)) seen.add(c);
    }
    expect([...seen].sort().join('')).toBe([...CROCKFORD_ALPHABET].sort().join(''));
    for (const bad of ['RS-000000000', 'RS-00000000000', 'RS-000000000U', 'rs-0000000000', 'XX-0000000000', '']) expect(isCertificateCode(bad)).toBe(false);
  });

  it('normalises what a person types', () => {
    expect(normaliseCertificateCode(' rs-7q2m9k4x0d ')).toBe('RS-7Q2M9K4X0D');
    expect(normaliseCertificateCode('RS-O1LI000000')).toBe('RS-0111000000');
    expect(normaliseCertificateCode('7Q2M9K4X0D')).toBe('RS-7Q2M9K4X0D');
    expect(normaliseCertificateCode('RS-7Q2M9K4X0U')).toBeNull();
  });
});
