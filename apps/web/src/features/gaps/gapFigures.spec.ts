import { describe, expect, it } from '@jest/globals';
import { byRank, colourScale, grandMeans, meanIndex, primaryIndexOf, textColourOn, type Figure, type Group } from './gapFigures.js';

function figure(code: string, meanTarget: number | null, meanGap: number | null, rank: number | null, mwds: number | null = null): Figure {
  return { competencyCode: code, n: meanGap === null ? 0 : 5, meanTarget, meanCurrent: null, meanGap, negativeGap: (meanGap ?? 0) < 0, gapCiLow: null, gapCiHigh: null, mwds, pniModified: null, quadrant: null, rank };
}

describe('gap dashboard figures', () => {
  it('maps the instrument’s index name and orders by rank with unranked last', () => {
    expect(primaryIndexOf({ primaryIndex: 'pniModified' })).toBe('pniModified');
    expect(primaryIndexOf({ primaryIndex: 'meanGap' })).toBe('meanGap');
    expect(primaryIndexOf({ primaryIndex: 'mwds' })).toBe('mwds');
    const ordered = byRank([figure('A', 4, 1, 2), figure('B', null, null, null), figure('C', 5, 2, 1), figure('D', 3, 1, 2)]);
    expect(ordered.map((f) => f.competencyCode)).toEqual(['C', 'A', 'D', 'B']);
  });

  it('splits the Locus for Focus at the grand means of the rated competencies', () => {
    // importance (4 + 5 + 3) / 3 = 4, gap (1 + 2 + 0) / 3 = 1; the unrated one is left out
    expect(grandMeans([figure('A', 4, 1, 1), figure('B', 5, 2, 1), figure('C', 3, 0, 1), figure('X', null, null, null)])).toEqual({ importance: 4, gap: 1 });
    expect(grandMeans([figure('X', null, null, null)])).toBeNull();
  });

  it('averages a province’s index over its rated competencies for the map', () => {
    const group: Group = { key: '94', label: 'Pattani', respondents: 9, suppressed: false, figures: [figure('A', 4, 1, 1, 4), figure('B', 5, 2, 1, 10), figure('X', null, null, null)] };
    expect(meanIndex(group, 'mwds')).toBe(7);
    expect(meanIndex({ ...group, figures: [figure('X', null, null, null)] }, 'mwds')).toBeNull();
  });

  it('colours from light to dark as the need grows, through neutral at zero when gaps are negative', () => {
    const scale = colourScale([1, 2, 3])!;
    expect([scale.min, scale.max]).toEqual([1, 3]);
    expect(scale.colour(1)).toBe('rgb(255, 243, 224)');
    expect(scale.colour(3)).toBe('rgb(178, 58, 28)');
    const diverging = colourScale([-1, 0, 2])!;
    expect(diverging.colour(0)).toBe('rgb(245, 245, 245)');
    expect(diverging.colour(-1)).toBe('rgb(47, 111, 168)');
    expect(colourScale([])).toBeNull();
    // a single value still gets a range, so it has a colour
    expect(colourScale([2])!.colour(2)).toMatch(/^rgb/);
  });

  it('picks the text colour with the higher contrast', () => {
    expect(textColourOn('rgb(178, 58, 28)')).toBe('#ffffff');
    expect(textColourOn('#fff3e0')).toBe('#000000');
    expect(textColourOn('rgb(237, 154, 82)')).toBe('#000000');
    // Every grey gets text with WCAG contrast ≥ 4.5:1 (the worst case, L ≈ 0.179, gives ≈ 4.58).
    const lum = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    for (let c = 0; c <= 255; c += 1) {
      const l = lum(c);
      const contrast = textColourOn(`rgb(${c}, ${c}, ${c})`) === '#ffffff' ? 1.05 / (l + 0.05) : (l + 0.05) / 0.05;
      expect({ c, ok: contrast >= 4.5 }).toEqual({ c, ok: true });
    }
  });
});
