import { describe, expect, it } from '@jest/globals';
import { blendPriorities, prioritisedGapWeights, type PriorityCandidate } from './blended-priority.js';

// Worked by hand, weight w = 0.6 on the index:
//   code  index  votes | normIndex (÷4)  normVotes (÷8) | blended = 0.6·ni + 0.4·nv
//   A      4      2    |   1               0.25          | 0.6 + 0.1  = 0.7
//   B      2      8    |   0.5             1             | 0.3 + 0.4  = 0.7   (tie with A)
//   C     −1      0    |   0 (negative)    0             | 0
//   D     null    4    |   0 (no index)    0.5           | 0.2
// ranks: A 1, B 1, D 3, C 4. Index ranks A 1, B 2, C 3 (D none, 3 ranked).
// Vote ranks: B 1, D 2, A 3 (C none). Total votes 14.
const candidates: PriorityCandidate[] = [
  { competencyCode: 'A', indexValue: 4, votes: 2 },
  { competencyCode: 'B', indexValue: 2, votes: 8 },
  { competencyCode: 'C', indexValue: -1, votes: 0 },
  { competencyCode: 'D', indexValue: null, votes: 4 },
];

describe('blended priority', () => {
  it('matches the hand computation with weight 0.6, ties sharing a rank', () => {
    const result = blendPriorities(candidates, 0.6, 'mwds');
    const by = new Map(result.map((r) => [r.competencyCode, r]));
    expect(by.get('A')?.blended).toBeCloseTo(0.7, 12);
    expect(by.get('B')?.blended).toBeCloseTo(0.7, 12);
    expect(by.get('C')?.blended).toBe(0);
    expect(by.get('D')?.blended).toBeCloseTo(0.2, 12);
    expect(result.map((r) => r.rank)).toEqual([1, 1, 4, 3]);
  });

  it('explains every rank: index rank of how many, votes and their rank, weight, blended', () => {
    const [a, , c, d] = blendPriorities(candidates, 0.6, 'mwds');
    expect(a).toMatchObject({
      primaryIndex: 'mwds',
      indexValue: 4,
      indexRank: 1,
      indexRanked: 3,
      normalisedIndex: 1,
      votes: 2,
      voteRank: 3,
      totalVotes: 14,
      normalisedVotes: 0.25,
      weight: 0.6,
      rank: 1,
      ranked: 4,
    });
    expect(a?.voteShare).toBeCloseTo(2 / 14, 12);
    expect(c).toMatchObject({ indexRank: 3, normalisedIndex: 0, voteRank: null, voteShare: 0 });
    expect(d).toMatchObject({ indexValue: null, indexRank: null, voteRank: 2, normalisedVotes: 0.5 });
  });

  it('with weight 1 ranks by the index alone, with weight 0 by the votes alone', () => {
    expect(blendPriorities(candidates, 1, 'mwds').map((r) => r.rank)).toEqual([1, 2, 3, 3]);
    expect(blendPriorities(candidates, 0, 'mwds').map((r) => r.rank)).toEqual([3, 1, 4, 2]);
  });

  it('with no votes and no index everything ties at 0', () => {
    const none = blendPriorities([{ competencyCode: 'A', indexValue: null, votes: 0 }, { competencyCode: 'B', indexValue: null, votes: 0 }], 0.5, 'meanGap');
    expect(none.map((r) => [r.blended, r.rank, r.voteShare])).toEqual([[0, 1, 0], [0, 1, 0]]);
  });

  it('refuses a weight outside [0, 1]', () => {
    expect(() => blendPriorities(candidates, 1.2, 'mwds')).toThrow(RangeError);
    expect(() => blendPriorities(candidates, -0.1, 'mwds')).toThrow(RangeError);
    expect(() => blendPriorities(candidates, Number.NaN, 'mwds')).toThrow(RangeError);
  });
});

describe('prioritisedGapWeights', () => {
  it('gives each competency its blended priority, never negative', () => {
    const weights = prioritisedGapWeights(candidates, 0.6);
    expect([...weights.keys()]).toEqual(['A', 'B', 'C', 'D']);
    expect(weights.get('A')).toBeCloseTo(0.7, 12);
    expect(weights.get('C')).toBe(0);
    expect(weights.get('D')).toBeCloseTo(0.2, 12);
    for (const w of weights.values()) expect(w).toBeGreaterThanOrEqual(0);
  });
});
