import type { Instrument } from '@ruamsang/shared';
import { analyseGroup, isSuppressed, primaryIndexOf, rollupOf, type PrimaryIndex } from '../gaps/scoring.js';

/** Where a post-training rating came from (the `competency_rating.source` values). */
export type CompetencyRatingSourceName = 'SELF' | 'TRAINER' | 'IMPORTED';

/** One post-training rating of one practitioner in one competency. */
export interface PostRating {
  readonly source: CompetencyRatingSourceName;
  /** Current ability, 1–5. */
  readonly level: number;
  /** Importance / desired level (self ratings only). */
  readonly target: number | null;
  readonly ratedAt: Date;
}

/**
 * Which post rating counts when a practitioner has several for a competency.
 * - TRAINER_ELSE_SELF (default): the latest trainer-verified rating; without one, the latest
 *   self rating; without either, the latest imported one.
 * - SELF: the latest self rating only.  - TRAINER: the latest trainer rating only.
 * - LATEST: the latest rating whatever its source.
 * "Latest" is the latest `ratedAt`; equal times go to the one given later (stored later).
 */
export type PostRatingRule = 'TRAINER_ELSE_SELF' | 'SELF' | 'TRAINER' | 'LATEST';
export const POST_RATING_RULES: readonly PostRatingRule[] = ['TRAINER_ELSE_SELF', 'SELF', 'TRAINER', 'LATEST'];

function latest(ratings: readonly PostRating[], source?: CompetencyRatingSourceName): PostRating | null {
  let best: PostRating | null = null;
  for (const r of ratings) {
    if (source && r.source !== source) continue;
    if (!best || r.ratedAt.getTime() >= best.ratedAt.getTime()) best = r;
  }
  return best;
}

/** The rating that counts as "post" under `rule`, or null when there is none. */
export function choosePostRating(ratings: readonly PostRating[], rule: PostRatingRule): PostRating | null {
  switch (rule) {
    case 'TRAINER_ELSE_SELF':
      return latest(ratings, 'TRAINER') ?? latest(ratings, 'SELF') ?? latest(ratings, 'IMPORTED');
    case 'SELF':
      return latest(ratings, 'SELF');
    case 'TRAINER':
      return latest(ratings, 'TRAINER');
    case 'LATEST':
      return latest(ratings);
  }
}

/** One practitioner × competency in one group: their pre rating (if any) and every post rating. */
export interface ClosureObservation {
  readonly groupKey: string;
  readonly practitionerId: string;
  readonly competencyCode: string;
  /** The needs-assessment rating (T and C); null when they did not rate it before. */
  readonly pre: { readonly target: number; readonly current: number } | null;
  readonly posts: readonly PostRating[];
}

export interface GapClosureInput {
  readonly instrument: Instrument;
  readonly minGroupSize: number;
  /** The competencies to report, in the order to show them. */
  readonly competencyCodes: readonly string[];
  /** Groups in the order to show them. */
  readonly groups: readonly { readonly key: string; readonly label: string }[];
  readonly observations: readonly ClosureObservation[];
  readonly rule: PostRatingRule;
}

export interface GapClosureFigure {
  readonly competencyCode: string;
  /** Paired practitioners: pre and post both present. */
  readonly n: number;
  readonly meanPreCurrent: number | null;
  readonly meanPostCurrent: number | null;
  /** mean(post C − pre C) = meanPostCurrent − meanPreCurrent. */
  readonly meanChange: number | null;
  /** Share of the pairs whose post C is above their pre C. */
  readonly shareImproved: number | null;
  /** The campaign's primary gap index (e.g. Borich MWDS) on the pre ratings (pre T, pre C). */
  readonly preIndex: number | null;
  /** The same index after training: post T (the pre T when the post rating has none) and post C. */
  readonly postIndex: number | null;
}

export interface GapClosureGroup {
  readonly key: string;
  readonly label: string;
  /** Paired practitioners in the group (at least one competency paired). */
  readonly respondents: number;
  readonly suppressed: boolean;
  readonly figures: GapClosureFigure[];
}

export interface GapClosure {
  readonly primaryIndex: PrimaryIndex;
  readonly minGroupSize: number;
  readonly rule: PostRatingRule;
  readonly groups: GapClosureGroup[];
}

interface Pair {
  readonly practitionerId: string;
  readonly preTarget: number;
  readonly preCurrent: number;
  readonly postTarget: number;
  readonly postCurrent: number;
}

const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

const emptyFigure = (competencyCode: string): GapClosureFigure => ({
  competencyCode,
  n: 0,
  meanPreCurrent: null,
  meanPostCurrent: null,
  meanChange: null,
  shareImproved: null,
  preIndex: null,
  postIndex: null,
});

/**
 * Gap closure, pre vs post per competency and group, over paired practitioners only. The gap
 * indexes come from the gap analysis's own `analyseGroup` (same formulas, same instrument's
 * primary index), and a group of fewer paired practitioners than `minGroupSize` is suppressed
 * by the same rule: no figure at all, only its size.
 */
export function gapClosure(input: GapClosureInput): GapClosure {
  const primaryIndex = primaryIndexOf(input.instrument);
  const pairs = new Map<string, Map<string, Pair[]>>();
  for (const o of input.observations) {
    if (!o.pre) continue;
    const post = choosePostRating(o.posts, input.rule);
    if (!post) continue;
    const byCompetency = pairs.get(o.groupKey) ?? new Map<string, Pair[]>();
    const list = byCompetency.get(o.competencyCode) ?? [];
    list.push({
      practitionerId: o.practitionerId,
      preTarget: o.pre.target,
      preCurrent: o.pre.current,
      postTarget: post.target ?? o.pre.target,
      postCurrent: post.level,
    });
    byCompetency.set(o.competencyCode, list);
    pairs.set(o.groupKey, byCompetency);
  }
  const groups: GapClosureGroup[] = [];
  for (const group of input.groups) {
    const byCompetency = pairs.get(group.key) ?? new Map<string, Pair[]>();
    const respondents = new Set([...byCompetency.values()].flat().map((p) => p.practitionerId)).size;
    if (respondents === 0) continue;
    if (isSuppressed(respondents, input.minGroupSize)) {
      groups.push({ key: group.key, label: group.label, respondents, suppressed: true, figures: input.competencyCodes.map(emptyFigure) });
      continue;
    }
    const listOf = (code: string) => byCompetency.get(code) ?? [];
    const pre = analyseGroup(
      input.instrument,
      input.competencyCodes.map((code) => ({ competencyCode: code, rollup: rollupOf(listOf(code).map((p) => ({ target: p.preTarget, current: p.preCurrent }))) })),
      respondents,
      input.minGroupSize,
    );
    const post = analyseGroup(
      input.instrument,
      input.competencyCodes.map((code) => ({ competencyCode: code, rollup: rollupOf(listOf(code).map((p) => ({ target: p.postTarget, current: p.postCurrent }))) })),
      respondents,
      input.minGroupSize,
    );
    groups.push({
      key: group.key,
      label: group.label,
      respondents,
      suppressed: false,
      figures: input.competencyCodes.map((code, i) => {
        const list = listOf(code);
        if (list.length === 0) return emptyFigure(code);
        const meanPreCurrent = mean(list.map((p) => p.preCurrent));
        const meanPostCurrent = mean(list.map((p) => p.postCurrent));
        return {
          competencyCode: code,
          n: list.length,
          meanPreCurrent,
          meanPostCurrent,
          meanChange: mean(list.map((p) => p.postCurrent - p.preCurrent)),
          shareImproved: list.filter((p) => p.postCurrent > p.preCurrent).length / list.length,
          preIndex: pre.figures[i]?.[primaryIndex] ?? null,
          postIndex: post.figures[i]?.[primaryIndex] ?? null,
        };
      }),
    });
  }
  return { primaryIndex, minGroupSize: input.minGroupSize, rule: input.rule, groups };
}

/**
 * Practitioners who improved after a curriculum: on at least one of its competencies, the
 * post rating chosen by `rule` is above their pre C (observations without a pre or a post
 * rating do not count either way).
 */
export function improvedPractitioners(observations: readonly Omit<ClosureObservation, 'groupKey'>[], rule: PostRatingRule): Set<string> {
  const improved = new Set<string>();
  for (const o of observations) {
    if (!o.pre) continue;
    const post = choosePostRating(o.posts, rule);
    if (post && post.level > o.pre.current) improved.add(o.practitionerId);
  }
  return improved;
}
