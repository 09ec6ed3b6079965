import { describe, expect, it } from '@jest/globals';
import type { Analysis } from './gapFigures.js';
import { placeLabels, provinceFigures } from './provinceMap.js';

const figure = (competencyCode: string, mwds: number) => ({
  competencyCode,
  n: 8,
  meanTarget: 4,
  meanCurrent: 3,
  meanGap: 1,
  negativeGap: false,
  gapCiLow: 0.5,
  gapCiHigh: 1.5,
  mwds,
  pniModified: 0.3,
  quadrant: 'HH',
  rank: 1,
});
const group = (key: string, suppressed: boolean, figures: ReturnType<typeof figure>[]) => ({ key, label: key, respondents: suppressed ? 2 : 8, suppressed, figures });

const analysis = {
  campaignId: 'c',
  instrument: 'BORICH',
  groupBy: 'PROVINCE',
  primaryIndex: 'mwds',
  minGroupSize: 5,
  groups: [group('94', false, [figure('A', 4), figure('B', 2)]), group('95', true, []), group('50', false, [figure('A', 1)]), group('10', false, [figure('A', 9)])],
} as unknown as Analysis;

describe('provinceFigures', () => {
  it('gives one row per province of the area, in its order, whatever the groups', () => {
    const rows = provinceFigures(analysis, ['50', '90', '94', '95'], null, 'mwds');
    expect(rows.map((r) => r.code)).toEqual(['50', '90', '94', '95']);
    // Bangkok (10) answered but is outside the area: not on the map.
    expect(rows.find((r) => r.code === '10')).toBeUndefined();
  });

  it('colours by the mean over all competencies, or by one competency', () => {
    const mean = provinceFigures(analysis, ['94', '50'], null, 'mwds');
    expect(mean.map((r) => [r.value, r.state])).toEqual([
      [3, 'value'],
      [1, 'value'],
    ]);
    const one = provinceFigures(analysis, ['94', '50'], 'B', 'mwds');
    expect(one.map((r) => [r.value, r.state])).toEqual([
      [2, 'value'],
      [null, 'noData'],
    ]);
  });

  it('keeps a small group suppressed and marks a province without answers as no data', () => {
    const rows = provinceFigures(analysis, ['90', '95'], null, 'mwds');
    expect(rows.map((r) => [r.code, r.value, r.state])).toEqual([
      ['90', null, 'noData'],
      ['95', null, 'suppressed'],
    ]);
  });
});

describe('placeLabels', () => {
  const label = { width: 40, height: 28 };
  it('labels provinces big enough for it, largest first, and never overlaps two labels', () => {
    const placed = placeLabels([
      { code: 'small', centre: [100, 100], box: { width: 30, height: 60 }, label },
      { code: 'big', centre: [100, 100], box: { width: 200, height: 200 }, label },
      { code: 'near', centre: [120, 110], box: { width: 80, height: 80 }, label },
      { code: 'far', centre: [300, 300], box: { width: 60, height: 60 }, label },
    ]);
    expect([...placed].sort()).toEqual(['big', 'far']);
  });
});
