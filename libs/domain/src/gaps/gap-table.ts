import type { PrimaryIndex, Quadrant } from './scoring.js';

/**
 * One flat table of a gap analysis, as the dashboard shows it: one row per group and
 * competency, groups in the analysis's order, competencies by rank within a group (unranked
 * last, in framework order). Both the CSV and the XLSX export are written from these rows, so
 * the two files cannot disagree, and a suppressed group has its status and no figure at all.
 */

export type GapTableColumnKey =
  | 'groupKey'
  | 'group'
  | 'respondents'
  | 'status'
  | 'rank'
  | 'competencyCode'
  | 'competency'
  | 'n'
  | 'meanTarget'
  | 'meanCurrent'
  | 'medianTarget'
  | 'medianCurrent'
  | 'sdTarget'
  | 'sdCurrent'
  | 'meanGap'
  | 'gapCiLow'
  | 'gapCiHigh'
  | 'negativeGap'
  | 'mwds'
  | 'pniModified'
  | 'shareWithGap2'
  | 'quadrant';

export type GapTableColumnKind = 'text' | 'integer' | 'decimal' | 'share';

export interface GapTableColumn {
  readonly key: GapTableColumnKey;
  readonly kind: GapTableColumnKind;
  /** Decimals the screen shows (the XLSX number format); files keep full precision. */
  readonly decimals: number;
  /** True for the campaign's primary index, the figure the ranks are based on. */
  readonly primary: boolean;
  /** True for columns that are empty when the group is suppressed. */
  readonly figure: boolean;
}

const COLUMNS: readonly Omit<GapTableColumn, 'primary'>[] = [
  { key: 'groupKey', kind: 'text', decimals: 0, figure: false },
  { key: 'group', kind: 'text', decimals: 0, figure: false },
  { key: 'respondents', kind: 'integer', decimals: 0, figure: false },
  { key: 'status', kind: 'text', decimals: 0, figure: false },
  { key: 'rank', kind: 'integer', decimals: 0, figure: true },
  { key: 'competencyCode', kind: 'text', decimals: 0, figure: false },
  { key: 'competency', kind: 'text', decimals: 0, figure: false },
  { key: 'n', kind: 'integer', decimals: 0, figure: true },
  { key: 'meanTarget', kind: 'decimal', decimals: 2, figure: true },
  { key: 'meanCurrent', kind: 'decimal', decimals: 2, figure: true },
  { key: 'medianTarget', kind: 'decimal', decimals: 1, figure: true },
  { key: 'medianCurrent', kind: 'decimal', decimals: 1, figure: true },
  { key: 'sdTarget', kind: 'decimal', decimals: 2, figure: true },
  { key: 'sdCurrent', kind: 'decimal', decimals: 2, figure: true },
  { key: 'meanGap', kind: 'decimal', decimals: 2, figure: true },
  { key: 'gapCiLow', kind: 'decimal', decimals: 2, figure: true },
  { key: 'gapCiHigh', kind: 'decimal', decimals: 2, figure: true },
  { key: 'negativeGap', kind: 'text', decimals: 0, figure: true },
  { key: 'mwds', kind: 'decimal', decimals: 3, figure: true },
  { key: 'pniModified', kind: 'decimal', decimals: 3, figure: true },
  { key: 'shareWithGap2', kind: 'share', decimals: 1, figure: true },
  { key: 'quadrant', kind: 'text', decimals: 0, figure: true },
];

export function gapTableColumns(primaryIndex: PrimaryIndex): GapTableColumn[] {
  return COLUMNS.map((c) => ({ ...c, primary: c.key === primaryIndex }));
}

/** The figures of one competency as the API gives them (null when suppressed or unrated). */
export interface GapTableFigure {
  readonly competencyCode: string;
  readonly n: number;
  readonly meanTarget: number | null;
  readonly meanCurrent: number | null;
  readonly medianTarget: number | null;
  readonly medianCurrent: number | null;
  readonly sdTarget: number | null;
  readonly sdCurrent: number | null;
  readonly meanGap: number | null;
  readonly gapCiLow: number | null;
  readonly gapCiHigh: number | null;
  readonly negativeGap: boolean;
  readonly mwds: number | null;
  readonly pniModified: number | null;
  readonly shareWithGap2: number | null;
  readonly quadrant: Quadrant | null;
  readonly rank: number | null;
}

export interface GapTableGroup {
  readonly key: string;
  readonly label: string;
  readonly respondents: number;
  readonly suppressed: boolean;
  readonly figures: readonly GapTableFigure[];
}

export interface GapTableInput {
  readonly primaryIndex: PrimaryIndex;
  readonly groups: readonly GapTableGroup[];
}

/** Words the table needs, in the reader's language. */
export interface GapTableText {
  competencyName(code: string): string;
  /** The status of a suppressed group, e.g. "suppressed (n < 5)". */
  readonly suppressed: string;
  /** What a suppressed group shows for its size, e.g. "< 5": never the count itself. */
  readonly fewerThan: string;
  /** The flag written in the negative-gap column when ability is above importance. */
  readonly negative: string;
  quadrant(quadrant: Quadrant): string;
}

export type GapTableCell = string | number | null;
export type GapTableRow = Record<GapTableColumnKey, GapTableCell>;

export interface GapTable {
  readonly columns: GapTableColumn[];
  readonly rows: GapTableRow[];
}

/** Rank order within a group: ranked first (1, 2, 2, 4 …), then the unranked in their given order. */
function byRank(figures: readonly GapTableFigure[]): GapTableFigure[] {
  return figures
    .map((figure, position) => ({ figure, position }))
    .sort((a, b) => (a.figure.rank ?? Number.POSITIVE_INFINITY) - (b.figure.rank ?? Number.POSITIVE_INFINITY) || a.position - b.position)
    .map((x) => x.figure);
}

export function gapTable(input: GapTableInput, text: GapTableText): GapTable {
  const columns = gapTableColumns(input.primaryIndex);
  const rows: GapTableRow[] = [];
  for (const group of input.groups) {
    const figures = group.suppressed ? group.figures : byRank(group.figures);
    for (const f of figures) {
      const base = {
        groupKey: group.key,
        group: group.label,
        respondents: group.suppressed ? text.fewerThan : group.respondents,
        status: group.suppressed ? text.suppressed : '',
        competencyCode: f.competencyCode,
        competency: text.competencyName(f.competencyCode),
      };
      if (group.suppressed) {
        // Nothing about a small group: its size only as "< k", no figure.
        rows.push({
          ...base,
          rank: null,
          n: null,
          meanTarget: null,
          meanCurrent: null,
          medianTarget: null,
          medianCurrent: null,
          sdTarget: null,
          sdCurrent: null,
          meanGap: null,
          gapCiLow: null,
          gapCiHigh: null,
          negativeGap: null,
          mwds: null,
          pniModified: null,
          shareWithGap2: null,
          quadrant: null,
        });
        continue;
      }
      rows.push({
        ...base,
        rank: f.rank,
        n: f.n,
        meanTarget: f.meanTarget,
        meanCurrent: f.meanCurrent,
        medianTarget: f.medianTarget,
        medianCurrent: f.medianCurrent,
        sdTarget: f.sdTarget,
        sdCurrent: f.sdCurrent,
        meanGap: f.meanGap,
        gapCiLow: f.gapCiLow,
        gapCiHigh: f.gapCiHigh,
        negativeGap: f.negativeGap ? text.negative : null,
        mwds: f.mwds,
        pniModified: f.pniModified,
        shareWithGap2: f.shareWithGap2,
        quadrant: f.quadrant ? text.quadrant(f.quadrant) : null,
      });
    }
  }
  return { columns, rows };
}
