import { GapGrouping } from '@ruamsang/shared';
import { addRating, emptyRollup, type GapRollup } from '../gaps/scoring.js';

/** What the rollups need to know about one response. */
export interface RespondentGroups {
  readonly provinceCode: string;
  readonly districtCode: string | null;
  readonly sector: string | null;
  readonly organisationId: string | null;
  readonly gender: string | null;
  readonly ageBand: string | null;
  readonly personaGroups: readonly string[];
}

export interface RatedResponse {
  readonly groups: RespondentGroups;
  readonly ratings: readonly { readonly competencyCode: string; readonly target: number; readonly current: number }[];
}

/** The bucket a response counts in when a value is missing (e.g. no gender given). */
export const UNKNOWN_GROUP = 'UNKNOWN';
export const ALL_GROUP = 'ALL';

/**
 * The groups one response belongs to, per grouping. A person can be in several persona groups
 * (a woman farmer who is also young), so that grouping may list several keys, or none.
 */
export function groupKeysOf(groups: RespondentGroups): [GapGrouping, string][] {
  const keys: [GapGrouping, string][] = [
    [GapGrouping.ALL, ALL_GROUP],
    [GapGrouping.PROVINCE, groups.provinceCode || UNKNOWN_GROUP],
    [GapGrouping.DISTRICT, groups.districtCode ?? UNKNOWN_GROUP],
    [GapGrouping.SECTOR, groups.sector ?? UNKNOWN_GROUP],
    [GapGrouping.ORGANISATION, groups.organisationId ?? UNKNOWN_GROUP],
    [GapGrouping.GENDER, groups.gender ?? UNKNOWN_GROUP],
    [GapGrouping.AGE_BAND, groups.ageBand ?? UNKNOWN_GROUP],
  ];
  for (const persona of new Set(groups.personaGroups)) keys.push([GapGrouping.PERSONA_GROUP, persona]);
  return keys;
}

/** A change to one gap_rollup row: the same shape as a rollup, with negative counts for removals. */
export interface RollupDelta extends GapRollup {
  readonly grouping: GapGrouping;
  readonly groupKey: string;
  readonly competencyCode: string;
}

export interface GroupDelta {
  readonly grouping: GapGrouping;
  readonly groupKey: string;
  respondents: number;
}

/**
 * The change to the maintained aggregates when responses are removed (an edit's old version)
 * and added. Deltas come out sorted by key so concurrent writers lock rows in the same order.
 */
export function rollupDeltas(removed: readonly RatedResponse[], added: readonly RatedResponse[]): { rollups: RollupDelta[]; groups: GroupDelta[] } {
  const rollups = new Map<string, RollupDelta>();
  const groups = new Map<string, GroupDelta>();
  const apply = (response: RatedResponse, sign: 1 | -1) => {
    for (const [grouping, groupKey] of groupKeysOf(response.groups)) {
      const groupId = `${grouping}\u0000${groupKey}`;
      const group = groups.get(groupId) ?? { grouping, groupKey, respondents: 0 };
      group.respondents += sign;
      groups.set(groupId, group);
      for (const rating of response.ratings) {
        const id = `${groupId}\u0000${rating.competencyCode}`;
        let delta = rollups.get(id);
        if (!delta) {
          delta = { ...emptyRollup(), grouping, groupKey, competencyCode: rating.competencyCode };
          rollups.set(id, delta);
        }
        addRating(delta, rating.target, rating.current, sign);
      }
    }
  };
  removed.forEach((r) => apply(r, -1));
  added.forEach((r) => apply(r, 1));
  const byKey = <T>(map: Map<string, T>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
  return {
    rollups: byKey(rollups).filter((d) => d.n !== 0 || d.t.some((x) => x !== 0) || d.c.some((x) => x !== 0) || d.sumD2 !== 0 || d.countGap2 !== 0),
    groups: byKey(groups).filter((g) => g.respondents !== 0),
  };
}
