import { describe, expect, it } from '@jest/globals';
import { effectiveRule, remainingVotes, voteAllocationProblems } from './dot-votes.js';

const codes = new Set(['A', 'B', 'C']);

describe('dot-vote budget', () => {
  const rule = { budget: 10, maxPerGap: 4 };

  it('accepts an allocation that uses the whole budget, several dots per gap', () => {
    expect(voteAllocationProblems([{ competencyCode: 'A', votes: 4 }, { competencyCode: 'B', votes: 4 }, { competencyCode: 'C', votes: 2 }], rule, codes)).toEqual([]);
  });

  it('refuses going over the budget, naming the field and how far over', () => {
    // 4 + 4 + 3 = 11 > 10: one over
    const problems = voteAllocationProblems([{ competencyCode: 'A', votes: 4 }, { competencyCode: 'B', votes: 4 }, { competencyCode: 'C', votes: 3 }], rule, codes);
    expect(problems).toEqual([{ field: 'votes', reason: 'OVER_BUDGET', params: { total: 11, budget: 10, over: 1 } }]);
  });

  it('refuses more than the per-gap cap on one gap', () => {
    expect(voteAllocationProblems([{ competencyCode: 'B', votes: 5 }], rule, codes)).toEqual([
      { field: 'votes[0].votes', reason: 'OVER_GAP_CAP', params: { max: 4, code: 'B' } },
    ]);
  });

  it('refuses unknown and repeated competencies, fractions and negatives', () => {
    const problems = voteAllocationProblems(
      [{ competencyCode: 'X', votes: 1 }, { competencyCode: 'A', votes: 1.5 }, { competencyCode: 'A', votes: -1 }],
      rule,
      codes,
    );
    expect(problems.map((p) => [p.field, p.reason])).toEqual([
      ['votes[0].competencyCode', 'UNKNOWN_COMPETENCY'],
      ['votes[1].votes', 'NOT_WHOLE'],
      ['votes[2].competencyCode', 'DUPLICATE_COMPETENCY'],
      ['votes[2].votes', 'NOT_WHOLE'],
    ]);
  });

  it('allows zero votes (withdrawing support) and an empty allocation', () => {
    expect(voteAllocationProblems([{ competencyCode: 'A', votes: 0 }], rule, codes)).toEqual([]);
    expect(voteAllocationProblems([], rule, codes)).toEqual([]);
  });

  it('caps the per-gap limit at the budget and defaults it', () => {
    expect(effectiveRule(2, 5)).toEqual({ budget: 2, maxPerGap: 2 });
    expect(effectiveRule(10, null)).toEqual({ budget: 10, maxPerGap: 3 });
    expect(effectiveRule(10, 0)).toEqual({ budget: 10, maxPerGap: 1 });
  });

  it('counts the votes left', () => {
    expect(remainingVotes([{ competencyCode: 'A', votes: 3 }, { competencyCode: 'B', votes: 2 }], 10)).toBe(5);
    expect(remainingVotes([{ competencyCode: 'A', votes: 12 }], 10)).toBe(0);
  });
});
