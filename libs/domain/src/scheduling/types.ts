import { type CalendarRuleCode, type CalendarRules } from '../calendar/rules.js';
import { type ClockTime, type DateRange, type LocalDate } from '../calendar/local-date.js';

/** A daily time slot sessions may use, e.g. morning 09:00–12:00. Asia/Bangkok wall clock. */
export interface DailySlot {
  readonly id: string;
  readonly start: ClockTime;
  readonly end: ClockTime;
}

export const DEFAULT_DAILY_SLOTS: readonly DailySlot[] = [
  { id: 'AM', start: '09:00', end: '12:00' },
  { id: 'PM', start: '13:30', end: '16:30' },
  { id: 'FULL', start: '09:00', end: '16:30' },
];

/** One module taught to one cohort: `days` consecutive days, `hours / days` hours each day. */
export interface SessionRequest {
  readonly id: string;
  readonly moduleCode: string;
  readonly cohortId: string;
  readonly hours: number;
  /** Number of consecutive days (default 1). */
  readonly days?: number;
  /** How many trainers teach it together (default 1). */
  readonly trainersNeeded?: number;
  /** Trainers allowed to teach it; default: every trainer whose moduleCodes include the module. */
  readonly eligibleTrainerIds?: readonly string[];
  /** Sessions of the same cohort that must have ended before this one starts. */
  readonly prerequisiteSessionIds?: readonly string[];
}

export interface CohortInfo {
  readonly id: string;
  readonly provinceCode: string;
  readonly language: string;
  readonly size: number;
}

export interface VenueInfo {
  readonly id: string;
  readonly name?: string;
  readonly provinceCode: string;
  readonly capacity: number;
  /** Date ranges the venue can be booked in; absent = always. */
  readonly availability?: readonly DateRange[];
  /** Date ranges it cannot be booked in (wins over availability). */
  readonly unavailable?: readonly DateRange[];
}

export interface TrainerInfo {
  readonly id: string;
  readonly name?: string;
  readonly homeProvinceCode: string;
  readonly moduleCodes?: readonly string[];
  /** Languages the trainer teaches in; absent = any. */
  readonly languages?: readonly string[];
  readonly availability?: readonly DateRange[];
  readonly unavailable?: readonly DateRange[];
  /** Most teaching hours in the window; absent = no limit. */
  readonly maxLoadHours?: number;
}

/** Hours of travel between provinces, by province code; symmetric; missing pairs = `defaultHours`. */
export interface TravelTable {
  readonly hours: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly defaultHours: number;
}

export interface ObjectiveWeights {
  /** Per session left unplaced (dominates everything else). */
  readonly unplaced: number;
  /** Per hour of travel from a trainer's home province to a session (per trainer, per session). */
  readonly travelHour: number;
  /** Per session day not on a preferred weekday. */
  readonly nonPreferredDay: number;
  /** Per hour of spread between the most and least loaded eligible trainer. */
  readonly loadSpreadHour: number;
}

export const DEFAULT_WEIGHTS: ObjectiveWeights = { unplaced: 1000, travelHour: 1, nonPreferredDay: 2, loadSpreadHour: 0.25 };

export interface SchedulingInput {
  readonly sessions: readonly SessionRequest[];
  readonly cohorts: readonly CohortInfo[];
  readonly venues: readonly VenueInfo[];
  readonly trainers: readonly TrainerInfo[];
  readonly window: DateRange;
  readonly slots?: readonly DailySlot[];
  /** Local calendar by province code; a province without an entry gets defaultCalendarRules. */
  readonly calendarRules?: Readonly<Record<string, CalendarRules>>;
  readonly travel?: TravelTable;
  readonly preferences?: { readonly preferredWeekdays?: readonly number[] };
  readonly weights?: Partial<ObjectiveWeights>;
}

export interface Assignment {
  readonly sessionId: string;
  /** The session's days, first to last (consecutive). */
  readonly dates: readonly LocalDate[];
  readonly slotId: string;
  readonly start: ClockTime;
  readonly end: ClockTime;
  readonly venueId: string;
  readonly trainerIds: readonly string[];
}

export interface Plan {
  readonly assignments: readonly Assignment[];
}

export type HardConstraint =
  | CalendarRuleCode
  | 'OUTSIDE_WINDOW'
  | 'SLOT_TOO_SHORT'
  | 'NO_VENUE_IN_PROVINCE'
  | 'VENUE_WRONG_PROVINCE'
  | 'VENUE_CAPACITY'
  | 'VENUE_UNAVAILABLE'
  | 'VENUE_DOUBLE_BOOKED'
  | 'NO_ELIGIBLE_TRAINER'
  | 'TRAINER_NOT_ELIGIBLE'
  | 'TRAINER_COUNT'
  | 'TRAINER_UNAVAILABLE'
  | 'TRAINER_DOUBLE_BOOKED'
  | 'TRAINER_TRAVEL'
  | 'TRAINER_MAX_LOAD'
  | 'COHORT_DOUBLE_BOOKED'
  | 'PREREQUISITE'
  | 'UNKNOWN_REFERENCE'
  | 'DUPLICATE_ASSIGNMENT'
  | 'MALFORMED_ASSIGNMENT';

export interface PlanViolation {
  readonly constraint: HardConstraint;
  readonly sessionIds: readonly string[];
  readonly message: string;
}

/** Why a session found no place: how many candidate slots (start date × daily slot) each constraint ruled out. */
export interface Blocker {
  readonly constraint: HardConstraint;
  readonly count: number;
  readonly of: number;
  readonly message: string;
}

export interface UnplacedSession {
  readonly sessionId: string;
  readonly blockers: readonly Blocker[];
}

export interface ObjectiveBreakdown {
  readonly total: number;
  readonly unplaced: number;
  readonly travel: number;
  readonly nonPreferredDays: number;
  readonly loadSpread: number;
}

export interface ScheduleResult {
  readonly method: 'heuristic' | 'greedy' | 'exact';
  readonly assignments: readonly Assignment[];
  readonly unplaced: readonly UnplacedSession[];
  readonly objective: ObjectiveBreakdown;
}
