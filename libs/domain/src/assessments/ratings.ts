import { scaleOf, type Instrument } from '@ruamsang/shared';

export interface RatingInput {
  readonly competencyCode: string;
  readonly target: number;
  readonly current: number;
}

/** Why one rating (or the set) cannot be stored; `field` is a path into the submitted input. */
export interface RatingProblem {
  readonly field: string;
  readonly reason: 'OUT_OF_SCALE' | 'NOT_WHOLE' | 'UNKNOWN_COMPETENCY' | 'DUPLICATE_COMPETENCY' | 'NO_RATINGS';
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * Checks ratings against the campaign's instrument and framework. Every problem is listed, not
 * only the first, so a form can mark them all at once.
 */
export function ratingProblems(instrument: Instrument, ratings: readonly RatingInput[], knownCodes: ReadonlySet<string>, prefix = 'ratings'): RatingProblem[] {
  if (ratings.length === 0) return [{ field: prefix, reason: 'NO_RATINGS', params: {} }];
  const { min, max } = scaleOf(instrument);
  const problems: RatingProblem[] = [];
  const seen = new Set<string>();
  ratings.forEach((rating, index) => {
    const at = `${prefix}.${index}`;
    if (!knownCodes.has(rating.competencyCode)) {
      problems.push({ field: `${at}.competencyCode`, reason: 'UNKNOWN_COMPETENCY', params: { code: rating.competencyCode } });
    } else if (seen.has(rating.competencyCode)) {
      problems.push({ field: `${at}.competencyCode`, reason: 'DUPLICATE_COMPETENCY', params: { code: rating.competencyCode } });
    }
    seen.add(rating.competencyCode);
    for (const side of ['target', 'current'] as const) {
      const value = rating[side];
      if (!Number.isInteger(value)) problems.push({ field: `${at}.${side}`, reason: 'NOT_WHOLE', params: { min, max, value } });
      else if (value < min || value > max) problems.push({ field: `${at}.${side}`, reason: 'OUT_OF_SCALE', params: { min, max, value, instrument } });
    }
  });
  return problems;
}

export type CampaignStatus = 'UPCOMING' | 'OPEN' | 'CLOSED';

/** A campaign is open from `opensAt` (inclusive) to `closesAt` (exclusive). */
export function campaignStatus(opensAt: Date, closesAt: Date, now: Date): CampaignStatus {
  if (now.getTime() < opensAt.getTime()) return 'UPCOMING';
  if (now.getTime() >= closesAt.getTime()) return 'CLOSED';
  return 'OPEN';
}

export interface CampaignAudience {
  readonly provinceCodes: readonly string[];
  /** Empty means every sector. */
  readonly sectors: readonly string[];
}

export type EligibilityRefusal = 'PROVINCE_NOT_TARGETED' | 'SECTOR_NOT_TARGETED' | 'NO_PROVINCE';

export function eligibilityRefusal(audience: CampaignAudience, respondent: { provinceCode: string | null; sector: string | null }): EligibilityRefusal | null {
  if (!respondent.provinceCode) return 'NO_PROVINCE';
  if (!audience.provinceCodes.includes(respondent.provinceCode)) return 'PROVINCE_NOT_TARGETED';
  if (audience.sectors.length > 0 && (!respondent.sector || !audience.sectors.includes(respondent.sector))) return 'SECTOR_NOT_TARGETED';
  return null;
}
