import { bangkokInstant, minutesOf, type ClockTime, type LocalDate } from '../calendar/local-date.js';

/**
 * The completion rule of a curriculum (issue 7): a practitioner completes a cohort's curriculum
 * when the minutes they attended reach `minAttendancePercent` of the minutes scheduled for the
 * cohort's sessions (rounded up to a whole minute), and — when the rule asks for it — they have
 * submitted the post-assessment (a self re-assessment). Completion is computed, never typed in.
 */
export interface CompletionRuleSpec {
  /** 1–100. */
  readonly minAttendancePercent: number;
  readonly requiresPostAssessment: boolean;
}

export const DEFAULT_COMPLETION_RULE: CompletionRuleSpec = { minAttendancePercent: 80, requiresPostAssessment: false };

/** Attendance states; PRESENT and LATE count as attended (the whole day's minutes). */
export type AttendanceState = 'PRESENT' | 'LATE' | 'ABSENT' | 'EXCUSED';

export function countsAsAttended(status: AttendanceState): boolean {
  return status === 'PRESENT' || status === 'LATE';
}

/** A scheduled session: the same hours on each of its days. */
export interface ScheduledSession {
  readonly id: string;
  readonly dates: readonly LocalDate[];
  readonly startTime: ClockTime;
  readonly endTime: ClockTime;
}

/** One day's attendance mark of one practitioner. */
export interface DayMark {
  readonly sessionId: string;
  readonly sessionDate: LocalDate;
  readonly status: AttendanceState;
}

/** Minutes of one session day (end − start); a day that ends before it starts is a data error. */
export function sessionDayMinutes(session: Pick<ScheduledSession, 'startTime' | 'endTime'>): number {
  const minutes = minutesOf(session.endTime) - minutesOf(session.startTime);
  if (minutes < 0) throw new RangeError(`session ends (${session.endTime}) before it starts (${session.startTime})`);
  return minutes;
}

/** Every scheduled minute of the cohort's sessions: each distinct session day counts once. */
export function scheduledMinutes(sessions: readonly ScheduledSession[]): number {
  return sessions.reduce((sum, s) => sum + new Set(s.dates).size * sessionDayMinutes(s), 0);
}

/**
 * The attended session days: each PRESENT/LATE mark on a scheduled day of one of the sessions.
 * Marks for other sessions or for days the session does not have are ignored, and a day counts
 * once even if (wrongly) given twice.
 */
function attendedDays(sessions: readonly ScheduledSession[], marks: readonly DayMark[]): { session: ScheduledSession; date: LocalDate }[] {
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const days = new Map<string, { session: ScheduledSession; date: LocalDate }>();
  for (const mark of marks) {
    const session = byId.get(mark.sessionId);
    if (!session || !session.dates.includes(mark.sessionDate) || !countsAsAttended(mark.status)) continue;
    days.set(`${mark.sessionId}|${mark.sessionDate}`, { session, date: mark.sessionDate });
  }
  return [...days.values()];
}

/** Minutes attended: the day's minutes for each attended session day. */
export function attendedMinutes(sessions: readonly ScheduledSession[], marks: readonly DayMark[]): number {
  return attendedDays(sessions, marks).reduce((sum, day) => sum + sessionDayMinutes(day.session), 0);
}

/** ceil(percent × scheduled / 100), in exact integer arithmetic. */
export function requiredMinutes(minAttendancePercent: number, scheduled: number): number {
  if (!Number.isInteger(minAttendancePercent) || minAttendancePercent < 1 || minAttendancePercent > 100) {
    throw new RangeError(`minAttendancePercent must be an integer 1–100, not ${minAttendancePercent}`);
  }
  if (!Number.isInteger(scheduled) || scheduled < 0) throw new RangeError(`scheduled minutes must be a whole number ≥ 0, not ${scheduled}`);
  return Math.ceil((minAttendancePercent * scheduled) / 100);
}

export interface CompletionEvaluation {
  readonly scheduledMinutes: number;
  readonly attendedMinutes: number;
  readonly requiredMinutes: number;
  /** attended / scheduled × 100, rounded to one decimal; 0 when nothing is scheduled. */
  readonly attendancePercent: number;
  readonly postAssessmentSubmitted: boolean;
  readonly complete: boolean;
}

/**
 * Evaluates the rule for one practitioner in one cohort. Nothing scheduled means nothing to
 * complete: a cohort without session minutes never completes anyone.
 */
export function evaluateCompletion(
  rule: CompletionRuleSpec,
  sessions: readonly ScheduledSession[],
  marks: readonly DayMark[],
  postAssessmentSubmitted: boolean,
): CompletionEvaluation {
  const scheduled = scheduledMinutes(sessions);
  const attended = attendedMinutes(sessions, marks);
  const required = requiredMinutes(rule.minAttendancePercent, scheduled);
  const attendanceOk = scheduled > 0 && attended >= required;
  return {
    scheduledMinutes: scheduled,
    attendedMinutes: attended,
    requiredMinutes: required,
    attendancePercent: scheduled > 0 ? Math.round((attended * 1000) / scheduled) / 10 : 0,
    postAssessmentSubmitted,
    complete: attendanceOk && (!rule.requiresPostAssessment || postAssessmentSubmitted),
  };
}

/**
 * When the rule was first met, for the certificate's date (not when someone happened to compute
 * it): the end of the session day on which the attended minutes, counted in date order, reached
 * the required minutes; or the post-assessment's submission if the rule asks for it and it came
 * later. Never after `now` (a day marked before it ends). Null when the rule is not met.
 */
export function completionMoment(
  rule: CompletionRuleSpec,
  sessions: readonly ScheduledSession[],
  marks: readonly DayMark[],
  postAssessedAt: Date | null,
  now: Date,
): Date | null {
  const scheduled = scheduledMinutes(sessions);
  if (scheduled === 0 || (rule.requiresPostAssessment && !postAssessedAt)) return null;
  const required = requiredMinutes(rule.minAttendancePercent, scheduled);
  const days = attendedDays(sessions, marks).map((d) => ({ end: bangkokInstant(d.date, d.session.endTime), minutes: sessionDayMinutes(d.session) }));
  let sum = 0;
  let reached: Date | null = null;
  for (const day of days.sort((a, b) => a.end.getTime() - b.end.getTime())) {
    sum += day.minutes;
    if (sum >= required) {
      reached = day.end;
      break;
    }
  }
  if (!reached) return null;
  const met = rule.requiresPostAssessment && postAssessedAt && postAssessedAt > reached ? postAssessedAt : reached;
  return met > now ? now : met;
}
