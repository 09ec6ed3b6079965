import { ranks, type PrimaryIndex } from '../gaps/scoring.js';

/**
 * Participatory prioritisation: a coordinator blends the needs index (what the ratings say)
 * with the dot votes (what the participants say) using a weight w in [0, 1]:
 *
 *   blended = w × normalisedIndex + (1 − w) × normalisedVotes
 *
 * - normalisedIndex = max(0, index) / max over the campaign's competencies of max(0, index).
 *   A negative index (ability above importance) is no need, so it counts as 0; a missing
 *   index (nobody rated it, or the ALL group is suppressed) counts as 0 too.
 * - normalisedVotes = votes / most votes on any competency (the vote share scaled so the
 *   most supported gap is 1, like the index). With no votes at all every one is 0.
 * Both are in [0, 1], so the blended priority is in [0, 1].
 */

export interface PriorityCandidate {
  readonly competencyCode: string;
  /** The campaign's primary index (MWDS, PNImodified or mean gap) in the ALL group; null when unavailable. */
  readonly indexValue: number | null;
  /** Total dots placed on this gap by every participant. */
  readonly votes: number;
}

/** The reason for one rank, as data: the web renders it in Thai, English or Malay. */
export interface PriorityReason {
  readonly primaryIndex: PrimaryIndex;
  readonly indexValue: number | null;
  /** Rank by the index among the competencies that have one (ties share); null without an index. */
  readonly indexRank: number | null;
  /** How many competencies have an index to rank. */
  readonly indexRanked: number;
  readonly normalisedIndex: number;
  readonly votes: number;
  /** Rank by votes among the gaps with any vote (ties share); null when this gap has none. */
  readonly voteRank: number | null;
  readonly totalVotes: number;
  /** votes / totalVotes; 0 when nobody voted. */
  readonly voteShare: number;
  readonly normalisedVotes: number;
  readonly weight: number;
  readonly blended: number;
  readonly rank: number;
  /** How many competencies are ranked. */
  readonly ranked: number;
}

export interface BlendedPriority extends PriorityReason {
  readonly competencyCode: string;
}

export function assertWeight(weight: number): void {
  if (!Number.isFinite(weight) || weight < 0 || weight > 1) throw new RangeError(`priority weight must be in [0, 1], got ${weight}`);
}

/** Scales non-negative parts of values so the largest is 1; all zero when nothing is positive. */
function normalise(values: readonly (number | null)[]): number[] {
  const clipped = values.map((v) => (v === null || !Number.isFinite(v) ? 0 : Math.max(0, v)));
  const max = Math.max(0, ...clipped);
  return clipped.map((v) => (max > 0 ? v / max : 0));
}

/**
 * Blended priority, rank and reason for every candidate, in input order. Ranks are
 * competition ranks, highest first (1, 2, 2, 4); equal blended values share a rank.
 */
export function blendPriorities(candidates: readonly PriorityCandidate[], weight: number, primaryIndex: PrimaryIndex): BlendedPriority[] {
  assertWeight(weight);
  const normalisedIndex = normalise(candidates.map((c) => c.indexValue));
  const normalisedVotes = normalise(candidates.map((c) => c.votes));
  const totalVotes = candidates.reduce((sum, c) => sum + c.votes, 0);
  const blended = candidates.map((_, i) => weight * (normalisedIndex[i] ?? 0) + (1 - weight) * (normalisedVotes[i] ?? 0));
  const indexRanks = ranks(candidates.map((c) => c.indexValue));
  const voteRanks = ranks(candidates.map((c) => (c.votes > 0 ? c.votes : null)));
  const blendedRanks = ranks(blended);
  const indexRanked = candidates.filter((c) => c.indexValue !== null).length;
  return candidates.map((c, i) => ({
    competencyCode: c.competencyCode,
    primaryIndex,
    indexValue: c.indexValue,
    indexRank: indexRanks[i] ?? null,
    indexRanked,
    normalisedIndex: normalisedIndex[i] ?? 0,
    votes: c.votes,
    voteRank: voteRanks[i] ?? null,
    totalVotes,
    voteShare: totalVotes > 0 ? c.votes / totalVotes : 0,
    normalisedVotes: normalisedVotes[i] ?? 0,
    weight,
    blended: blended[i] ?? 0,
    rank: blendedRanks[i] ?? candidates.length,
    ranked: candidates.length,
  }));
}

/**
 * The prioritised gap weight of each competency: its blended priority (≥ 0, at most 1),
 * keyed by competency code. For curriculum gap coverage — the share of this weight a
 * curriculum's modules address. Pure: same candidates and weight, same answer.
 *
 * @param candidates every competency of the campaign with its primary index in the ALL
 *   group (null when unavailable or suppressed) and its total votes
 * @param weight the coordinator's weight w in [0, 1] on the index (1 − w goes to the votes)
 */
export function prioritisedGapWeights(candidates: readonly PriorityCandidate[], weight: number): Map<string, number> {
  return new Map(blendPriorities(candidates, weight, 'mwds').map((p) => [p.competencyCode, p.blended]));
}
