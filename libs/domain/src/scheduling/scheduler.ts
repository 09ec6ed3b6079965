import { addDays, datesInRange, type LocalDate, minutesOf } from '../calendar/local-date.js';
import { type CalendarRuleCode, checkSlot } from '../calendar/rules.js';
import { travelHours } from './travel.js';
import {
  available,
  buildModel,
  type Interval,
  intervalsOf,
  minutesPerDay,
  type Model,
  nonPreferredDays,
  overlaps,
  sessionDays,
  speaks,
  trainerClash,
  trainersNeeded,
} from './model.js';
import {
  type Assignment,
  type Blocker,
  type CohortInfo,
  type DailySlot,
  type HardConstraint,
  type ObjectiveBreakdown,
  type ScheduleResult,
  type SchedulingInput,
  type SessionRequest,
  type TrainerInfo,
  type UnplacedSession,
  type VenueInfo,
} from './types.js';
import { objectiveOf } from './validate.js';

/** A start date × daily slot for one session, with what the static rules say about it. */
export interface Candidate {
  readonly dates: readonly LocalDate[];
  readonly slot: DailySlot;
  readonly intervals: readonly Interval[];
  readonly start: number;
  readonly end: number;
  /** Static reasons it cannot be used (calendar, slot length, no venue/trainer at all that day). */
  readonly blocked: ReadonlyMap<HardConstraint, string>;
  /** Venues in the province, big enough and available every day (smallest first). */
  readonly venues: readonly VenueInfo[];
  /** Eligible trainers available every day. */
  readonly trainers: readonly TrainerInfo[];
  readonly nonPreferredDays: number;
}

export interface PreparedSession {
  readonly session: SessionRequest;
  readonly cohort: CohortInfo | undefined;
  readonly hours: number;
  readonly k: number;
  readonly all: readonly Candidate[];
  readonly usable: readonly Candidate[];
}

const calendarCaches = new WeakMap<Model, Map<string, ReturnType<typeof checkSlot>>>();
function calendarCacheOf(model: Model): Map<string, ReturnType<typeof checkSlot>> {
  let cache = calendarCaches.get(model);
  if (!cache) calendarCaches.set(model, (cache = new Map<string, ReturnType<typeof checkSlot>>()));
  return cache;
}

/** Enumerate every candidate start for a session and apply the rules that do not depend on other sessions. */
export function prepareSession(model: Model, s: SessionRequest): PreparedSession {
  const cohort = model.cohort.get(s.cohortId);
  const k = trainersNeeded(s);
  const days = sessionDays(s);
  const { window } = model.input;
  const all: Candidate[] = [];
  if (!cohort) return { session: s, cohort, hours: s.hours, k, all, usable: [] };
  const rules = model.rules(cohort.provinceCode);
  const inProvince = model.venues.filter((v) => v.provinceCode === cohort.provinceCode);
  const bigEnough = inProvince.filter((v) => v.capacity >= cohort.size);
  const eligible = model.eligibleTrainers(s);
  const speaking = eligible.filter((t) => speaks(t, cohort.language));
  const calendarCache = calendarCacheOf(model);
  const lastStart = addDays(window.to, -(days - 1));
  for (const first of window.from <= lastStart ? datesInRange(window.from, lastStart) : []) {
    const dates = Array.from({ length: days }, (_, i) => addDays(first, i));
    for (const slot of model.slots) {
      const blocked = new Map<HardConstraint, string>();
      if (minutesOf(slot.end) - minutesOf(slot.start) + 1e-9 < minutesPerDay(s)) blocked.set('SLOT_TOO_SHORT', `${slot.id} ${slot.start}–${slot.end}`);
      for (const d of dates) {
        const key = `${cohort.provinceCode}|${d}|${slot.start}|${slot.end}`;
        let vs = calendarCache.get(key);
        if (!vs) {
          vs = checkSlot({ date: d, start: slot.start, end: slot.end }, rules);
          calendarCache.set(key, vs);
        }
        for (const v of vs) if (!blocked.has(v.rule)) blocked.set(v.rule, `${d} ${v.detail}`);
      }
      const venues = bigEnough.filter((v) => dates.every((d) => available(v, d)));
      if (inProvince.length === 0) blocked.set('NO_VENUE_IN_PROVINCE', `no venue in province ${cohort.provinceCode}`);
      else if (bigEnough.length === 0) blocked.set('VENUE_CAPACITY', `no venue in province ${cohort.provinceCode} seats ${cohort.size}`);
      else if (venues.length === 0) blocked.set('VENUE_UNAVAILABLE', `no venue seating ${cohort.size} is available`);
      const trainers = speaking.filter((t) => dates.every((d) => available(t, d)));
      if (eligible.length === 0) blocked.set('NO_ELIGIBLE_TRAINER', `nobody may teach ${s.moduleCode}`);
      else if (speaking.length < k) blocked.set('TRAINER_NOT_ELIGIBLE', `fewer than ${k} eligible trainer(s) teach in ${cohort.language}`);
      else if (trainers.length < k) blocked.set('TRAINER_UNAVAILABLE', `${k} trainer(s) needed, ${trainers.length} of ${speaking.length} eligible available`);
      const intervals = intervalsOf(dates, slot.start, slot.end);
      all.push({
        dates,
        slot,
        intervals,
        start: intervals[0]!.start,
        end: intervals[intervals.length - 1]!.end,
        blocked,
        venues,
        trainers,
        nonPreferredDays: nonPreferredDays(model, dates),
      });
    }
  }
  return { session: s, cohort, hours: s.hours, k, all, usable: all.filter((c) => c.blocked.size === 0) };
}

interface Placement {
  readonly sessionId: string;
  readonly cohortId: string;
  readonly provinceCode: string;
  readonly hours: number;
  readonly cand: Candidate;
  readonly venueId: string;
  readonly trainerIds: readonly string[];
  readonly intervals: readonly Interval[];
}

type Buckets = Map<string, Map<number, Placement[]>>;

function bucketAdd(b: Buckets, key: string, p: Placement): void {
  let m = b.get(key);
  if (!m) b.set(key, (m = new Map<number, Placement[]>()));
  for (const i of p.intervals) {
    const list = m.get(i.day);
    if (list) list.push(p);
    else m.set(i.day, [p]);
  }
}

function bucketRemove(b: Buckets, key: string, p: Placement): void {
  const m = b.get(key);
  if (!m) return;
  for (const i of p.intervals) {
    const list = m.get(i.day);
    if (list) m.set(i.day, list.filter((x) => x !== p));
  }
}

function bucketGet(b: Buckets, key: string, day: number): readonly Placement[] {
  return b.get(key)?.get(day) ?? [];
}

/** The sessions placed so far, indexed by trainer, venue and cohort per day. */
class State {
  readonly placement = new Map<string, Placement>();
  readonly load = new Map<string, number>();
  private readonly byTrainer: Buckets = new Map();
  private readonly byVenue: Buckets = new Map();
  private readonly byCohort: Buckets = new Map();

  constructor(private readonly model: Model) {}

  add(p: Placement): void {
    this.placement.set(p.sessionId, p);
    bucketAdd(this.byVenue, p.venueId, p);
    bucketAdd(this.byCohort, p.cohortId, p);
    for (const t of p.trainerIds) {
      bucketAdd(this.byTrainer, t, p);
      this.load.set(t, (this.load.get(t) ?? 0) + p.hours);
    }
  }

  remove(p: Placement): void {
    this.placement.delete(p.sessionId);
    bucketRemove(this.byVenue, p.venueId, p);
    bucketRemove(this.byCohort, p.cohortId, p);
    for (const t of p.trainerIds) {
      bucketRemove(this.byTrainer, t, p);
      this.load.set(t, (this.load.get(t) ?? 0) - p.hours);
    }
  }

  private busy(b: Buckets, key: string, intervals: readonly Interval[]): boolean {
    return intervals.some((i) => bucketGet(b, key, i.day).some((p) => overlaps(p.intervals, intervals)));
  }

  venueBusy(venueId: string, c: Candidate): boolean {
    return this.busy(this.byVenue, venueId, c.intervals);
  }

  cohortBusy(cohortId: string, c: Candidate): boolean {
    return this.busy(this.byCohort, cohortId, c.intervals);
  }

  /** Why a trainer cannot take a candidate (null when free). Looks as many days either side as travel can reach. */
  trainerBlock(t: TrainerInfo, c: Candidate, provinceCode: string, hours: number): 'TRAINER_DOUBLE_BOOKED' | 'TRAINER_TRAVEL' | 'TRAINER_MAX_LOAD' | null {
    if (t.maxLoadHours !== undefined && (this.load.get(t.id) ?? 0) + hours > t.maxLoadHours + 1e-9) return 'TRAINER_MAX_LOAD';
    const seen = new Set<Placement>();
    const me = { intervals: c.intervals, provinceCode };
    let travel = false;
    for (const i of c.intervals) {
      for (let d = i.day - this.model.travelReachDays; d <= i.day + this.model.travelReachDays; d++) {
        for (const p of bucketGet(this.byTrainer, t.id, d)) {
          if (seen.has(p)) continue;
          seen.add(p);
          const clash = trainerClash(this.model.travel, me, p);
          if (clash === 'TRAINER_DOUBLE_BOOKED') return clash;
          if (clash) travel = true;
        }
      }
    }
    return travel ? 'TRAINER_TRAVEL' : null;
  }

  /** Prerequisites placed and finished before the candidate starts; placed dependants start after it ends. */
  orderOk(s: SessionRequest, c: Candidate): boolean {
    for (const q of s.prerequisiteSessionIds ?? []) {
      const p = this.placement.get(q);
      if (!p || p.cand.end > c.start) return false;
    }
    for (const d of this.model.dependants.get(s.id) ?? []) {
      const p = this.placement.get(d);
      if (p && c.end > p.cand.start) return false;
    }
    return true;
  }
}

interface Choice {
  readonly placement: Placement;
  readonly cost: number;
}

type Mode = 'greedy' | 'best';

/**
 * The best (or, in greedy mode, the first) feasible placement for a session given the others.
 * Cost = the session's share of the objective: trainers' travel, non-preferred days, and the
 * trainer load spread after adding it.
 */
function choose(model: Model, state: State, prep: PreparedSession, mode: Mode): Choice | null {
  const { session: s, cohort, k, hours } = prep;
  if (!cohort) return null;
  const w = model.weights;
  const travelCost = (t: TrainerInfo): number => travelHours(model.travel, t.homeProvinceCode, cohort.provinceCode) * w.travelHour;
  const spreadCache = new Map<string, number>();
  const spreadWith = (ids: readonly string[]): number => {
    const key = ids.join('|');
    const hit = spreadCache.get(key);
    if (hit !== undefined) return hit;
    let max = -Infinity;
    let min = Infinity;
    for (const t of model.loadTrainerIds) {
      const l = (state.load.get(t) ?? 0) + (ids.includes(t) ? hours : 0);
      if (l > max) max = l;
      if (l < min) min = l;
    }
    const v = model.loadTrainerIds.length ? (max - min) * w.loadSpreadHour : 0;
    spreadCache.set(key, v);
    return v;
  };
  let best: Choice | null = null;
  for (const c of prep.usable) {
    if (!state.orderOk(s, c) || state.cohortBusy(cohort.id, c)) continue;
    const venue = c.venues.find((v) => !state.venueBusy(v.id, c));
    if (!venue) continue;
    const free = c.trainers.filter((t) => state.trainerBlock(t, c, cohort.provinceCode, hours) === null);
    if (free.length < k) continue;
    // Trainer teams to weigh: first fit takes the first k; otherwise every single trainer when one
    // is needed (travel against load spread), or the k cheapest by travel then load.
    const teams: (readonly TrainerInfo[])[] =
      mode === 'greedy'
        ? [free.slice(0, k)]
        : k === 1
          ? free.map((t) => [t])
          : [[...free].sort((a, b) => travelCost(a) - travelCost(b) || (state.load.get(a.id) ?? 0) - (state.load.get(b.id) ?? 0) || (a.id < b.id ? -1 : 1)).slice(0, k)];
    for (const team of teams) {
      const trainerIds = team.map((t) => t.id).sort();
      const cost = team.reduce((sum, t) => sum + travelCost(t), 0) + c.nonPreferredDays * w.nonPreferredDay + spreadWith(trainerIds);
      if (!best || cost < best.cost - 1e-9) {
        best = {
          cost,
          placement: { sessionId: s.id, cohortId: cohort.id, provinceCode: cohort.provinceCode, hours, cand: c, venueId: venue.id, trainerIds, intervals: c.intervals },
        };
      }
    }
    if (mode === 'greedy' && best) break;
  }
  return best;
}

/** The cost `choose` would give an existing placement (for local-search comparisons). */
function costOf(model: Model, state: State, p: Placement): number {
  const w = model.weights;
  let cost = p.cand.nonPreferredDays * w.nonPreferredDay;
  for (const id of p.trainerIds) {
    const t = model.trainer.get(id);
    if (t) cost += travelHours(model.travel, t.homeProvinceCode, p.provinceCode) * w.travelHour;
  }
  let max = -Infinity;
  let min = Infinity;
  for (const t of model.loadTrainerIds) {
    const l = (state.load.get(t) ?? 0) + (p.trainerIds.includes(t) ? p.hours : 0);
    max = Math.max(max, l);
    min = Math.min(min, l);
  }
  return cost + (model.loadTrainerIds.length ? (max - min) * w.loadSpreadHour : 0);
}

/** Prerequisites first; among the ready, the most constrained (fewest usable candidates) first. */
function placementOrder(model: Model, preps: ReadonlyMap<string, PreparedSession>): string[] {
  const remaining = new Set(model.sessions.map((s) => s.id));
  const order: string[] = [];
  const score = (id: string): [number, number] => {
    const p = preps.get(id);
    return [p?.usable.length ?? 0, -(p?.hours ?? 0)];
  };
  while (remaining.size) {
    let pick: string | null = null;
    for (const id of remaining) {
      const s = model.session.get(id);
      const ready = (s?.prerequisiteSessionIds ?? []).every((q) => !remaining.has(q) || !model.session.has(q));
      if (!ready) continue;
      if (pick === null) {
        pick = id;
        continue;
      }
      const [a1, a2] = score(id);
      const [b1, b2] = score(pick);
      if (a1 < b1 || (a1 === b1 && (a2 < b2 || (a2 === b2 && id < pick)))) pick = id;
    }
    // A prerequisite cycle: take the smallest id so the loop ends; validate reports it.
    pick ??= [...remaining].sort()[0]!;
    remaining.delete(pick);
    order.push(pick);
  }
  return order;
}

export interface ScheduleOptions {
  /** 'heuristic' (default): greedy construction then local search; 'greedy': first fit only (the baseline). */
  readonly method?: 'heuristic' | 'greedy';
  /** Local-search passes over all sessions (default 4); the search stops early when a pass improves nothing. */
  readonly passes?: number;
}

/**
 * Propose a plan. Deterministic: the same input gives the same output (no randomness, canonical
 * order). The heuristic builds two starts — cheapest placement first, and first fit (which tends
 * to place more) — improves each by local search (move one session to its best other place,
 * retry unplaced ones, until a pass improves nothing) and keeps the better by the objective.
 */
export function schedule(input: SchedulingInput, options: ScheduleOptions = {}): ScheduleResult {
  const model = buildModel(input);
  const method = options.method ?? 'heuristic';
  const preps = new Map(model.sessions.map((s) => [s.id, prepareSession(model, s)]));
  const order = placementOrder(model, preps);
  const run = (construct: Mode, improve: boolean): { state: State; assignments: Assignment[]; objective: ObjectiveBreakdown } => {
    const state = new State(model);
    for (const id of order) {
      const choice = choose(model, state, preps.get(id)!, construct);
      if (choice) state.add(choice.placement);
    }
    if (improve) localSearch(model, state, preps, order, options.passes ?? 4);
    // Whatever became placeable last still gets its chance (so an unplaced session is truly blocked).
    for (const id of order) {
      if (state.placement.has(id)) continue;
      const choice = choose(model, state, preps.get(id)!, construct);
      if (choice) state.add(choice.placement);
    }
    const assignments = [...state.placement.values()].map(toAssignment).sort((a, b) => (a.sessionId < b.sessionId ? -1 : 1));
    return { state, assignments, objective: objectiveOf(assignments, model) };
  };
  let best = method === 'greedy' ? run('greedy', false) : run('best', true);
  if (method === 'heuristic') {
    const other = run('greedy', true);
    if (other.objective.total < best.objective.total - 1e-9) best = other;
  }
  const unplaced = model.sessions.filter((s) => !best.state.placement.has(s.id)).map((s) => explain(model, best.state, preps.get(s.id)!));
  return { method, assignments: best.assignments, unplaced, objective: best.objective };
}

function localSearch(model: Model, state: State, preps: ReadonlyMap<string, PreparedSession>, order: readonly string[], passes: number): void {
  for (let pass = 0; pass < passes; pass++) {
    let improved = false;
    for (const id of order) {
      const prep = preps.get(id)!;
      const current = state.placement.get(id);
      if (current) {
        state.remove(current);
        const before = costOf(model, state, current);
        const choice = choose(model, state, prep, 'best');
        if (choice && choice.cost < before - 1e-9) {
          state.add(choice.placement);
          improved = true;
        } else state.add(current);
      } else {
        const choice = choose(model, state, prep, 'best');
        if (choice) {
          state.add(choice.placement);
          improved = true;
        }
      }
    }
    if (!improved && !pairMoves(model, state, preps, order)) break;
  }
}

/** Travel and non-preferred days of one placement (its own share of the objective, spread aside). */
function ownCost(model: Model, p: Placement): number {
  let cost = p.cand.nonPreferredDays * model.weights.nonPreferredDay;
  for (const id of p.trainerIds) {
    const t = model.trainer.get(id);
    if (t) cost += travelHours(model.travel, t.homeProvinceCode, p.provinceCode) * model.weights.travelHour;
  }
  return cost;
}

function spreadOf(model: Model, state: State): number {
  if (!model.loadTrainerIds.length) return 0;
  const loads = model.loadTrainerIds.map((t) => state.load.get(t) ?? 0);
  return (Math.max(...loads) - Math.min(...loads)) * model.weights.loadSpreadHour;
}

/** The lowest own cost a session could have on its usable candidates, ignoring the others. */
function lowerBound(model: Model, prep: PreparedSession): number {
  const cohort = prep.cohort;
  if (!cohort) return 0;
  let best = Infinity;
  for (const c of prep.usable) {
    const travel = c.trainers
      .map((t) => travelHours(model.travel, t.homeProvinceCode, cohort.provinceCode) * model.weights.travelHour)
      .sort((a, b) => a - b)
      .slice(0, prep.k)
      .reduce((x, y) => x + y, 0);
    best = Math.min(best, travel + c.nonPreferredDays * model.weights.nonPreferredDay);
  }
  return best;
}

/**
 * A two-session move: for a session above its lower bound, take it and one neighbour (same cohort
 * or a shared trainer) out, put the session back at its best, then the neighbour; keep the change
 * when the objective falls and both are placed. Returns whether anything improved.
 */
function pairMoves(model: Model, state: State, preps: ReadonlyMap<string, PreparedSession>, order: readonly string[]): boolean {
  let improved = false;
  const bounds = new Map<string, number>();
  for (const id of order) {
    const p = state.placement.get(id);
    if (!p) continue;
    let bound = bounds.get(id);
    if (bound === undefined) bounds.set(id, (bound = lowerBound(model, preps.get(id)!)));
    if (ownCost(model, p) <= bound + 1e-9) continue;
    const neighbours = [...state.placement.values()]
      .filter((q) => q.sessionId !== id && (q.cohortId === p.cohortId || q.trainerIds.some((t) => p.trainerIds.includes(t))))
      .sort((a, b) => (a.sessionId < b.sessionId ? -1 : 1));
    for (const q of neighbours) {
      const mine = state.placement.get(id);
      if (!mine || !state.placement.has(q.sessionId)) break;
      const before = ownCost(model, mine) + ownCost(model, q) + spreadOf(model, state);
      state.remove(mine);
      state.remove(q);
      const a = choose(model, state, preps.get(id)!, 'best');
      if (a) state.add(a.placement);
      const b = a ? choose(model, state, preps.get(q.sessionId)!, 'best') : null;
      if (a && b) {
        state.add(b.placement);
        const after = ownCost(model, a.placement) + ownCost(model, b.placement) + spreadOf(model, state);
        if (after < before - 1e-9) {
          improved = true;
          if (ownCost(model, a.placement) <= bound + 1e-9) break;
          continue;
        }
        state.remove(b.placement);
      }
      if (a) state.remove(a.placement);
      state.add(q);
      state.add(mine);
    }
  }
  return improved;
}

/**
 * Why each session missing from a set of assignments could not be placed, counted over its
 * candidate slots against the placed ones (used for plans from the exact model too).
 */
export function explainUnplaced(model: Model, assignments: readonly Assignment[]): UnplacedSession[] {
  const state = new State(model);
  const preps = new Map(model.sessions.map((s) => [s.id, prepareSession(model, s)]));
  for (const a of assignments) {
    const prep = preps.get(a.sessionId);
    const cand = prep?.all.find((c) => c.dates[0] === a.dates[0] && c.slot.id === a.slotId);
    if (!prep?.cohort || !cand) continue;
    state.add({
      sessionId: a.sessionId,
      cohortId: prep.cohort.id,
      provinceCode: prep.cohort.provinceCode,
      hours: prep.hours,
      cand,
      venueId: a.venueId,
      trainerIds: a.trainerIds,
      intervals: cand.intervals,
    });
  }
  return model.sessions.filter((s) => !state.placement.has(s.id)).map((s) => explain(model, state, preps.get(s.id)!));
}

function toAssignment(p: Placement): Assignment {
  return { sessionId: p.sessionId, dates: p.cand.dates, slotId: p.cand.slot.id, start: p.cand.slot.start, end: p.cand.slot.end, venueId: p.venueId, trainerIds: p.trainerIds };
}

const CALENDAR_CODES: readonly CalendarRuleCode[] = ['HOLIDAY', 'NON_WORKING_DAY', 'FRIDAY_PRAYER', 'RAMADAN', 'EID', 'BLACKOUT'];

/** Count, over every candidate start of an unplaced session, which constraints ruled each one out. */
function explain(model: Model, state: State, prep: PreparedSession): UnplacedSession {
  const { session: s, cohort, k, hours } = prep;
  if (!cohort) return { sessionId: s.id, blockers: [{ constraint: 'UNKNOWN_REFERENCE', count: 0, of: 0, message: `cohort ${s.cohortId} is not in the input` }] };
  const counts = new Map<HardConstraint, { count: number; example: string }>();
  const hit = (code: HardConstraint, example: string): void => {
    const e = counts.get(code);
    if (e) e.count++;
    else counts.set(code, { count: 1, example });
  };
  for (const c of prep.all) {
    const when = `${c.dates[0]} ${c.slot.id}`;
    for (const [code, detail] of c.blocked) hit(code, detail);
    if (c.blocked.size) continue;
    if (!state.orderOk(s, c)) hit('PREREQUISITE', when);
    if (state.cohortBusy(cohort.id, c)) hit('COHORT_DOUBLE_BOOKED', when);
    if (c.venues.every((v) => state.venueBusy(v.id, c))) hit('VENUE_DOUBLE_BOOKED', `${when}: every venue seating ${cohort.size} in ${cohort.provinceCode} is booked`);
    const blocks = c.trainers.map((t) => state.trainerBlock(t, c, cohort.provinceCode, hours));
    if (blocks.filter((b) => b === null).length < k) for (const b of new Set(blocks)) if (b) hit(b, when);
  }
  const of = prep.all.length;
  const describe = (code: HardConstraint, count: number, example: string): string => {
    const base = CALENDAR_CODES.includes(code as CalendarRuleCode) ? `${code} on ${count} of ${of} candidate slots` : `${code}: ${count} of ${of} candidate slots`;
    return `${base} (e.g. ${example})`;
  };
  const blockers: Blocker[] = [...counts]
    .map(([constraint, { count, example }]) => ({ constraint, count, of, message: describe(constraint, count, example) }))
    .sort((a, b) => b.count - a.count || (a.constraint < b.constraint ? -1 : 1));
  if (of === 0) blockers.push({ constraint: 'OUTSIDE_WINDOW', count: 0, of: 0, message: `the window ${model.input.window.from}–${model.input.window.to} is shorter than ${sessionDays(s)} day(s)` });
  return { sessionId: s.id, blockers };
}

