import { describe, expect, it } from '@jest/globals';
import { closedShare, gapCoverage, suggestModules, totalHours, type CompetencyGap, type CoverageModule } from './coverage.js';

const mod = (code: string, hours: number, targets: Record<string, number>, prerequisiteCodes: string[] = []): CoverageModule => ({
  code,
  hours,
  prerequisiteCodes,
  competencyTargets: Object.entries(targets).map(([competencyCode, targetLevel]) => ({ competencyCode, targetLevel })),
});

describe('closedShare', () => {
  it('is the part of T − C that the target level reaches, clamped to [0, 1]', () => {
    expect(closedShare({ meanCurrent: 2, meanTarget: 4 }, 3)).toBe(0.5);
    expect(closedShare({ meanCurrent: 2, meanTarget: 4 }, 5)).toBe(1);
    expect(closedShare({ meanCurrent: 2, meanTarget: 4 }, 1)).toBe(0);
    expect(closedShare({ meanCurrent: 1.5, meanTarget: 4.5 }, 3)).toBe(0.5);
    expect(closedShare({ meanCurrent: 3, meanTarget: 3 }, 1)).toBe(1);
  });
});

describe('gapCoverage', () => {
  // Σw = 2 + 1 + 1 + 0 (negative weight counts as 0) = 4
  const gaps: CompetencyGap[] = [
    { competencyCode: 'A', weight: 2, meanCurrent: 2, meanTarget: 4 },
    { competencyCode: 'B', weight: 1, meanCurrent: 1.5, meanTarget: 4.5 },
    { competencyCode: 'C', weight: 1, meanCurrent: 3, meanTarget: 3 },
    { competencyCode: 'D', weight: -1, meanCurrent: 1, meanTarget: 5 },
  ];
  const m1 = mod('M-10', 6, { A: 3, B: 3 });
  const m2 = mod('M-20', 8, { A: 5 });
  const m3 = mod('M-30', 3, { C: 1, D: 5 });

  it('is 0 with no modules and 0 when no weight', () => {
    expect(gapCoverage(gaps, []).gapCoverage).toBe(0);
    expect(gapCoverage([{ competencyCode: 'A', weight: 0, meanCurrent: 1, meanTarget: 3 }], [m1]).gapCoverage).toBe(0);
  });
  it('matches hand-computed values', () => {
    // M-10: A closes (3−2)/(4−2) = 0.5 → 2×0.5 = 1; B closes (3−1.5)/3 = 0.5 → 0.5. (1 + 0.5) / 4
    expect(gapCoverage(gaps, [m1]).gapCoverage).toBeCloseTo(0.375, 12);
    // + M-20: A fully closed → 2; B 0.5 → (2 + 0.5) / 4; the max per competency, not the sum
    expect(gapCoverage(gaps, [m1, m2]).gapCoverage).toBeCloseTo(0.625, 12);
    // + M-30: C has no gap (T = C) so any module targeting it covers it → +1; D weighs 0 → (2.5 + 1) / 4
    const result = gapCoverage(gaps, [m1, m2, m3]);
    expect(result.gapCoverage).toBeCloseTo(0.875, 12);
    expect(result.totalWeight).toBe(4);
    expect(result.competencies.map((c) => [c.competencyCode, c.covered, c.byModuleCode])).toEqual([
      ['A', 1, 'M-20'],
      ['B', 0.5, 'M-10'],
      ['C', 1, 'M-30'],
      ['D', 1, 'M-30'],
    ]);
  });
  it('sums hours', () => {
    expect(totalHours([m1, m2, m3])).toBe(17);
  });
});

describe('suggestModules', () => {
  // Σw = 4. X: A fully (3/4 = 0.75) in 10 h; Y: B fully (0.25) in 2 h; Z: A half (0.375) in 4 h.
  const gaps: CompetencyGap[] = [
    { competencyCode: 'A', weight: 3, meanCurrent: 2, meanTarget: 4 },
    { competencyCode: 'B', weight: 1, meanCurrent: 2, meanTarget: 4 },
  ];
  const x = mod('X-10', 10, { A: 4 });
  const y = mod('Y-10', 2, { B: 4 });
  const z = mod('Z-10', 4, { A: 3 });

  it('picks by marginal coverage per hour and explains each pick', () => {
    const s = suggestModules(gaps, [x, y, z], 16);
    expect(s.strategy).toBe('GREEDY');
    // Y 0.25/2 = 0.125 per hour; then Z 0.375/4 = 0.09375 (X 0.75/10 = 0.075); then X adds 0.375 in 10 h.
    expect(s.picks.map((p) => [p.moduleCode, p.hours, p.round])).toEqual([
      ['Y-10', 2, 1],
      ['Z-10', 4, 2],
      ['X-10', 10, 3],
    ]);
    expect(s.picks[0]?.marginalCoverage).toBeCloseTo(0.25, 12);
    expect(s.picks[1]?.coveragePerHour).toBeCloseTo(0.09375, 12);
    expect(s.picks[2]?.marginalCoverage).toBeCloseTo(0.375, 12);
    expect(s.gapCoverage).toBeCloseTo(1, 12);
    expect(s.totalHours).toBe(16);
  });
  it('stops at the budget and prefers the best single module when greedy does worse', () => {
    // Budget 12: greedy takes Y then Z (0.625, X no longer fits); X alone covers 0.75.
    const s = suggestModules(gaps, [x, y, z], 12);
    expect(s.strategy).toBe('BEST_SINGLE');
    expect(s.moduleCodes).toEqual(['X-10']);
    expect(s.gapCoverage).toBeCloseTo(0.75, 12);
    expect(suggestModules(gaps, [x, y, z], 1).moduleCodes).toEqual([]);
  });
  it('brings prerequisites along and charges their hours to the pick', () => {
    const p = mod('P-10', 2, {});
    const q = mod('Q-10', 2, { B: 4 }, ['P-10']);
    const s = suggestModules(gaps, [p, q], 4);
    expect(s.moduleCodes).toEqual(['P-10', 'Q-10']);
    expect(s.picks).toEqual([
      { moduleCode: 'P-10', hours: 2, marginalCoverage: 0, coveragePerHour: 0.0625, prerequisiteOf: 'Q-10', round: 1 },
      { moduleCode: 'Q-10', hours: 2, marginalCoverage: 0.25, coveragePerHour: 0.0625, prerequisiteOf: null, round: 1 },
    ]);
    // Not enough hours for the prerequisite too: nothing suggested.
    expect(suggestModules(gaps, [p, q], 3).moduleCodes).toEqual([]);
  });
  it('never suggests modules on a prerequisite cycle', () => {
    const a = mod('A-10', 1, { A: 4 }, ['B-10']);
    const b = mod('B-10', 1, { B: 4 }, ['A-10']);
    expect(suggestModules(gaps, [a, b], 10).moduleCodes).toEqual([]);
  });
});
