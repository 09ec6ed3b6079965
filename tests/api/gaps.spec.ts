import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addRating, emptyRollup, groupKeysOf, type GapRollup } from '@ruamsang/domain';
import { Role } from '@ruamsang/shared';
import { GapRollupEntity } from '../../apps/api/src/modules/gaps/entities/gap-rollup.entity.js';
import { rollupFromRow } from '../../apps/api/src/modules/gaps/gaps.service.js';
import { adminToken, buildFrameworkInput, buildSubmission, consent, createCampaign, createPublishedFramework, SUBMIT } from '../support/factories.js';
import { countQueries } from '../support/query-counter.js';
import { errorCode, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const GAPS = `query($c: ID!, $g: GapGrouping!) { gapAnalysis(campaignId: $c, groupBy: $g) {
  instrument minGroupSize primaryIndex groups { key label respondents suppressed figures {
    competencyCode n meanTarget meanCurrent medianTarget medianCurrent meanGap mwds pniModified shareWithGap2 gapCiLow gapCiHigh quadrant rank negativeGap } } } }`;

async function respondent(provinceCode: string, districtCode: string, gender = 'FEMALE') {
  const user = await t.createUser({ role: Role.PRACTITIONER, provinceCode, districtCode, gender: gender as never, sector: 'COMMUNITY' as never });
  await consent(t, user.token);
  return user;
}

async function submit(token: string, campaignId: string, codes: string[], pairs: [number, number][]) {
  const result = await t.gql(SUBMIT, { i: buildSubmission(campaignId, codes, (_, i) => pairs[i]!) }, { token });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
}

/** The rollups rebuilt from the raw ratings, for comparison with the maintained ones. */
async function rollupsFromRaw(campaignId: string): Promise<Map<string, GapRollup>> {
  const rows = await t.ruamsang.dataSource.query<
    { province_code: string; district_code: string | null; sector: string | null; organisation_id: string | null; gender: string | null; age_band: string | null; persona_groups: string[]; competency_code: string; target: number; current: number }[]
  >(
    `SELECT r.province_code, r.district_code, r.sector, r.organisation_id, r.gender, r.age_band, r.persona_groups, x.competency_code, x.target, x.current
     FROM rating x JOIN assessment_response r ON r.id = x.response_id WHERE x.campaign_id = $1`,
    [campaignId],
  );
  const expected = new Map<string, GapRollup>();
  for (const row of rows) {
    const groups = { provinceCode: row.province_code, districtCode: row.district_code, sector: row.sector, organisationId: row.organisation_id, gender: row.gender, ageBand: row.age_band, personaGroups: row.persona_groups };
    for (const [grouping, key] of groupKeysOf(groups)) {
      const id = `${grouping}/${key}/${row.competency_code}`;
      expected.set(id, addRating(expected.get(id) ?? emptyRollup(), row.target, row.current));
    }
  }
  return expected;
}

async function maintainedRollups(campaignId: string): Promise<Map<string, GapRollup>> {
  const rows = await t.ruamsang.dataSource.getRepository(GapRollupEntity).findBy({ campaignId });
  return new Map(rows.filter((r) => r.n !== 0).map((r) => [`${r.grouping}/${r.groupKey}/${r.competencyCode}`, rollupFromRow(r)]));
}

describe('gap analysis', () => {
  it('reports the hand-worked figures through the API, and ranks by MWDS', async () => {
    const framework = await createPublishedFramework(t, buildFrameworkInput('GAPHAND', 1, 2));
    const campaign = await createCampaign(t, { frameworkId: framework.id, minGroupSize: 2 });
    const [a, b] = framework.codes as [string, string];
    // A: (5,2) (4,3) (3,3) (4,1) — see libs/domain/src/gaps/scoring.spec.ts for the arithmetic
    // B: (3,3) (3,2) (2,2) (3,3)
    const pairs: [number, number][][] = [
      [[5, 2], [3, 3]],
      [[4, 3], [3, 2]],
      [[3, 3], [2, 2]],
      [[4, 1], [3, 3]],
    ];
    for (const p of pairs) await submit((await respondent('94', '9401')).token, campaign.id, [a, b], p);
    const result = await t.gql(GAPS, { c: campaign.id, g: 'ALL' }, { token: await adminToken(t) });
    expect(result.errors).toBeUndefined();
    const analysis = result.data?.['gapAnalysis'];
    expect(analysis).toMatchObject({ instrument: 'BORICH', primaryIndex: 'mwds', minGroupSize: 2 });
    const [group] = analysis.groups;
    expect(group).toMatchObject({ key: 'ALL', label: 'Everyone', respondents: 4, suppressed: false });
    const figureA = group.figures.find((f: { competencyCode: string }) => f.competencyCode === a);
    expect(figureA).toMatchObject({ n: 4, meanTarget: 4, meanCurrent: 2.25, medianTarget: 4, medianCurrent: 2.5, meanGap: 1.75, mwds: 7, shareWithGap2: 0.5, rank: 1, quadrant: 'HIGH_IMPORTANCE_HIGH_GAP' });
    expect(figureA.pniModified).toBeCloseTo(0.7777777777777778, 12);
    expect(figureA.gapCiLow).toBeCloseTo(1.75 - 2.386834728963197, 9);
    expect(figureA.gapCiHigh).toBeCloseTo(1.75 + 2.386834728963197, 9);
    const figureB = group.figures.find((f: { competencyCode: string }) => f.competencyCode === b);
    expect(figureB).toMatchObject({ meanGap: 0.25, mwds: 0.6875, rank: 2, quadrant: 'LOW_IMPORTANCE_LOW_GAP' });
  });

  it('suppresses a group of 4 (k = 5) in the API while showing a group of 5', async () => {
    const framework = await createPublishedFramework(t, buildFrameworkInput('GAPSUP', 1, 2));
    const campaign = await createCampaign(t, { frameworkId: framework.id, provinceCodes: ['94', '95'] });
    for (let i = 0; i < 5; i += 1) await submit((await respondent('94', '9401')).token, campaign.id, framework.codes, [[4, 2], [5, 1]]);
    for (let i = 0; i < 4; i += 1) await submit((await respondent('95', '9501')).token, campaign.id, framework.codes, [[4, 2], [5, 1]]);
    const result = await t.gql(GAPS, { c: campaign.id, g: 'PROVINCE' }, { token: await adminToken(t), lang: 'th' });
    const groups = result.data?.['gapAnalysis'].groups;
    const pattani = groups.find((g: { key: string }) => g.key === '94');
    const yala = groups.find((g: { key: string }) => g.key === '95');
    expect(pattani).toMatchObject({ label: 'ปัตตานี', respondents: 5, suppressed: false });
    expect(pattani.figures[0].meanGap).toBe(2);
    expect(yala).toMatchObject({ label: 'ยะลา', respondents: 4, suppressed: true });
    for (const figure of yala.figures) {
      expect(figure).toMatchObject({ n: 0, meanTarget: null, meanCurrent: null, meanGap: null, mwds: null, pniModified: null, gapCiLow: null, rank: null, quadrant: null });
    }
  });

  it('reads only the rollups, never the ratings table', async () => {
    const campaign = await createCampaign(t);
    await submit((await respondent('94', '9401')).token, campaign.id, campaign.codes, campaign.codes.map(() => [4, 2]));
    const token = await adminToken(t);
    const { queries } = await countQueries(t.ruamsang.dataSource, () => t.gql(GAPS, { c: campaign.id, g: 'DISTRICT' }, { token }));
    expect(queries.some((q) => q.includes('gap_rollup'))).toBe(true);
    expect(queries.filter((q) => /\brating\b|"rating"/.test(q))).toEqual([]);
    const plan = await t.ruamsang.dataSource.query<{ 'QUERY PLAN': string }[]>(
      `EXPLAIN SELECT * FROM gap_rollup WHERE campaign_id = $1 AND grouping = 'PROVINCE'`,
      [campaign.id],
    );
    expect(plan.map((p) => p['QUERY PLAN']).join('\n')).not.toMatch(/\brating\b/);
  });

  it('keeps the rollups equal to a computation from the raw ratings after submissions, edits and imports', async () => {
    const campaign = await createCampaign(t, { provinceCodes: ['94', '96'] });
    const people = [await respondent('94', '9401'), await respondent('94', '9402', 'MALE'), await respondent('96', '9601')];
    for (const [i, person] of people.entries()) await submit(person.token, campaign.id, campaign.codes, campaign.codes.map((_, j) => [((i + j) % 5) + 1, ((i * 2 + j) % 5) + 1]));
    // edits: one person changes every answer, another drops competencies
    await submit(people[0]!.token, campaign.id, campaign.codes, campaign.codes.map(() => [5, 1]));
    await submit(people[1]!.token, campaign.id, campaign.codes.slice(0, 2), [[2, 2], [3, 1]]);
    // an import
    const header = 'respondent_ref,province_code,district_code,sector,gender,competency_code,target,current';
    const csv = [header, ...campaign.codes.flatMap((code, j) => [`R1,96,9601,COMMUNITY,FEMALE,${code},${(j % 5) + 1},2`, `R2,94,,GOVERNMENT,,${code},4,${(j % 4) + 1}`])].join('\n');
    const upload = await fetch(`${t.url}/imports/assessments/${campaign.id}`, { method: 'POST', headers: { authorization: `Bearer ${await adminToken(t)}` }, body: csv });
    expect(((await upload.json()) as { storedResponses: number }).storedResponses).toBe(2);

    const expected = await rollupsFromRaw(campaign.id);
    const maintained = await maintainedRollups(campaign.id);
    expect(maintained).toEqual(expected);
    const groups = await t.ruamsang.dataSource.query<{ grouping: string; group_key: string; respondents: number }[]>(
      `SELECT grouping, group_key, respondents FROM gap_group WHERE campaign_id = $1 AND grouping = 'PROVINCE' ORDER BY group_key`,
      [campaign.id],
    );
    expect(groups).toEqual([
      { grouping: 'PROVINCE', group_key: '94', respondents: 3 },
      { grouping: 'PROVINCE', group_key: '96', respondents: 2 },
    ]);
  });

  it('reuses computed figures until a rating changes, then answers with the new ones (an edit keeps the head count)', async () => {
    const campaign = await createCampaign(t, { minGroupSize: 2 });
    const [first, second] = [await respondent('94', '9401'), await respondent('94', '9402')];
    await submit(first.token, campaign.id, campaign.codes, campaign.codes.map(() => [5, 1]));
    await submit(second.token, campaign.id, campaign.codes, campaign.codes.map(() => [3, 3]));
    const token = await adminToken(t);
    const read = async () => {
      type Groups = { gapAnalysis: { groups: { respondents: number; figures: { meanGap: number }[] }[] } };
      let result: Awaited<ReturnType<typeof t.gql<Groups>>> | undefined;
      const { queries } = await countQueries(t.ruamsang.dataSource, async () => (result = await t.gql<Groups>(GAPS, { c: campaign.id, g: 'ALL' }, { token })));
      expect(result?.errors).toBeUndefined();
      const [group] = result?.data?.gapAnalysis.groups ?? [];
      return { respondents: group!.respondents, meanGap: group!.figures[0]!.meanGap, readRollups: queries.some((q) => q.includes('gap_rollup')) };
    };
    expect(await read()).toEqual({ respondents: 2, meanGap: 2, readRollups: true });
    expect(await read()).toEqual({ respondents: 2, meanGap: 2, readRollups: false });
    await submit(second.token, campaign.id, campaign.codes, campaign.codes.map(() => [5, 2]));
    expect(await read()).toEqual({ respondents: 2, meanGap: 3.5, readRollups: true });
    const csv = ['respondent_ref,province_code,district_code,sector,gender,competency_code,target,current', ...campaign.codes.map((code) => `P1,94,9401,COMMUNITY,FEMALE,${code},2,2`)].join('\n');
    const upload = await fetch(`${t.url}/imports/assessments/${campaign.id}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: csv });
    expect(((await upload.json()) as { storedResponses: number }).storedResponses).toBe(1);
    expect(await read()).toEqual({ respondents: 3, meanGap: 7 / 3, readRollups: true });
  });

  it('answers NOT_FOUND for an unknown campaign and needs sign-in', async () => {
    expect(errorCode(await t.gql(GAPS, { c: '00000000-0000-4000-8000-000000000000', g: 'ALL' }, { token: await adminToken(t) }))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(GAPS, { c: '00000000-0000-4000-8000-000000000000', g: 'ALL' }))).toBe('UNAUTHENTICATED');
  });
});
