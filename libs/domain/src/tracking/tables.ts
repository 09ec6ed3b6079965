import type { CompletionGroup, Funnel } from './dashboards.js';
import type { GapClosure } from './gap-closure.js';

/**
 * The flat tables the tracking dashboards show and export: the CSV and the XLSX are written
 * from the same rows as the screen's table, so they cannot disagree, suppression included.
 */
export type TrackingColumnKind = 'text' | 'integer' | 'decimal' | 'share';

export interface TrackingColumn<K extends string = string> {
  readonly key: K;
  readonly kind: TrackingColumnKind;
  /** Decimals the screen shows (the XLSX number format); files keep full precision. */
  readonly decimals: number;
}

export type TrackingCell = string | number | null;

export interface TrackingTable<K extends string = string> {
  readonly columns: readonly TrackingColumn<K>[];
  readonly rows: Record<K, TrackingCell>[];
}

export type GapClosureColumnKey =
  | 'groupKey'
  | 'group'
  | 'respondents'
  | 'status'
  | 'competencyCode'
  | 'competency'
  | 'n'
  | 'meanPreCurrent'
  | 'meanPostCurrent'
  | 'meanChange'
  | 'shareImproved'
  | 'preIndex'
  | 'postIndex';

export const GAP_CLOSURE_COLUMNS: readonly TrackingColumn<GapClosureColumnKey>[] = [
  { key: 'groupKey', kind: 'text', decimals: 0 },
  { key: 'group', kind: 'text', decimals: 0 },
  { key: 'respondents', kind: 'integer', decimals: 0 },
  { key: 'status', kind: 'text', decimals: 0 },
  { key: 'competencyCode', kind: 'text', decimals: 0 },
  { key: 'competency', kind: 'text', decimals: 0 },
  { key: 'n', kind: 'integer', decimals: 0 },
  { key: 'meanPreCurrent', kind: 'decimal', decimals: 2 },
  { key: 'meanPostCurrent', kind: 'decimal', decimals: 2 },
  { key: 'meanChange', kind: 'decimal', decimals: 2 },
  { key: 'shareImproved', kind: 'share', decimals: 1 },
  { key: 'preIndex', kind: 'decimal', decimals: 3 },
  { key: 'postIndex', kind: 'decimal', decimals: 3 },
];

export interface TableText {
  competencyName(code: string): string;
  /** The status of a suppressed group, e.g. "suppressed (n < 5)". */
  readonly suppressed: string;
  /** What a suppressed group shows for a count, e.g. "< 5": never the count itself. */
  readonly fewerThan: string;
}

/** One row per group × competency, groups and competencies in the analysis's order. */
export function gapClosureTable(closure: GapClosure, text: TableText): TrackingTable<GapClosureColumnKey> {
  const rows: Record<GapClosureColumnKey, TrackingCell>[] = [];
  for (const g of closure.groups) {
    for (const f of g.figures) {
      rows.push({
        groupKey: g.key,
        group: g.label,
        respondents: g.suppressed ? text.fewerThan : g.respondents,
        status: g.suppressed ? text.suppressed : '',
        competencyCode: f.competencyCode,
        competency: text.competencyName(f.competencyCode),
        n: g.suppressed ? null : f.n,
        meanPreCurrent: f.meanPreCurrent,
        meanPostCurrent: f.meanPostCurrent,
        meanChange: f.meanChange,
        shareImproved: f.shareImproved,
        preIndex: f.preIndex,
        postIndex: f.postIndex,
      });
    }
  }
  return { columns: GAP_CLOSURE_COLUMNS, rows };
}

export type CompletionColumnKey = 'groupKey' | 'group' | 'enrolled' | 'status' | 'completed' | 'completionRate';
export const COMPLETION_COLUMNS: readonly TrackingColumn<CompletionColumnKey>[] = [
  { key: 'groupKey', kind: 'text', decimals: 0 },
  { key: 'group', kind: 'text', decimals: 0 },
  { key: 'enrolled', kind: 'integer', decimals: 0 },
  { key: 'status', kind: 'text', decimals: 0 },
  { key: 'completed', kind: 'integer', decimals: 0 },
  { key: 'completionRate', kind: 'share', decimals: 1 },
];

export function completionTable(groups: readonly CompletionGroup[], text: Pick<TableText, 'suppressed' | 'fewerThan'>): TrackingTable<CompletionColumnKey> {
  return {
    columns: COMPLETION_COLUMNS,
    rows: groups.map((g) => ({
      groupKey: g.key,
      group: g.label,
      enrolled: g.suppressed ? text.fewerThan : g.enrolled,
      status: g.suppressed ? text.suppressed : '',
      completed: g.completed,
      completionRate: g.completionRate,
    })),
  };
}

export type FunnelColumnKey = 'stage' | 'stageName' | 'status' | 'count' | 'shareOfPrevious';
export const FUNNEL_COLUMNS: readonly TrackingColumn<FunnelColumnKey>[] = [
  { key: 'stage', kind: 'text', decimals: 0 },
  { key: 'stageName', kind: 'text', decimals: 0 },
  { key: 'status', kind: 'text', decimals: 0 },
  { key: 'count', kind: 'integer', decimals: 0 },
  { key: 'shareOfPrevious', kind: 'share', decimals: 1 },
];

export function funnelTable(f: Funnel, text: Pick<TableText, 'suppressed' | 'fewerThan'> & { stageName(stage: string): string }): TrackingTable<FunnelColumnKey> {
  return {
    columns: FUNNEL_COLUMNS,
    rows: f.stages.map((s) => ({
      stage: s.stage,
      stageName: text.stageName(s.stage),
      status: f.suppressed ? text.suppressed : '',
      // a suppressed funnel has fewer than k people at its first stage, so at every stage
      count: f.suppressed ? text.fewerThan : s.count,
      shareOfPrevious: s.shareOfPrevious,
    })),
  };
}
