import type { TFunction } from 'i18next';
import type { Locale } from '@ruamsang/shared';
import { formatNumber } from '../../app/dates';

export interface Why {
  readonly primaryIndex: string;
  readonly indexValue?: number | null;
  readonly indexRank?: number | null;
  readonly indexRanked: number;
  readonly votes: number;
  readonly voteRank?: number | null;
  readonly weight: number;
  readonly blended: number;
  readonly rank: number;
  readonly ranked: number;
}

/** "Index rank 3 of 24 (MWDS 4.20), 17 votes (2nd), weight 0.60 → blended 0.78, rank 1 of 24" in the reader's language. */
export function explainRank(why: Why, t: TFunction, locale: Locale): string {
  const index =
    why.indexRank != null && why.indexValue != null
      ? t('priorities.why.index', {
          rank: why.indexRank,
          of: why.indexRanked,
          index: t(`priorities.index.${why.primaryIndex}`),
          value: formatNumber(why.indexValue, locale),
        })
      : t('priorities.why.noIndex');
  const votes = why.voteRank != null ? t('priorities.why.votes', { votes: why.votes, rank: why.voteRank }) : t('priorities.why.noVotes');
  const blend = t('priorities.why.blend', {
    weight: formatNumber(why.weight, locale),
    blended: formatNumber(why.blended, locale),
    rank: why.rank,
    of: why.ranked,
  });
  return `${index}; ${votes}; ${blend}`;
}
