/**
 * Scheduler benchmark: deterministic instances of 50, 200 and 500 sessions across the five southern
 * border provinces; the default heuristic against the first-fit greedy baseline, and against the
 * exact HiGHS optimum on small instances. Writes tests/bench/results/scheduler.json.
 *
 * Node 20.20 cannot run TypeScript directly (no --experimental-strip-types, no tsx in the project),
 * so it runs compiled:
 *   npm run bench:scheduler
 * which is
 *   tsc -p libs/shared/tsconfig.lib.json && tsc -p libs/domain/tsconfig.lib.json \
 *     && tsc -p tests/bench/tsconfig.json && node tests/bench/dist/scheduler.bench.js
 * Target: 200 sessions in ≤ 10 s with zero hard-constraint violations (checked with validatePlan).
 * Timings are printed, never asserted in the test suite.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSchedulingInstance, schedule, scheduleExact, type ScheduleResult, type SchedulingInput, validatePlan } from '@ruamsang/domain';

const SEED = 2026;
const here = dirname(fileURLToPath(import.meta.url));
const resultsPath = join(here, 'results', 'scheduler.json');

interface Run {
  readonly method: string;
  readonly ms: number;
  readonly objective: ScheduleResult['objective'];
  readonly placed: number;
  readonly unplaced: number;
  readonly hardViolations: number;
  readonly optimal?: boolean;
  readonly status?: string;
  readonly unplacedWhy?: ScheduleResult['unplaced'];
}

function timed(input: SchedulingInput, method: 'greedy' | 'heuristic'): Run {
  const t0 = performance.now();
  const r = schedule(input, { method });
  const ms = performance.now() - t0;
  return {
    method,
    ms,
    objective: r.objective,
    placed: r.assignments.length,
    unplaced: r.unplaced.length,
    hardViolations: validatePlan(r, input).length,
    unplacedWhy: r.unplaced,
  };
}

async function exact(input: SchedulingInput, timeLimitSeconds: number): Promise<Run> {
  const t0 = performance.now();
  const r = await scheduleExact(input, { timeLimitSeconds, maxVariables: 200_000 });
  const ms = performance.now() - t0;
  return {
    method: 'exact',
    ms,
    objective: r.objective,
    placed: r.assignments.length,
    unplaced: r.unplaced.length,
    hardViolations: validatePlan(r, input).length,
    optimal: r.optimal,
    status: r.status,
  };
}

const ratio = (a: number, b: number): number => (b === 0 ? (a === 0 ? 1 : Infinity) : a / b);
const fmt = (r: Run): string =>
  `${r.method.padEnd(9)} ${r.ms.toFixed(0).padStart(6)} ms  objective ${r.objective.total.toFixed(2).padStart(9)}  placed ${r.placed}  unplaced ${r.unplaced}  hard violations ${r.hardViolations}${r.status ? `  (${r.status})` : ''}`;

const sizes = [
  { sessions: 50, exactSeconds: 120 },
  { sessions: 200, exactSeconds: 0 },
  { sessions: 500, exactSeconds: 0 },
];
const report: Record<string, unknown>[] = [];
for (const { sessions, exactSeconds } of sizes) {
  const input = generateSchedulingInstance({ seed: SEED, sessions });
  const greedy = timed(input, 'greedy');
  const heuristic = timed(input, 'heuristic');
  const runs = [greedy, heuristic];
  if (exactSeconds > 0) runs.push(await exact(input, exactSeconds));
  console.log(`\n${sessions} sessions, ${input.trainers.length} trainers, ${input.venues.length} venues, window ${input.window.from}–${input.window.to}`);
  for (const r of runs) {
    console.log(
      `  ${fmt(r)}  vs greedy: time ×${ratio(r.ms, greedy.ms).toFixed(2)}, objective ×${ratio(r.objective.total, greedy.objective.total).toFixed(3)}, violations ${r.hardViolations}/${greedy.hardViolations}`,
    );
  }
  for (const u of heuristic.unplacedWhy ?? []) console.log(`  unplaced ${u.sessionId}: ${u.blockers.map((b) => b.message).join('; ')}`);
  report.push({
    sessions,
    trainers: input.trainers.length,
    venues: input.venues.length,
    window: input.window,
    runs: runs.map((r) => ({ ...r, timeVsGreedy: ratio(r.ms, greedy.ms), objectiveVsGreedy: ratio(r.objective.total, greedy.objective.total) })),
    meetsTarget: sessions !== 200 || (heuristic.ms <= 10_000 && heuristic.hardViolations === 0),
  });
}

// How close the heuristic comes to the proven optimum on small instances.
console.log('\nHeuristic vs exact optimum (HiGHS) on small instances:');
const small: Record<string, unknown>[] = [];
for (const seed of [1, 2, 3, 4, 5]) {
  const input = generateSchedulingInstance({ seed, sessions: 20, weeks: 3 });
  const heuristic = timed(input, 'heuristic');
  const opt = await exact(input, 60);
  const gap = ratio(heuristic.objective.total - opt.objective.total, opt.objective.total);
  console.log(
    `  seed ${seed}: heuristic ${heuristic.objective.total.toFixed(2)} in ${heuristic.ms.toFixed(0)} ms, exact ${opt.objective.total.toFixed(2)} in ${opt.ms.toFixed(0)} ms (${opt.status}), gap ${(gap * 100).toFixed(2)}%, violations ${heuristic.hardViolations}/${opt.hardViolations}`,
  );
  small.push({ seed, sessions: 20, heuristic, exact: opt, relativeGap: gap });
}

mkdirSync(dirname(resultsPath), { recursive: true });
writeFileSync(resultsPath, `${JSON.stringify({ seed: SEED, node: process.version, generatedAt: new Date().toISOString(), sizes: report, smallVsExact: small }, null, 2)}\n`);
console.log(`\nwrote ${resultsPath}`);
