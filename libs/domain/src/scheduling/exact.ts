import type { Highs, InitOptions } from 'highs';
import { travelHours } from './travel.js';
import { buildModel, type Interval, trainerClash } from './model.js';
import { type Candidate, explainUnplaced, prepareSession, type PreparedSession, schedule } from './scheduler.js';
import { type Assignment, type ScheduleResult, type SchedulingInput } from './types.js';
import { objectiveOf } from './validate.js';

// highs ships CommonJS-style typings for an ESM build: the ESM default export is the loader itself,
// the typings call it `.default`. Accept either shape. Loaded on first use (a dynamic import), so
// importing the domain library does not load the solver.
type Loader = (options?: InitOptions) => Promise<Highs>;
type HighsInstance = Highs;
let highsPromise: Promise<HighsInstance> | null = null;
/** HiGHS (WebAssembly build from npm `highs`), loaded once per process. */
function highs(): Promise<HighsInstance> {
  highsPromise ??= import('highs').then((mod) => {
    const exported = mod.default as unknown as Loader | { default: Loader };
    return (typeof exported === 'function' ? exported : exported.default)();
  });
  return highsPromise;
}

interface Var {
  readonly name: string;
  readonly prep: PreparedSession;
  readonly cand: Candidate;
  readonly venueId: string;
  readonly trainerId: string;
  readonly provinceCode: string;
  readonly cost: number;
}

export interface ExactOptions {
  /** Refuse models bigger than this many placement variables (default 40 000). */
  readonly maxVariables?: number;
  /** HiGHS time limit in seconds (default 60). A time-limited result is marked `optimal: false`. */
  readonly timeLimitSeconds?: number;
}

export interface ExactResult extends ScheduleResult {
  readonly optimal: boolean;
  readonly status: string;
  readonly variables: number;
  readonly rows: number;
}

/**
 * The exact optimum of the same problem the heuristic solves, as a 0-1 MIP solved by HiGHS:
 * one binary per (session, start, slot, venue, trainer) that passes the static rules, one
 * "unplaced" binary per session, clique rows per trainer/venue/cohort and time point (intervals
 * meeting pairwise share a point), rows forbidding pairs of a trainer's sessions too close to
 * travel between, prerequisite rows, max-load rows, and L ≥ load ≥ M for the load spread.
 * For small and medium instances with one trainer per session.
 */
export async function scheduleExact(input: SchedulingInput, options: ExactOptions = {}): Promise<ExactResult> {
  const model = buildModel(input);
  const preps = model.sessions.map((s) => prepareSession(model, s));
  if (preps.some((p) => p.k !== 1)) throw new Error('scheduleExact supports one trainer per session');
  const w = model.weights;
  const vars: Var[] = [];
  for (const prep of preps) {
    const cohort = prep.cohort;
    if (!cohort) continue;
    for (const cand of prep.usable) {
      for (const v of cand.venues) {
        for (const t of cand.trainers) {
          const cost = travelHours(model.travel, t.homeProvinceCode, cohort.provinceCode) * w.travelHour + cand.nonPreferredDays * w.nonPreferredDay;
          vars.push({ name: `x${vars.length}`, prep, cand, venueId: v.id, trainerId: t.id, provinceCode: cohort.provinceCode, cost });
        }
      }
    }
  }
  const maxVariables = options.maxVariables ?? 40_000;
  if (vars.length > maxVariables) throw new Error(`exact model too large: ${vars.length} variables (limit ${maxVariables})`);
  const rows: string[] = [];
  const row = (terms: readonly string[], rel: string): void => {
    if (terms.length) rows.push(` r${rows.length}: ${chunk(terms)} ${rel}`);
  };
  const varsOf = new Map<string, Var[]>();
  for (const v of vars) push(varsOf, v.prep.session.id, v);
  // Each session placed once or counted unplaced.
  preps.forEach((p, i) => row([...(varsOf.get(p.session.id) ?? []).map((v) => `+ ${v.name}`), `+ u${i}`], '= 1'));
  // Resource cliques per day and time point.
  const users = new Map<string, { v: Var; i: Interval }[]>();
  for (const v of vars) {
    for (const i of v.cand.intervals) {
      for (const key of [`t:${v.trainerId}`, `v:${v.venueId}`, `c:${v.prep.cohort?.id ?? ''}`]) push(users, `${key}|${i.day}`, { v, i });
    }
  }
  for (const key of [...users.keys()].sort()) {
    const list = users.get(key)!;
    const points = [...new Set(list.map((x) => x.i.start))].sort((a, b) => a - b);
    const seen = new Set<string>();
    for (const p of points) {
      const terms = [...new Set(list.filter((x) => x.i.start <= p && p < x.i.end).map((x) => x.v.name))];
      const sig = terms.join(',');
      if (terms.length > 1 && !seen.has(sig)) {
        seen.add(sig);
        row(terms.map((n) => `+ ${n}`), '<= 1');
      }
    }
  }
  // Travel: a trainer's two sessions in different provinces too close together.
  const groups = new Map<string, { trainerId: string; provinceCode: string; cand: Candidate; names: string[] }>();
  for (const v of vars) {
    const key = `${v.trainerId}|${v.provinceCode}|${v.cand.start}|${v.cand.end}|${v.cand.dates.length}`;
    const g = groups.get(key);
    if (g) g.names.push(v.name);
    else groups.set(key, { trainerId: v.trainerId, provinceCode: v.provinceCode, cand: v.cand, names: [v.name] });
  }
  const byTrainer = new Map<string, { trainerId: string; provinceCode: string; cand: Candidate; names: string[] }[]>();
  for (const g of groups.values()) push(byTrainer, g.trainerId, g);
  const reach = (model.travelReachDays + 1) * 1440;
  for (const list of byTrainer.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const ga = list[a]!;
        const gb = list[b]!;
        if (ga.provinceCode === gb.provinceCode || ga.cand.end + reach < gb.cand.start || gb.cand.end + reach < ga.cand.start) continue;
        const clash = trainerClash(model.travel, { intervals: ga.cand.intervals, provinceCode: ga.provinceCode }, { intervals: gb.cand.intervals, provinceCode: gb.provinceCode });
        if (clash === 'TRAINER_TRAVEL') row([...ga.names, ...gb.names].map((n) => `+ ${n}`), '<= 1');
      }
    }
  }
  // Prerequisites: a dependant starting at σ needs each prerequisite placed and ended by σ.
  for (const prep of preps) {
    const mine = varsOf.get(prep.session.id) ?? [];
    for (const q of prep.session.prerequisiteSessionIds ?? []) {
      const theirs = varsOf.get(q) ?? [];
      const starts = [...new Set(mine.map((v) => v.cand.start))].sort((a, b) => a - b);
      for (const sigma of starts) {
        row([...mine.filter((v) => v.cand.start === sigma).map((v) => `+ ${v.name}`), ...theirs.filter((v) => v.cand.end <= sigma).map((v) => `- ${v.name}`)], '<= 0');
      }
    }
  }
  // Trainer load: the maximum, and the spread's L and M.
  const loadTerms = new Map<string, string[]>();
  for (const v of vars) push(loadTerms, v.trainerId, `+ ${v.prep.hours} ${v.name}`);
  for (const t of model.trainers) {
    if (t.maxLoadHours !== undefined) row(loadTerms.get(t.id) ?? [], `<= ${t.maxLoadHours}`);
  }
  const spread = model.loadTrainerIds.length > 0 && w.loadSpreadHour > 0;
  if (spread) {
    for (const t of model.loadTrainerIds) {
      const terms = loadTerms.get(t) ?? [];
      rows.push(` r${rows.length}: ${chunk([...terms, '- L'])} <= 0`);
      rows.push(` r${rows.length}: ${chunk([...terms, '- M'])} >= 0`);
    }
  }
  const objective = [
    ...vars.filter((v) => v.cost !== 0).map((v) => `+ ${v.cost} ${v.name}`),
    ...preps.map((_, i) => `+ ${w.unplaced} u${i}`),
    ...(spread ? [`+ ${w.loadSpreadHour} L`, `- ${w.loadSpreadHour} M`] : []),
  ];
  const binaries = [...vars.map((v) => v.name), ...preps.map((_, i) => `u${i}`)];
  const lp = ['Minimize', ` obj: ${chunk(objective.length ? objective : ['0 u0'])}`, 'Subject To', ...rows, 'Bounds', ...(spread ? [' L >= 0', ' M >= 0'] : []), 'Binary', chunk(binaries), 'End'].join('\n');
  const solver = await highs();
  const result = solver.solve(lp, { output_flag: false, time_limit: options.timeLimitSeconds ?? 60, mip_rel_gap: 0, random_seed: 0, threads: 1 });
  const status = result.Status;
  const hasSolution = status === 'Optimal' || status === 'Time limit reached';
  const assignments: Assignment[] = [];
  if (hasSolution) {
    for (const v of vars) {
      const col = result.Columns[v.name] as { Primal?: number } | undefined;
      if ((col?.Primal ?? 0) > 0.5) {
        const c = v.cand;
        assignments.push({ sessionId: v.prep.session.id, dates: c.dates, slotId: c.slot.id, start: c.slot.start, end: c.slot.end, venueId: v.venueId, trainerIds: [v.trainerId] });
      }
    }
  }
  assignments.sort((a, b) => (a.sessionId < b.sessionId ? -1 : 1));
  return {
    method: 'exact',
    optimal: status === 'Optimal',
    status,
    variables: vars.length,
    rows: rows.length,
    assignments,
    unplaced: explainUnplaced(model, assignments),
    objective: objectiveOf(assignments, model),
  };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/** LP-format lines stay short: ten terms a line. */
function chunk(terms: readonly string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < terms.length; i += 10) lines.push(terms.slice(i, i + 10).join(' '));
  return lines.join('\n   ');
}


export interface AutoOptions extends ExactOptions {
  /** Use the exact model up to this many placement variables (default 20 000). */
  readonly exactMaxVariables?: number;
}

/**
 * The heuristic, then — when the instance is small enough and has one trainer per session — the
 * exact HiGHS model with a time limit; whichever plan has the lower objective (the exact one on
 * a tie). Deterministic for the same input (HiGHS runs single-threaded with a fixed seed), except
 * that a time-limited exact solve may stop at a different incumbent on a slower machine.
 */
export async function scheduleAuto(input: SchedulingInput, options: AutoOptions = {}): Promise<ScheduleResult> {
  const heuristic = schedule(input);
  if (input.sessions.some((s) => (s.trainersNeeded ?? 1) > 1)) return heuristic;
  try {
    const exact = await scheduleExact(input, { ...options, maxVariables: options.exactMaxVariables ?? 20_000 });
    return exact.objective.total <= heuristic.objective.total + 1e-9 ? exact : heuristic;
  } catch (e) {
    if (e instanceof Error && e.message.startsWith('exact model too large')) return heuristic;
    throw e;
  }
}
