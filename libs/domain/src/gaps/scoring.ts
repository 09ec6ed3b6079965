import quantileT from '@stdlib/stats-base-dists-t-quantile';
import { Instrument, scaleOf } from '@ruamsang/shared';

/**
 * A mergeable summary of one competency's ratings in one group: histograms of T and C give
 * exact counts, means, medians and sds; the pairs are needed only for Σ(T−C)² and the share
 * with T − C ≥ 2, which are kept as running totals. This is what `gap_rollup` stores.
 */
export interface GapRollup {
  n: number;
  /** Ratings at levels 1..7 (index 0 = level 1). */
  readonly t: number[];
  readonly c: number[];
  sumD2: number;
  countGap2: number;
}

/** t(0.975, df), remembered: a dashboard asks for the same few degrees of freedom hundreds of times. */
const criticalTs = new Map<number, number>();
function criticalT(df: number): number {
  let value = criticalTs.get(df);
  if (value === undefined) {
    value = quantileT(0.975, df);
    if (criticalTs.size >= 50_000) criticalTs.clear();
    criticalTs.set(df, value);
  }
  return value;
}

export function emptyRollup(): GapRollup {
  return { n: 0, t: [0, 0, 0, 0, 0, 0, 0], c: [0, 0, 0, 0, 0, 0, 0], sumD2: 0, countGap2: 0 };
}

export function addRating(rollup: GapRollup, target: number, current: number, sign: 1 | -1 = 1): GapRollup {
  const gap = target - current;
  rollup.n += sign;
  rollup.t[target - 1] = (rollup.t[target - 1] ?? 0) + sign;
  rollup.c[current - 1] = (rollup.c[current - 1] ?? 0) + sign;
  rollup.sumD2 += sign * gap * gap;
  if (gap >= 2) rollup.countGap2 += sign;
  return rollup;
}

export function rollupOf(ratings: readonly { target: number; current: number }[]): GapRollup {
  return ratings.reduce((r, x) => addRating(r, x.target, x.current), emptyRollup());
}

export interface GapStatistics {
  readonly n: number;
  readonly meanTarget: number | null;
  readonly meanCurrent: number | null;
  readonly medianTarget: number | null;
  readonly medianCurrent: number | null;
  readonly sdTarget: number | null;
  readonly sdCurrent: number | null;
  /** mean(T − C): the Hennessy-Hicks need. Negative (ability above importance) is kept. */
  readonly meanGap: number | null;
  readonly sdGap: number | null;
  readonly negativeGap: boolean;
  /** Borich Mean Weighted Discrepancy Score: mean_i(T_i − C_i) × mean(T). */
  readonly mwds: number | null;
  /** Wongwanich's PNImodified: (mean T − mean C) / mean C. */
  readonly pniModified: number | null;
  readonly shareWithGap2: number | null;
  readonly gapCiLow: number | null;
  readonly gapCiHigh: number | null;
}

const sumBy = (histogram: readonly number[], f: (level: number) => number) => histogram.reduce((sum, count, i) => sum + count * f(i + 1), 0);

/** The median from a histogram; with an even count it is the mean of the two middle levels (e.g. 2.5). */
export function histogramMedian(histogram: readonly number[]): number | null {
  const n = histogram.reduce((a, b) => a + b, 0);
  if (n <= 0) return null;
  const levelAt = (position: number) => {
    let seen = 0;
    for (let i = 0; i < histogram.length; i += 1) {
      seen += histogram[i] ?? 0;
      if (seen > position) return i + 1;
    }
    return histogram.length;
  };
  return n % 2 === 1 ? levelAt((n - 1) / 2) : (levelAt(n / 2 - 1) + levelAt(n / 2)) / 2;
}

/** Sample variance from sums; tiny negatives from floating-point cancellation become 0. */
function sampleVariance(n: number, sum: number, sumSquares: number): number | null {
  if (n < 2) return null;
  return Math.max(0, (sumSquares - (sum * sum) / n) / (n - 1));
}

export function statisticsOf(rollup: GapRollup): GapStatistics {
  const { n } = rollup;
  if (n <= 0) {
    return {
      n: 0,
      meanTarget: null,
      meanCurrent: null,
      medianTarget: null,
      medianCurrent: null,
      sdTarget: null,
      sdCurrent: null,
      meanGap: null,
      sdGap: null,
      negativeGap: false,
      mwds: null,
      pniModified: null,
      shareWithGap2: null,
      gapCiLow: null,
      gapCiHigh: null,
    };
  }
  const sumT = sumBy(rollup.t, (l) => l);
  const sumC = sumBy(rollup.c, (l) => l);
  const meanTarget = sumT / n;
  const meanCurrent = sumC / n;
  const sumD = sumT - sumC;
  const meanGap = sumD / n;
  const varT = sampleVariance(n, sumT, sumBy(rollup.t, (l) => l * l));
  const varC = sampleVariance(n, sumC, sumBy(rollup.c, (l) => l * l));
  const varD = sampleVariance(n, sumD, rollup.sumD2);
  const sdGap = varD === null ? null : Math.sqrt(varD);
  // n = 1 has no spread, so no interval; with sd 0 (all gaps equal) it collapses to the mean.
  const halfWidth = sdGap === null ? null : criticalT(n - 1) * (sdGap / Math.sqrt(n));
  return {
    n,
    meanTarget,
    meanCurrent,
    medianTarget: histogramMedian(rollup.t),
    medianCurrent: histogramMedian(rollup.c),
    sdTarget: varT === null ? null : Math.sqrt(varT),
    sdCurrent: varC === null ? null : Math.sqrt(varC),
    meanGap,
    sdGap,
    negativeGap: meanGap < 0,
    mwds: meanGap * meanTarget,
    // A mean current of 0 cannot happen on a 1-based scale; guard rather than divide by it.
    pniModified: meanCurrent > 0 ? (meanTarget - meanCurrent) / meanCurrent : null,
    shareWithGap2: rollup.countGap2 / n,
    gapCiLow: halfWidth === null ? null : meanGap - halfWidth,
    gapCiHigh: halfWidth === null ? null : meanGap + halfWidth,
  };
}

export type PrimaryIndex = 'mwds' | 'pniModified' | 'meanGap';

/** Which figure ranks the needs: Borich → MWDS, PNI → PNImodified, Hennessy-Hicks → mean gap. */
export function primaryIndexOf(instrument: Instrument): PrimaryIndex {
  switch (instrument) {
    case Instrument.BORICH:
      return 'mwds';
    case Instrument.PNI:
      return 'pniModified';
    case Instrument.HENNESSY_HICKS:
      return 'meanGap';
  }
}

const TIE = 1e-12;

/** Competition ranking, highest first: 1, 2, 2, 4. Values within 1e-12 tie; nulls get no rank. */
export function ranks(values: readonly (number | null)[]): (number | null)[] {
  const order = values
    .map((value, index) => ({ value, index }))
    .filter((x): x is { value: number; index: number } => x.value !== null)
    .sort((a, b) => b.value - a.value);
  const result: (number | null)[] = values.map(() => null);
  order.forEach((entry, position) => {
    const previous = order[position - 1];
    result[entry.index] = previous && Math.abs(previous.value - entry.value) <= TIE ? (result[previous.index] ?? position + 1) : position + 1;
  });
  return result;
}

export type Quadrant = 'HIGH_IMPORTANCE_HIGH_GAP' | 'HIGH_IMPORTANCE_LOW_GAP' | 'LOW_IMPORTANCE_HIGH_GAP' | 'LOW_IMPORTANCE_LOW_GAP';

/** Locus for Focus: importance (mean T) against gap, split at the grand means; equal counts as high. */
export function quadrantOf(importance: number, gap: number, grandImportance: number, grandGap: number): Quadrant {
  const highImportance = importance >= grandImportance - TIE;
  const highGap = gap >= grandGap - TIE;
  if (highImportance) return highGap ? 'HIGH_IMPORTANCE_HIGH_GAP' : 'HIGH_IMPORTANCE_LOW_GAP';
  return highGap ? 'LOW_IMPORTANCE_HIGH_GAP' : 'LOW_IMPORTANCE_LOW_GAP';
}

export interface CompetencyFigures extends GapStatistics {
  readonly competencyCode: string;
  readonly quadrant: Quadrant | null;
  readonly rank: number | null;
}

export interface GroupAnalysis {
  readonly suppressed: boolean;
  readonly figures: CompetencyFigures[];
}

/**
 * The small-cell rule shared by every aggregate the product shows (gap analysis, gap closure,
 * completion dashboards, funnel): a group of fewer than `minGroupSize` people shows no figure.
 */
export function isSuppressed(groupSize: number, minGroupSize: number): boolean {
  return groupSize < minGroupSize;
}

/**
 * Figures for one group's competencies. A group with fewer respondents than `minGroupSize`
 * is suppressed: every figure is null and n is 0, so nothing about a small group can be
 * read back from any screen, export or API answer.
 */
export function analyseGroup(
  instrument: Instrument,
  competencies: readonly { competencyCode: string; rollup: GapRollup }[],
  respondents: number,
  minGroupSize: number,
): GroupAnalysis {
  if (isSuppressed(respondents, minGroupSize)) {
    return {
      suppressed: true,
      figures: competencies.map((c) => ({ ...statisticsOf(emptyRollup()), competencyCode: c.competencyCode, quadrant: null, rank: null })),
    };
  }
  const stats = competencies.map((c) => ({ competencyCode: c.competencyCode, ...statisticsOf(c.rollup) }));
  const rated = stats.filter((s) => s.n > 0);
  const grandImportance = rated.reduce((sum, s) => sum + (s.meanTarget ?? 0), 0) / (rated.length || 1);
  const grandGap = rated.reduce((sum, s) => sum + (s.meanGap ?? 0), 0) / (rated.length || 1);
  const index = primaryIndexOf(instrument);
  const rankOf = ranks(stats.map((s) => s[index]));
  return {
    suppressed: false,
    figures: stats.map((s, i) => ({
      ...s,
      quadrant: s.meanTarget === null || s.meanGap === null ? null : quadrantOf(s.meanTarget, s.meanGap, grandImportance, grandGap),
      rank: rankOf[i] ?? null,
    })),
  };
}

/** Checks a rating is on the instrument's scale (used where rollups are built from raw data). */
export function onScale(instrument: Instrument, value: number): boolean {
  const { min, max } = scaleOf(instrument);
  return Number.isInteger(value) && value >= min && value <= max;
}
