import { describe, expect, it } from '@jest/globals';
import { Instrument } from '@ruamsang/shared';
import { gapTable, gapTableColumns, type GapTableGroup, type GapTableText } from './gap-table.js';
import { analyseGroup, rollupOf } from './scoring.js';

const text: GapTableText = {
  competencyName: (code) => `name of ${code}`,
  suppressed: 'suppressed (n < 5)',
  fewerThan: '< 5',
  negative: 'negative',
  quadrant: (q) => `Q:${q}`,
};

function group(key: string, respondents: number, ratings: Record<string, { target: number; current: number }[]>): GapTableGroup {
  const analysed = analyseGroup(
    Instrument.BORICH,
    Object.entries(ratings).map(([competencyCode, r]) => ({ competencyCode, rollup: rollupOf(r) })),
    respondents,
    5,
  );
  return { key, label: `label ${key}`, respondents, ...analysed };
}

// Five people. A: gaps 1,1,1,1,1 on T=4 → mean gap 1, MWDS 4. B: T=5,C=1 → gap 4, MWDS 20.
// C: T=2,C=3 → gap −1 (negative), MWDS −2. Ranks by MWDS: B 1, A 2, C 3.
const five = {
  A: Array.from({ length: 5 }, () => ({ target: 4, current: 3 })),
  B: Array.from({ length: 5 }, () => ({ target: 5, current: 1 })),
  C: Array.from({ length: 5 }, () => ({ target: 2, current: 3 })),
};
const four = { A: five.A.slice(0, 4), B: five.B.slice(0, 4), C: five.C.slice(0, 4) };

describe('gapTable', () => {
  it('lists each group’s competencies by rank with the full-precision figures', () => {
    const table = gapTable({ primaryIndex: 'mwds', groups: [group('94', 5, five)] }, text);
    expect(table.rows.map((r) => [r.competencyCode, r.rank, r.mwds, r.meanGap])).toEqual([
      ['B', 1, 20, 4],
      ['A', 2, 4, 1],
      ['C', 3, -2, -1],
    ]);
    const c = table.rows[2]!;
    expect(c).toMatchObject({ groupKey: '94', group: 'label 94', respondents: 5, status: '', competency: 'name of C', n: 5, negativeGap: 'negative', meanTarget: 2, meanCurrent: 3 });
    expect(table.rows[0]!.negativeGap).toBeNull();
    // every gap equal: sd 0, so the interval collapses onto the mean
    expect(table.rows[1]).toMatchObject({ gapCiLow: 1, gapCiHigh: 1, shareWithGap2: 0, pniModified: 1 / 3 });
    expect(table.rows[0]!.quadrant).toBe('Q:HIGH_IMPORTANCE_HIGH_GAP');
  });

  it('writes a group of 4 (k = 5) as suppressed with no figure in any figure column', () => {
    const table = gapTable({ primaryIndex: 'mwds', groups: [group('94', 5, five), group('95', 4, four)] }, text);
    const yala = table.rows.filter((r) => r.groupKey === '95');
    expect(yala.map((r) => r.competencyCode)).toEqual(['A', 'B', 'C']);
    const figureColumns = table.columns.filter((c) => c.figure).map((c) => c.key);
    expect(figureColumns).toContain('meanGap');
    expect(figureColumns).not.toContain('respondents');
    for (const row of yala) {
      expect(row.status).toBe('suppressed (n < 5)');
      // its size is hidden too: "< 5", never 4
      expect(row.respondents).toBe('< 5');
      for (const key of figureColumns) expect(row[key]).toBeNull();
    }
    expect(table.rows.filter((r) => r.groupKey === '94').every((r) => r.status === '')).toBe(true);
  });

  it('puts unrated competencies after the ranked ones and marks the primary index column', () => {
    const table = gapTable({ primaryIndex: 'pniModified', groups: [group('ALL', 5, { X: [], Y: five.A })] }, text);
    expect(table.rows.map((r) => [r.competencyCode, r.rank, r.n, r.meanGap])).toEqual([
      ['Y', 1, 5, 1],
      ['X', null, 0, null],
    ]);
    expect(table.columns.filter((c) => c.primary).map((c) => c.key)).toEqual(['pniModified']);
    expect(gapTableColumns('meanGap').find((c) => c.primary)?.key).toBe('meanGap');
  });
});
