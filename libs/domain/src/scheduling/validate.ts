import { addDays, minutesOf } from '../calendar/local-date.js';
import { checkSlot } from '../calendar/rules.js';
import { travelHours } from './travel.js';
import {
  available,
  buildModel,
  intervalsOf,
  type Interval,
  minutesPerDay,
  type Model,
  nonPreferredDays,
  overlaps,
  sessionDays,
  speaks,
  trainerClash,
  trainersNeeded,
} from './model.js';
import { type Assignment, type ObjectiveBreakdown, type Plan, type PlanViolation, type SchedulingInput } from './types.js';

interface Placed {
  readonly a: Assignment;
  readonly provinceCode: string;
  readonly cohortId: string;
  readonly intervals: readonly Interval[];
}

/**
 * Every hard rule a plan breaks — for the scheduler's own proposals and for manual edits alike.
 * Empty when the plan may be published. Sessions missing from the plan are not violations.
 */
export function validatePlan(plan: Plan, input: SchedulingInput): PlanViolation[] {
  return validateWithModel(plan, buildModel(input));
}

export function validateWithModel(plan: Plan, model: Model): PlanViolation[] {
  const out: PlanViolation[] = [];
  const add = (constraint: PlanViolation['constraint'], sessionIds: readonly string[], message: string): void => {
    out.push({ constraint, sessionIds, message });
  };
  const placed: Placed[] = [];
  const seen = new Set<string>();
  const { window } = model.input;
  for (const a of [...plan.assignments].sort((x, y) => (x.sessionId < y.sessionId ? -1 : x.sessionId > y.sessionId ? 1 : 0))) {
    const id = a.sessionId;
    const s = model.session.get(id);
    if (!s) {
      add('UNKNOWN_REFERENCE', [id], `session ${id} is not in the input`);
      continue;
    }
    if (seen.has(id)) {
      add('DUPLICATE_ASSIGNMENT', [id], `session ${id} is placed more than once`);
      continue;
    }
    seen.add(id);
    const cohort = model.cohort.get(s.cohortId);
    const venue = model.venue.get(a.venueId);
    if (!cohort) {
      add('UNKNOWN_REFERENCE', [id], `cohort ${s.cohortId} of session ${id} is not in the input`);
      continue;
    }
    if (!venue) add('UNKNOWN_REFERENCE', [id], `venue ${a.venueId} is not in the input`);
    const days = sessionDays(s);
    let malformed = a.dates.length !== days;
    try {
      if (minutesOf(a.end) <= minutesOf(a.start)) malformed = true;
      a.dates.forEach((d, i) => {
        if (i > 0 && d !== addDays(a.dates[i - 1] ?? d, 1)) malformed = true;
      });
    } catch {
      malformed = true;
    }
    if (malformed) {
      add('MALFORMED_ASSIGNMENT', [id], `session ${id} needs ${days} consecutive day(s) with an end after its start`);
      continue;
    }
    if (minutesOf(a.end) - minutesOf(a.start) + 1e-9 < minutesPerDay(s))
      add('SLOT_TOO_SHORT', [id], `session ${id} needs ${minutesPerDay(s)} minutes a day; ${a.start}–${a.end} is shorter`);
    const outside = a.dates.filter((d) => d < window.from || d > window.to);
    if (outside.length) add('OUTSIDE_WINDOW', [id], `session ${id} on ${outside.join(', ')} is outside ${window.from}–${window.to}`);
    const rules = model.rules(cohort.provinceCode);
    for (const d of a.dates) {
      for (const v of checkSlot({ date: d, start: a.start, end: a.end }, rules)) add(v.rule, [id], `session ${id} on ${d}: ${v.rule} (${v.detail})`);
    }
    if (venue) {
      if (venue.provinceCode !== cohort.provinceCode)
        add('VENUE_WRONG_PROVINCE', [id], `venue ${venue.id} is in province ${venue.provinceCode}, cohort ${cohort.id} in ${cohort.provinceCode}`);
      if (venue.capacity < cohort.size) add('VENUE_CAPACITY', [id], `venue ${venue.id} seats ${venue.capacity}, cohort ${cohort.id} has ${cohort.size}`);
      const off = a.dates.filter((d) => !available(venue, d));
      if (off.length) add('VENUE_UNAVAILABLE', [id], `venue ${venue.id} is not available on ${off.join(', ')}`);
    }
    const trainerIds = [...new Set(a.trainerIds)];
    if (trainerIds.length !== trainersNeeded(s)) add('TRAINER_COUNT', [id], `session ${id} needs ${trainersNeeded(s)} trainer(s), has ${trainerIds.length}`);
    const eligible = new Set(model.eligibleTrainers(s).map((t) => t.id));
    for (const tid of trainerIds) {
      const t = model.trainer.get(tid);
      if (!t) {
        add('UNKNOWN_REFERENCE', [id], `trainer ${tid} is not in the input`);
        continue;
      }
      if (!eligible.has(tid) || !speaks(t, cohort.language))
        add('TRAINER_NOT_ELIGIBLE', [id], `trainer ${tid} may not teach ${s.moduleCode} in ${cohort.language}`);
      const off = a.dates.filter((d) => !available(t, d));
      if (off.length) add('TRAINER_UNAVAILABLE', [id], `trainer ${tid} is not available on ${off.join(', ')}`);
    }
    placed.push({ a, provinceCode: cohort.provinceCode, cohortId: cohort.id, intervals: intervalsOf(a.dates, a.start, a.end) });
  }
  const bySession = new Map(placed.map((p) => [p.a.sessionId, p]));
  for (const p of placed) {
    const s = model.session.get(p.a.sessionId);
    for (const q of s?.prerequisiteSessionIds ?? []) {
      const pre = bySession.get(q);
      const first = p.intervals[0];
      const last = pre?.intervals[pre.intervals.length - 1];
      if (!pre || !first || !last || last.end > first.start)
        add('PREREQUISITE', [q, p.a.sessionId], `session ${q} must end before ${p.a.sessionId} starts${pre ? '' : ' (it is not placed)'}`);
    }
  }
  // Pairwise resource clashes.
  const load = new Map<string, number>();
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i]!;
    const hours = model.session.get(p.a.sessionId)?.hours ?? 0;
    for (const t of new Set(p.a.trainerIds)) load.set(t, (load.get(t) ?? 0) + hours);
    for (let j = i + 1; j < placed.length; j++) {
      const q = placed[j]!;
      const ids = [p.a.sessionId, q.a.sessionId];
      const ov = overlaps(p.intervals, q.intervals);
      if (ov && p.a.venueId === q.a.venueId) add('VENUE_DOUBLE_BOOKED', ids, `venue ${p.a.venueId} holds ${ids.join(' and ')} at the same time`);
      if (ov && p.cohortId === q.cohortId) add('COHORT_DOUBLE_BOOKED', ids, `cohort ${p.cohortId} would attend ${ids.join(' and ')} at the same time`);
      for (const t of new Set(p.a.trainerIds)) {
        if (!q.a.trainerIds.includes(t)) continue;
        const clash = trainerClash(model.travel, p, q);
        if (clash === 'TRAINER_DOUBLE_BOOKED') add(clash, ids, `trainer ${t} teaches ${ids.join(' and ')} at the same time`);
        else if (clash === 'TRAINER_TRAVEL')
          add(clash, ids, `trainer ${t} cannot travel between provinces ${p.provinceCode} and ${q.provinceCode} (${travelHours(model.travel, p.provinceCode, q.provinceCode)} h) between ${ids.join(' and ')}`);
      }
    }
  }
  for (const [t, hours] of [...load].sort()) {
    const max = model.trainer.get(t)?.maxLoadHours;
    if (max !== undefined && hours > max + 1e-9) add('TRAINER_MAX_LOAD', [], `trainer ${t} would teach ${hours} h, more than ${max} h`);
  }
  return out;
}

/** The objective (lower is better) of a set of assignments; same definition the exact model minimises. */
export function objectiveOf(assignments: readonly Assignment[], model: Model): ObjectiveBreakdown {
  const w = model.weights;
  const placedIds = new Set(assignments.map((a) => a.sessionId));
  const unplaced = model.sessions.filter((s) => !placedIds.has(s.id)).length * w.unplaced;
  let travel = 0;
  let nonPref = 0;
  const load = new Map<string, number>(model.loadTrainerIds.map((t) => [t, 0]));
  for (const a of assignments) {
    const s = model.session.get(a.sessionId);
    const c = s && model.cohort.get(s.cohortId);
    if (!s || !c) continue;
    for (const tid of a.trainerIds) {
      const t = model.trainer.get(tid);
      if (t) travel += travelHours(model.travel, t.homeProvinceCode, c.provinceCode) * w.travelHour;
      if (load.has(tid)) load.set(tid, (load.get(tid) ?? 0) + s.hours);
    }
    nonPref += nonPreferredDays(model, a.dates) * w.nonPreferredDay;
  }
  const loads = [...load.values()];
  const loadSpread = loads.length ? (Math.max(...loads) - Math.min(...loads)) * w.loadSpreadHour : 0;
  return { total: unplaced + travel + nonPref + loadSpread, unplaced, travel, nonPreferredDays: nonPref, loadSpread };
}
