import { scaleLinear } from '@visx/scale';
import type { GapAnalysisQuery } from '../../gql/graphql.js';

export type Analysis = GapAnalysisQuery['gapAnalysis'];
export type Group = Analysis['groups'][number];
export type Figure = Group['figures'][number];
export type PrimaryIndex = 'mwds' | 'pniModified' | 'meanGap';

/** The campaign's primary index as the API names it (BORICH → mwds, PNI → pniModified, HENNESSY_HICKS → meanGap). */
export function primaryIndexOf(analysis: Pick<Analysis, 'primaryIndex'> | undefined): PrimaryIndex {
  return analysis?.primaryIndex === 'pniModified' ? 'pniModified' : analysis?.primaryIndex === 'meanGap' ? 'meanGap' : 'mwds';
}

/** Decimals the screen shows; the XLSX number formats use the same (libs/domain gap-table). */
export const DECIMALS: Record<PrimaryIndex, number> = { mwds: 3, pniModified: 3, meanGap: 2 };

export function valueOf(figure: Figure, index: PrimaryIndex): number | null {
  return figure[index] ?? null;
}

/** Competencies by rank (ties keep framework order), unranked last. */
export function byRank(figures: readonly Figure[]): Figure[] {
  return figures
    .map((figure, position) => ({ figure, position }))
    .sort((a, b) => (a.figure.rank ?? Number.POSITIVE_INFINITY) - (b.figure.rank ?? Number.POSITIVE_INFINITY) || a.position - b.position)
    .map((x) => x.figure);
}

/** Grand means of importance and gap over a group's rated competencies: the Locus-for-Focus split. */
export function grandMeans(figures: readonly Figure[]): { importance: number; gap: number } | null {
  const rated = figures.filter((f) => f.meanTarget !== null && f.meanTarget !== undefined && f.meanGap !== null && f.meanGap !== undefined);
  if (rated.length === 0) return null;
  return {
    importance: rated.reduce((s, f) => s + (f.meanTarget ?? 0), 0) / rated.length,
    gap: rated.reduce((s, f) => s + (f.meanGap ?? 0), 0) / rated.length,
  };
}

export interface ColourScale {
  colour(value: number): string;
  readonly min: number;
  readonly max: number;
  /** Stops for a CSS gradient legend. */
  readonly stops: string[];
}

const NEED = ['#fff3e0', '#f4a259', '#b23a1c'];
const DIVERGING = ['#2f6fa8', '#f5f5f5', '#b23a1c'];

/**
 * Colour for the primary index: light to dark orange-red as the need grows; when some values
 * are negative (ability above importance) they run to blue through a neutral zero.
 */
export function colourScale(values: readonly number[]): ColourScale | null {
  if (values.length === 0) return null;
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (min === max) {
    min -= 0.5;
    max += 0.5;
  }
  const [domain, range] =
    min >= 0 ? [[min, (min + max) / 2, max], NEED] : max <= 0 ? [[min, max], [DIVERGING[0], DIVERGING[1]]] : [[min, 0, max], DIVERGING];
  const scale = scaleLinear<string>({ domain, range: range as string[] });
  const stops = [0, 0.25, 0.5, 0.75, 1].map((p) => scale(min + (max - min) * p));
  return { colour: (v) => scale(v), min, max, stops };
}

/** Ink or white text, whichever contrasts more with an `rgb(r, g, b)` or `#rrggbb` background. */
export function textColourOn(background: string): string {
  const rgb = background.startsWith('#')
    ? [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16))
    : (background.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
  const [r = 0, g = 0, b = 0] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // WCAG contrast against white (L = 1) and against black (L = 0): take the higher. Black, not the
  // ink colour, so mid-tone cells still reach 4.5:1 (with ink the worst case is only ≈ 3.8:1).
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

/** The mean of a group's primary index over its rated competencies (the province map's default colour). */
export function meanIndex(group: Group, index: PrimaryIndex): number | null {
  const values = group.figures.map((f) => valueOf(f, index)).filter((v): v is number => v !== null);
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}
