import { meanIndex, valueOf, type Analysis, type Group, type PrimaryIndex } from './gapFigures.js';

export type ProvinceState = 'value' | 'suppressed' | 'noData';

/** What the map (and its table) shows for one province of the programme area. */
export interface ProvinceFigure {
  readonly code: string;
  readonly group: Group | undefined;
  /** The chosen figure; null when suppressed or without data. */
  readonly value: number | null;
  readonly state: ProvinceState;
}

/**
 * One row per province of the area, in the area's order: the mean of the primary index over all
 * competencies, or one competency's. A group below the minimum size stays suppressed (no figure);
 * a province without answers has no data.
 */
export function provinceFigures(analysis: Analysis, area: readonly string[], competency: string | null, index: PrimaryIndex): ProvinceFigure[] {
  const byKey = new Map(analysis.groups.map((g) => [g.key, g]));
  return area.map((code) => {
    const group = byKey.get(code);
    if (group?.suppressed) return { code, group, value: null, state: 'suppressed' as const };
    let value: number | null = null;
    if (group) {
      if (competency) {
        const figure = group.figures.find((f) => f.competencyCode === competency);
        value = figure ? valueOf(figure, index) : null;
      } else value = meanIndex(group, index);
    }
    return { code, group, value, state: value === null ? ('noData' as const) : ('value' as const) };
  });
}

/** Names on the map itself only while they fit; a bigger area relies on the legend, tooltips and the table. */
export const MAX_LABELLED_PROVINCES = 12;

export interface LabelCandidate {
  readonly code: string;
  /** Where the label is centred (the province's centroid on screen). */
  readonly centre: readonly [number, number];
  /** The province's on-screen bounding box size. */
  readonly box: { readonly width: number; readonly height: number };
  /** The label's own size. */
  readonly label: { readonly width: number; readonly height: number };
}

/**
 * Which provinces get their name and figure written on the map: those whose shape is big enough
 * for the label, largest first, never two labels overlapping. The others rely on the tooltip and
 * the table.
 */
export function placeLabels(candidates: readonly LabelCandidate[]): Set<string> {
  const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const chosen = new Set<string>();
  const bySize = [...candidates].sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height);
  for (const c of bySize) {
    if (c.label.width > c.box.width || c.label.height > c.box.height) continue;
    const rect = { x0: c.centre[0] - c.label.width / 2, y0: c.centre[1] - c.label.height / 2, x1: c.centre[0] + c.label.width / 2, y1: c.centre[1] + c.label.height / 2 };
    if (placed.some((p) => rect.x0 < p.x1 && p.x0 < rect.x1 && rect.y0 < p.y1 && p.y0 < rect.y1)) continue;
    placed.push(rect);
    chosen.add(c.code);
  }
  return chosen;
}
