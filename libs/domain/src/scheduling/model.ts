import { type DateRange, daysBetween, inRange, type LocalDate, minutesOf, weekdayOf } from '../calendar/local-date.js';
import { type CalendarRules, defaultCalendarRules } from '../calendar/rules.js';
import { DEFAULT_TRAVEL, travelHours } from './travel.js';
import {
  type CohortInfo,
  type DailySlot,
  DEFAULT_DAILY_SLOTS,
  DEFAULT_WEIGHTS,
  type ObjectiveWeights,
  type SchedulingInput,
  type SessionRequest,
  type TrainerInfo,
  type TravelTable,
  type VenueInfo,
} from './types.js';

/** A fixed day zero for absolute minute counts (any date works; Bangkok has no DST). */
const EPOCH: LocalDate = '2000-01-01';
export const MINUTES_PER_DAY = 1440;

export interface Interval {
  readonly day: number;
  readonly start: number;
  readonly end: number;
}

/** The input, sorted canonically and indexed; everything the rules need to look things up. */
export interface Model {
  readonly input: SchedulingInput;
  readonly sessions: readonly SessionRequest[];
  readonly session: ReadonlyMap<string, SessionRequest>;
  readonly cohort: ReadonlyMap<string, CohortInfo>;
  readonly venue: ReadonlyMap<string, VenueInfo>;
  readonly trainer: ReadonlyMap<string, TrainerInfo>;
  readonly venues: readonly VenueInfo[];
  readonly trainers: readonly TrainerInfo[];
  readonly slots: readonly DailySlot[];
  readonly travel: TravelTable;
  readonly weights: ObjectiveWeights;
  readonly preferredWeekdays: ReadonlySet<number> | null;
  readonly dependants: ReadonlyMap<string, readonly string[]>;
  /** How many days either side a trainer's travel can reach (longest travel time, in days, rounded up). */
  readonly travelReachDays: number;
  /** Trainers counted in load balance: those eligible for at least one session. */
  readonly loadTrainerIds: readonly string[];
  rules(provinceCode: string): CalendarRules;
  eligibleTrainers(session: SessionRequest): readonly TrainerInfo[];
}

const byId = <T extends { readonly id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildModel(input: SchedulingInput): Model {
  const sessions = [...input.sessions].sort(byId);
  const venues = [...input.venues].sort((a, b) => a.capacity - b.capacity || byId(a, b));
  const trainers = [...input.trainers].sort(byId);
  const cohort = new Map(input.cohorts.map((c) => [c.id, c]));
  const trainer = new Map(trainers.map((t) => [t.id, t]));
  const rulesCache = new Map<string, CalendarRules>();
  const rules = (provinceCode: string): CalendarRules => {
    let r = input.calendarRules?.[provinceCode] ?? rulesCache.get(provinceCode);
    if (!r) {
      r = defaultCalendarRules(provinceCode);
      rulesCache.set(provinceCode, r);
    }
    return r;
  };
  const eligibleCache = new Map<string, readonly TrainerInfo[]>();
  const eligibleTrainers = (s: SessionRequest): readonly TrainerInfo[] => {
    const hit = eligibleCache.get(s.id);
    if (hit) return hit;
    const list = s.eligibleTrainerIds
      ? [...new Set(s.eligibleTrainerIds)].sort().flatMap((id) => trainer.get(id) ?? [])
      : trainers.filter((t) => t.moduleCodes?.includes(s.moduleCode));
    eligibleCache.set(s.id, list);
    return list;
  };
  const dependants = new Map<string, string[]>();
  for (const s of sessions) for (const p of s.prerequisiteSessionIds ?? []) dependants.set(p, [...(dependants.get(p) ?? []), s.id]);
  const loadTrainerIds = new Set<string>();
  for (const s of sessions) {
    const c = cohort.get(s.cohortId);
    for (const t of eligibleTrainers(s)) if (!c || speaks(t, c.language)) loadTrainerIds.add(t.id);
  }
  const pref = input.preferences?.preferredWeekdays;
  const travel = input.travel ?? DEFAULT_TRAVEL;
  const longest = Math.max(travel.defaultHours, ...Object.values(travel.hours).flatMap((row) => Object.values(row)));
  return {
    input,
    sessions,
    session: new Map(sessions.map((s) => [s.id, s])),
    cohort,
    venue: new Map(venues.map((v) => [v.id, v])),
    trainer,
    venues,
    trainers,
    slots: [...(input.slots ?? DEFAULT_DAILY_SLOTS)].sort((a, b) => minutesOf(a.start) - minutesOf(b.start) || minutesOf(a.end) - minutesOf(b.end) || byId(a, b)),
    travel,
    travelReachDays: Math.max(1, Math.ceil((longest * 60) / MINUTES_PER_DAY)),
    weights: { ...DEFAULT_WEIGHTS, ...input.weights },
    preferredWeekdays: pref && pref.length > 0 ? new Set(pref) : null,
    dependants,
    loadTrainerIds: [...loadTrainerIds].sort(),
    rules,
    eligibleTrainers,
  };
}

export function speaks(t: TrainerInfo, language: string): boolean {
  return !t.languages || t.languages.includes(language);
}

export function sessionDays(s: SessionRequest): number {
  return Math.max(1, Math.round(s.days ?? 1));
}

export function trainersNeeded(s: SessionRequest): number {
  return Math.max(1, Math.round(s.trainersNeeded ?? 1));
}

/** Minutes of teaching a session needs each day. */
export function minutesPerDay(s: SessionRequest): number {
  return (s.hours * 60) / sessionDays(s);
}

export function dayIndex(date: LocalDate): number {
  return daysBetween(EPOCH, date);
}

export function intervalsOf(dates: readonly LocalDate[], start: string, end: string): Interval[] {
  const s = minutesOf(start);
  const e = minutesOf(end);
  return dates.map((d) => {
    const day = dayIndex(d);
    return { day, start: day * MINUTES_PER_DAY + s, end: day * MINUTES_PER_DAY + e };
  });
}

export function available(what: { readonly availability?: readonly DateRange[]; readonly unavailable?: readonly DateRange[] }, date: LocalDate): boolean {
  if (what.unavailable?.some((r) => inRange(date, r))) return false;
  return !what.availability || what.availability.some((r) => inRange(date, r));
}

export function overlaps(a: readonly Interval[], b: readonly Interval[]): boolean {
  for (const x of a) for (const y of b) if (x.start < y.end && y.start < x.end) return true;
  return false;
}

/** Double booking or too little time to travel between two of one trainer's sessions. */
export function trainerClash(
  travel: TravelTable,
  a: { readonly intervals: readonly Interval[]; readonly provinceCode: string },
  b: { readonly intervals: readonly Interval[]; readonly provinceCode: string },
): 'TRAINER_DOUBLE_BOOKED' | 'TRAINER_TRAVEL' | null {
  if (overlaps(a.intervals, b.intervals)) return 'TRAINER_DOUBLE_BOOKED';
  if (a.provinceCode === b.provinceCode) return null;
  const need = travelHours(travel, a.provinceCode, b.provinceCode) * 60;
  for (const x of a.intervals) {
    for (const y of b.intervals) {
      const gap = x.end <= y.start ? y.start - x.end : x.start - y.end;
      if (gap < need) return 'TRAINER_TRAVEL';
    }
  }
  return null;
}

export function nonPreferredDays(model: Model, dates: readonly LocalDate[]): number {
  const pref = model.preferredWeekdays;
  return pref ? dates.filter((d) => !pref.has(weekdayOf(d))).length : 0;
}
