import { describe, expect, it } from '@jest/globals';
import { Instrument } from '@ruamsang/shared';
import { addRating, analyseGroup, histogramMedian, primaryIndexOf, quadrantOf, ranks, rollupOf, statisticsOf } from './scoring.js';

// Worked by hand. Pairs (T, C): (5,2) (4,3) (3,3) (4,1)
//   T = 5,4,3,4: mean 4, median (4+4)/2 = 4, sd √(2/3) = 0.8165
//   C = 2,3,3,1: mean 2.25, median (2+3)/2 = 2.5 (a half point), sd √(2.75/3) = 0.9574
//   D = 3,1,0,3: mean 1.75, Σ(d−d̄)² = 1.5625+0.5625+3.0625+1.5625 = 6.75, sd √(6.75/3) = 1.5
//   95% CI = 1.75 ± t(0.975, 3) × 1.5/√4 = 1.75 ± 3.182446305284263 × 0.75 = 1.75 ± 2.386834728963197
//   MWDS = 1.75 × 4 = 7; PNImodified = (4 − 2.25)/2.25 = 0.7778; share with T−C ≥ 2 = 2/4
const handWorked = [
  { target: 5, current: 2 },
  { target: 4, current: 3 },
  { target: 3, current: 3 },
  { target: 4, current: 1 },
];

describe('statisticsOf', () => {
  it('matches the hand-worked figures, including a half-point median and a t-based interval', () => {
    const s = statisticsOf(rollupOf(handWorked));
    expect(s.n).toBe(4);
    expect(s.meanTarget).toBe(4);
    expect(s.meanCurrent).toBe(2.25);
    expect(s.medianTarget).toBe(4);
    expect(s.medianCurrent).toBe(2.5);
    expect(s.sdTarget).toBeCloseTo(0.816496580927726, 12);
    expect(s.sdCurrent).toBeCloseTo(0.957427107756338, 12);
    expect(s.meanGap).toBe(1.75);
    expect(s.sdGap).toBeCloseTo(1.5, 12);
    expect(s.mwds).toBe(7);
    expect(s.pniModified).toBeCloseTo(0.7777777777777778, 12);
    expect(s.shareWithGap2).toBe(0.5);
    expect(s.gapCiLow).toBeCloseTo(1.75 - 2.386834728963197, 9);
    expect(s.gapCiHigh).toBeCloseTo(1.75 + 2.386834728963197, 9);
    expect(s.negativeGap).toBe(false);
  });

  it('gives no sd and no interval for a single respondent', () => {
    const s = statisticsOf(rollupOf([{ target: 4, current: 2 }]));
    expect(s).toMatchObject({ n: 1, meanGap: 2, medianTarget: 4, medianCurrent: 2, sdTarget: null, sdGap: null, gapCiLow: null, gapCiHigh: null, mwds: 8 });
  });

  it('collapses the interval to the mean when all ratings are equal', () => {
    const s = statisticsOf(rollupOf(Array.from({ length: 5 }, () => ({ target: 3, current: 2 }))));
    expect(s.sdGap).toBe(0);
    expect(s.gapCiLow).toBe(1);
    expect(s.gapCiHigh).toBe(1);
    expect(s.sdTarget).toBe(0);
  });

  it('keeps negative gaps and flags them', () => {
    const s = statisticsOf(rollupOf([{ target: 2, current: 4 }, { target: 3, current: 4 }]));
    expect(s.meanGap).toBe(-1.5);
    expect(s.negativeGap).toBe(true);
    expect(s.mwds).toBe(-3.75);
    expect(s.pniModified).toBeCloseTo((2.5 - 4) / 4, 12);
  });

  it('guards PNImodified against a zero mean current', () => {
    const impossible = { n: 1, t: [0, 0, 1, 0, 0, 0, 0], c: [0, 0, 0, 0, 0, 0, 0], sumD2: 9, countGap2: 1 };
    expect(statisticsOf(impossible).pniModified).toBeNull();
  });

  it('returns nulls for an empty rollup', () => {
    expect(statisticsOf(rollupOf([]))).toMatchObject({ n: 0, meanGap: null, mwds: null, medianTarget: null });
  });

  it('handles the 1–7 Hennessy-Hicks scale', () => {
    const s = statisticsOf(rollupOf([{ target: 7, current: 1 }, { target: 6, current: 2 }]));
    expect(s).toMatchObject({ meanTarget: 6.5, meanCurrent: 1.5, medianTarget: 6.5, meanGap: 5, shareWithGap2: 1 });
  });

  it('gives the same figures after an edit (remove + add) as when computed afresh', () => {
    const rollup = rollupOf(handWorked);
    addRating(rollup, 4, 1, -1);
    addRating(rollup, 2, 2);
    const afresh = rollupOf([...handWorked.slice(0, 3), { target: 2, current: 2 }]);
    expect(statisticsOf(rollup)).toEqual(statisticsOf(afresh));
  });
});

describe('histogramMedian', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(histogramMedian([1, 1, 1, 0, 0])).toBe(2);
    expect(histogramMedian([1, 1, 0, 0, 0])).toBe(1.5);
    expect(histogramMedian([0, 0, 0, 0, 0])).toBeNull();
  });
});

describe('ranks', () => {
  it('ranks highest first, ties share a rank, nulls get none', () => {
    expect(ranks([7, 3, 7, null, 1])).toEqual([1, 3, 1, null, 4]);
    expect(ranks([0.1 + 0.2, 0.3])).toEqual([1, 1]);
  });
});

describe('quadrantOf', () => {
  it('splits at the grand means, the mean itself counting as high', () => {
    expect(quadrantOf(4, 2, 4, 2)).toBe('HIGH_IMPORTANCE_HIGH_GAP');
    expect(quadrantOf(4.5, 1, 4, 2)).toBe('HIGH_IMPORTANCE_LOW_GAP');
    expect(quadrantOf(3, 3, 4, 2)).toBe('LOW_IMPORTANCE_HIGH_GAP');
    expect(quadrantOf(3, 1, 4, 2)).toBe('LOW_IMPORTANCE_LOW_GAP');
  });
});

describe('analyseGroup', () => {
  const competencies = [
    { competencyCode: 'A', rollup: rollupOf(handWorked) },
    { competencyCode: 'B', rollup: rollupOf([{ target: 3, current: 3 }, { target: 3, current: 2 }, { target: 2, current: 2 }, { target: 3, current: 3 }]) },
  ];

  it('suppresses a group of 4 when k = 5, showing no figure at all', () => {
    const group = analyseGroup(Instrument.BORICH, competencies, 4, 5);
    expect(group.suppressed).toBe(true);
    expect(group.figures.map((f) => [f.competencyCode, f.n, f.meanGap, f.mwds, f.rank, f.quadrant])).toEqual([
      ['A', 0, null, null, null, null],
      ['B', 0, null, null, null, null],
    ]);
  });

  it('shows a group of 5, ranked by the instrument’s primary index with quadrants at the grand means', () => {
    const group = analyseGroup(Instrument.BORICH, competencies, 5, 5);
    expect(group.suppressed).toBe(false);
    const [a, b] = group.figures;
    // B: T 3,3,2,3 mean 2.75; C 3,2,2,3 mean 2.5; gap 0.25; MWDS 0.6875
    expect(b?.mwds).toBeCloseTo(0.6875, 12);
    expect([a?.rank, b?.rank]).toEqual([1, 2]);
    // grand importance (4 + 2.75)/2 = 3.375, grand gap (1.75 + 0.25)/2 = 1
    expect(a?.quadrant).toBe('HIGH_IMPORTANCE_HIGH_GAP');
    expect(b?.quadrant).toBe('LOW_IMPORTANCE_LOW_GAP');
  });

  it('ranks PNI campaigns by PNImodified and Hennessy-Hicks by mean gap', () => {
    expect(primaryIndexOf(Instrument.BORICH)).toBe('mwds');
    expect(primaryIndexOf(Instrument.PNI)).toBe('pniModified');
    expect(primaryIndexOf(Instrument.HENNESSY_HICKS)).toBe('meanGap');
  });
});
