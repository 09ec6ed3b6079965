import { describe, expect, it } from '@jest/globals';
import { GapGrouping } from '@ruamsang/shared';
import { groupKeysOf, rollupDeltas, type RatedResponse, type RespondentGroups } from './rollup-deltas.js';

const pattaniWoman: RespondentGroups = {
  provinceCode: '94',
  districtCode: '9401',
  sector: 'COMMUNITY',
  organisationId: null,
  gender: 'FEMALE',
  ageBand: null,
  personaGroups: ['WOMEN_FARMERS', 'YOUTH'],
};

describe('groupKeysOf', () => {
  it('puts a response in every grouping, UNKNOWN where a value is missing, and in each persona group', () => {
    expect(groupKeysOf(pattaniWoman)).toEqual([
      [GapGrouping.ALL, 'ALL'],
      [GapGrouping.PROVINCE, '94'],
      [GapGrouping.DISTRICT, '9401'],
      [GapGrouping.SECTOR, 'COMMUNITY'],
      [GapGrouping.ORGANISATION, 'UNKNOWN'],
      [GapGrouping.GENDER, 'FEMALE'],
      [GapGrouping.AGE_BAND, 'UNKNOWN'],
      [GapGrouping.PERSONA_GROUP, 'WOMEN_FARMERS'],
      [GapGrouping.PERSONA_GROUP, 'YOUTH'],
    ]);
  });
});

describe('rollupDeltas', () => {
  const first: RatedResponse = {
    groups: pattaniWoman,
    ratings: [
      { competencyCode: 'A1', target: 5, current: 2 },
      { competencyCode: 'A2', target: 3, current: 3 },
    ],
  };

  it('counts a new response in each of its groups', () => {
    const { rollups, groups } = rollupDeltas([], [first]);
    expect(groups).toHaveLength(9);
    expect(groups.every((g) => g.respondents === 1)).toBe(true);
    const allA1 = rollups.find((d) => d.grouping === GapGrouping.ALL && d.competencyCode === 'A1');
    expect(allA1).toMatchObject({ n: 1, t: [0, 0, 0, 0, 1, 0, 0], c: [0, 1, 0, 0, 0, 0, 0], sumD2: 9, countGap2: 1 });
    const allA2 = rollups.find((d) => d.grouping === GapGrouping.ALL && d.competencyCode === 'A2');
    expect(allA2).toMatchObject({ n: 1, sumD2: 0, countGap2: 0 });
  });

  it('turns an edit into the difference between old and new ratings, dropping what did not change', () => {
    const edited: RatedResponse = { ...first, ratings: [{ competencyCode: 'A1', target: 4, current: 2 }, first.ratings[1]!] };
    const { rollups, groups } = rollupDeltas([first], [edited]);
    expect(groups).toEqual([]);
    expect(rollups.every((d) => d.competencyCode === 'A1')).toBe(true);
    const allA1 = rollups.find((d) => d.grouping === GapGrouping.ALL);
    expect(allA1).toMatchObject({ n: 0, t: [0, 0, 0, 1, -1, 0, 0], c: [0, 0, 0, 0, 0, 0, 0], sumD2: 4 - 9, countGap2: 0 });
  });

  it('moves a response between provinces when the respondent’s group changed', () => {
    const moved: RatedResponse = { groups: { ...pattaniWoman, provinceCode: '95', districtCode: '9501' }, ratings: first.ratings };
    const { groups } = rollupDeltas([first], [moved]);
    expect(groups).toEqual(
      expect.arrayContaining([
        { grouping: GapGrouping.PROVINCE, groupKey: '94', respondents: -1 },
        { grouping: GapGrouping.PROVINCE, groupKey: '95', respondents: 1 },
      ]),
    );
  });

  it('sorts deltas so concurrent writers lock rows in one order', () => {
    const { rollups } = rollupDeltas([], [first]);
    const ids = rollups.map((d) => `${d.grouping}\u0000${d.groupKey}\u0000${d.competencyCode}`);
    expect([...ids].sort()).toEqual(ids);
  });
});
