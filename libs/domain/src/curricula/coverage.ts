import { prerequisiteOrder, transitivePrerequisites, type PrerequisiteNode } from './prerequisites.js';

/**
 * Gap coverage: how much of a campaign's prioritised gap weight a set of modules addresses.
 *
 * For each competency c the campaign has a prioritised gap weight w_c ≥ 0 and, from the ALL
 * group of the gap analysis, the mean current rating C_c and mean target rating T_c.
 * A module that targets c at proficiency level L closes
 *     closed(c, L) = min(1, max(0, L − C_c) / (T_c − C_c))
 * of that gap (1 when T_c ≤ C_c: there is nothing left to close, and w_c should then be 0).
 * A set of modules covers, per competency, the best of its modules:
 *     covered_c = max over modules m targeting c of closed(c, L_m,c)   (0 when none targets c)
 * and
 *     gapCoverage = Σ_c w_c × covered_c / Σ_c w_c      (0 when Σ_c w_c = 0).
 * Taking the max, not the sum, means two modules teaching the same competency to the same level
 * do not count twice.
 */
export interface CompetencyGap {
  readonly competencyCode: string;
  /** Prioritised gap weight, ≥ 0 (negative inputs are treated as 0). */
  readonly weight: number;
  readonly meanTarget: number;
  readonly meanCurrent: number;
}

export interface CompetencyTarget {
  readonly competencyCode: string;
  /** Proficiency level the module brings learners to, 1–5. */
  readonly targetLevel: number;
}

export interface CoverageModule extends PrerequisiteNode {
  readonly hours: number;
  readonly competencyTargets: readonly CompetencyTarget[];
}

/** Share of one competency's gap (T − C) that teaching to `level` closes, in [0, 1]. */
export function closedShare(gap: Pick<CompetencyGap, 'meanTarget' | 'meanCurrent'>, level: number): number {
  const span = gap.meanTarget - gap.meanCurrent;
  if (span <= 0) return 1;
  return Math.min(1, Math.max(0, level - gap.meanCurrent) / span);
}

export interface CompetencyCoverage {
  readonly competencyCode: string;
  readonly weight: number;
  /** covered_c in [0, 1] */
  readonly covered: number;
  /** The module giving that coverage (the first in order on a tie); null when none targets c. */
  readonly byModuleCode: string | null;
}

export interface CoverageResult {
  readonly gapCoverage: number;
  readonly totalWeight: number;
  readonly competencies: CompetencyCoverage[];
}

const weightOf = (gap: CompetencyGap) => (Number.isFinite(gap.weight) && gap.weight > 0 ? gap.weight : 0);

export function totalHours(modules: readonly Pick<CoverageModule, 'hours'>[]): number {
  return modules.reduce((sum, m) => sum + m.hours, 0);
}

/** gapCoverage of `modules` against `gaps` (see the definition above), with the per-competency breakdown. */
export function gapCoverage(gaps: readonly CompetencyGap[], modules: readonly CoverageModule[]): CoverageResult {
  let totalWeight = 0;
  let coveredWeight = 0;
  const competencies = gaps.map((gap) => {
    const weight = weightOf(gap);
    let covered = 0;
    let byModuleCode: string | null = null;
    for (const m of modules) {
      for (const t of m.competencyTargets) {
        if (t.competencyCode !== gap.competencyCode) continue;
        const share = closedShare(gap, t.targetLevel);
        if (byModuleCode === null || share > covered) {
          covered = share;
          byModuleCode = m.code;
        }
      }
    }
    totalWeight += weight;
    coveredWeight += weight * covered;
    return { competencyCode: gap.competencyCode, weight, covered, byModuleCode };
  });
  return { gapCoverage: totalWeight > 0 ? coveredWeight / totalWeight : 0, totalWeight, competencies };
}

export interface SuggestionPick {
  readonly moduleCode: string;
  readonly hours: number;
  /** Gap coverage this module adds to what was picked before it (a share of the total weight, 0–1). */
  readonly marginalCoverage: number;
  /** marginalCoverage ÷ hours of the bundle it was picked in. */
  readonly coveragePerHour: number;
  /** Set when the module was added only as a prerequisite of this module. */
  readonly prerequisiteOf: string | null;
  /** 1-based round of the greedy loop in which it was picked (a module and its prerequisites share a round). */
  readonly round: number;
}

export interface Suggestion {
  /** Picked modules in teaching order (prerequisites first). */
  readonly moduleCodes: string[];
  readonly picks: SuggestionPick[];
  readonly totalHours: number;
  readonly gapCoverage: number;
  readonly hoursBudget: number;
  /**
   * GREEDY: repeatedly add the bundle (a module plus its prerequisites not yet picked) with the
   * highest marginal coverage per hour that still fits the budget. BEST_SINGLE: the one bundle
   * covering the most, used when it beats the greedy result (the classic fix that gives greedy
   * budgeted coverage its constant-factor guarantee).
   */
  readonly strategy: 'GREEDY' | 'BEST_SINGLE';
}

const EPSILON = 1e-12;

/**
 * Suggests modules covering the most gap weight per hour within `hoursBudget`, respecting
 * prerequisites: a module is only ever suggested together with all its (transitive)
 * prerequisites, so the bundle's hours and coverage are judged together. Ties are broken by
 * module code so the answer is deterministic. Modules in a prerequisite cycle are never picked.
 */
export function suggestModules(gaps: readonly CompetencyGap[], catalogue: readonly CoverageModule[], hoursBudget: number): Suggestion {
  const byCode = new Map(catalogue.map((m) => [m.code, m]));
  const sorted = [...catalogue].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const bundleOf = (code: string, picked: ReadonlySet<string>): string[] | null => {
    const prerequisites = transitivePrerequisites(code, byCode);
    if (prerequisites.has(code)) return null;
    const missing = [...(byCode.get(code)?.prerequisiteCodes ?? [])].filter((p) => !byCode.has(p));
    if (missing.length > 0) return null; // a prerequisite we cannot teach: never suggest
    for (const p of prerequisites) {
      if ([...(byCode.get(p)?.prerequisiteCodes ?? [])].some((q) => !byCode.has(q))) return null;
    }
    const codes = [...prerequisites, code].filter((c) => !picked.has(c));
    return prerequisiteOrder(codes, byCode);
  };
  const coverageOf = (codes: Iterable<string>) => gapCoverage(gaps, [...codes].map((c) => byCode.get(c) as CoverageModule)).gapCoverage;

  // Greedy by marginal coverage per hour.
  const picked = new Set<string>();
  const picks: SuggestionPick[] = [];
  let hoursUsed = 0;
  let current = 0;
  for (let round = 1; ; round += 1) {
    let best: { code: string; bundle: string[]; hours: number; gain: number; ratio: number } | null = null;
    for (const m of sorted) {
      if (picked.has(m.code)) continue;
      const bundle = bundleOf(m.code, picked);
      if (!bundle) continue;
      const hours = totalHours(bundle.map((c) => byCode.get(c) as CoverageModule));
      if (hours <= 0 || hoursUsed + hours > hoursBudget + EPSILON) continue;
      const gain = coverageOf([...picked, ...bundle]) - current;
      if (gain <= EPSILON) continue;
      const ratio = gain / hours;
      if (!best || ratio > best.ratio + EPSILON) best = { code: m.code, bundle, hours, gain, ratio };
    }
    if (!best) break;
    for (const code of best.bundle) {
      const before = coverageOf(picked);
      picked.add(code);
      const module = byCode.get(code) as CoverageModule;
      picks.push({
        moduleCode: code,
        hours: module.hours,
        marginalCoverage: coverageOf(picked) - before,
        coveragePerHour: best.ratio,
        prerequisiteOf: code === best.code ? null : best.code,
        round,
      });
    }
    hoursUsed += best.hours;
    current = coverageOf(picked);
  }

  // Best single bundle (guards against greedy spending the budget on small cheap wins).
  let single: { code: string; bundle: string[]; hours: number; coverage: number } | null = null;
  for (const m of sorted) {
    const bundle = bundleOf(m.code, new Set());
    if (!bundle) continue;
    const hours = totalHours(bundle.map((c) => byCode.get(c) as CoverageModule));
    if (hours > hoursBudget + EPSILON) continue;
    const coverage = coverageOf(bundle);
    if (!single || coverage > single.coverage + EPSILON) single = { code: m.code, bundle, hours, coverage };
  }

  if (single && single.coverage > current + EPSILON) {
    const singlePicks: SuggestionPick[] = [];
    const so = new Set<string>();
    for (const code of single.bundle) {
      const before = coverageOf(so);
      so.add(code);
      const module = byCode.get(code) as CoverageModule;
      singlePicks.push({
        moduleCode: code,
        hours: module.hours,
        marginalCoverage: coverageOf(so) - before,
        coveragePerHour: single.coverage / single.hours,
        prerequisiteOf: code === single.code ? null : single.code,
        round: 1,
      });
    }
    return { moduleCodes: single.bundle, picks: singlePicks, totalHours: single.hours, gapCoverage: single.coverage, hoursBudget, strategy: 'BEST_SINGLE' };
  }
  const moduleCodes = prerequisiteOrder([...picked], byCode) ?? [...picked];
  return { moduleCodes, picks, totalHours: hoursUsed, gapCoverage: current, hoursBudget, strategy: 'GREEDY' };
}
