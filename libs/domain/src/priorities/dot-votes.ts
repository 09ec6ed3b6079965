/**
 * Dot-voting: each participant places up to `budget` dots on a campaign's gaps, at most
 * `maxPerGap` on any one gap. An allocation replaces the participant's previous one.
 */

export const DEFAULT_VOTE_BUDGET = 10;
export const DEFAULT_MAX_VOTES_PER_GAP = 3;

export interface VoteRule {
  /** Dots a participant may place in the campaign (the campaign's `voteBudget`). */
  readonly budget: number;
  /** Dots a participant may place on one gap; at most `budget`. */
  readonly maxPerGap: number;
}

export interface VoteAllocation {
  readonly competencyCode: string;
  readonly votes: number;
}

export type VoteProblemReason = 'NOT_WHOLE' | 'OVER_GAP_CAP' | 'OVER_BUDGET' | 'UNKNOWN_COMPETENCY' | 'DUPLICATE_COMPETENCY';

export interface VoteProblem {
  /** The input field at fault, e.g. `votes[2].votes`, or `votes` for the whole allocation. */
  readonly field: string;
  readonly reason: VoteProblemReason;
  readonly params: Record<string, string | number>;
}

/** The per-gap cap actually applied: never above the budget, never below 1. */
export function effectiveRule(budget: number, maxPerGap: number | null | undefined): VoteRule {
  const cap = maxPerGap ?? DEFAULT_MAX_VOTES_PER_GAP;
  return { budget, maxPerGap: Math.max(1, Math.min(cap, budget)) };
}

/**
 * Everything wrong with an allocation, in input order; empty when it may be stored. Zero
 * votes on a gap is allowed (it withdraws support). The budget check names `votes` and the
 * amount over, so the form can say "12 of 10 — remove 2".
 */
export function voteAllocationProblems(
  allocation: readonly VoteAllocation[],
  rule: VoteRule,
  knownCodes: ReadonlySet<string>,
  prefix = 'votes',
): VoteProblem[] {
  const problems: VoteProblem[] = [];
  const seen = new Set<string>();
  let total = 0;
  allocation.forEach((entry, i) => {
    if (!knownCodes.has(entry.competencyCode)) {
      problems.push({ field: `${prefix}[${i}].competencyCode`, reason: 'UNKNOWN_COMPETENCY', params: { code: entry.competencyCode } });
    } else if (seen.has(entry.competencyCode)) {
      problems.push({ field: `${prefix}[${i}].competencyCode`, reason: 'DUPLICATE_COMPETENCY', params: { code: entry.competencyCode } });
    }
    seen.add(entry.competencyCode);
    if (!Number.isInteger(entry.votes) || entry.votes < 0) {
      problems.push({ field: `${prefix}[${i}].votes`, reason: 'NOT_WHOLE', params: { max: rule.maxPerGap } });
      return;
    }
    if (entry.votes > rule.maxPerGap) {
      problems.push({ field: `${prefix}[${i}].votes`, reason: 'OVER_GAP_CAP', params: { max: rule.maxPerGap, code: entry.competencyCode } });
    }
    total += entry.votes;
  });
  if (total > rule.budget) {
    problems.push({ field: prefix, reason: 'OVER_BUDGET', params: { total, budget: rule.budget, over: total - rule.budget } });
  }
  return problems;
}

/** Votes left to place after an allocation (never negative). */
export function remainingVotes(allocation: readonly VoteAllocation[], budget: number): number {
  return Math.max(0, budget - allocation.reduce((sum, a) => sum + a.votes, 0));
}
