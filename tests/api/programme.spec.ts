import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@ruamsang/shared';
import { adminToken, createCampaign } from '../support/factories.js';
import { errorCode, startTestApp, type GraphQLResult, type TestApp } from '../support/test-app.js';

/** The programme area (PROGRAMME_PROVINCES): what `programme` answers and what the services refuse. */
const PROGRAMME = '{ programme { provinceCodes provinces { code nameTh nameEn } } }';
const SAVE_VENUE = 'mutation($i: SaveVenueInput!) { saveVenue(input: $i) { id provinceCode } }';
const SAVE_COHORT = 'mutation($i: SaveCohortInput!) { saveCohort(input: $i) { id provinceCode } }';
const SAVE_RULES = 'mutation($i: SaveCalendarRulesInput!) { saveCalendarRules(input: $i) { provinceCode ramadanPolicy } }';
const SAVE_TRAINER = 'mutation($i: SaveTrainerProfileInput!) { saveTrainerProfile(input: $i) { userId homeProvinceCode } }';
const CREATE_CAMPAIGN = 'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id provinceCodes } }';
const CREATE_CURRICULUM = 'mutation($i: CreateCurriculumInput!) { createCurriculum(input: $i) { id provinceCodes } }';

const venue = (provinceCode: string) => ({ i: { provinceCode, name: `Hall in ${provinceCode}`, capacity: 30 } });
const rules = (provinceCode: string) => ({ i: { provinceCode, ramadanPolicy: 'IGNORE', prayerStart: null, prayerEnd: null, blackouts: [] } });
const campaign = (frameworkId: string, provinceCodes: string[]) => ({
  i: {
    frameworkId,
    title: 'Area campaign',
    instrument: 'BORICH',
    provinceCodes,
    opensAt: new Date(Date.now() - 86_400_000).toISOString(),
    closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  },
});

function refusedOutside(result: GraphQLResult, field: string): string {
  expect(errorCode(result)).toBe('BAD_USER_INPUT');
  expect(result.errors?.[0]?.extensions?.['field']).toBe(field);
  return result.errors?.[0]?.message ?? '';
}

describe('the default area: the five southern border provinces', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t);
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('answers `programme` before sign-in, with the provinces and their names', async () => {
    const result = await t.gql<{ programme: { provinceCodes: string[]; provinces: { code: string; nameTh: string; nameEn: string }[] } }>(PROGRAMME);
    expect(result.errors).toBeUndefined();
    expect(result.data?.programme.provinceCodes).toEqual(['90', '91', '94', '95', '96']);
    expect(result.data?.programme.provinces.map((p) => p.code)).toEqual(['90', '91', '94', '95', '96']);
    expect(result.data?.programme.provinces[2]).toEqual({ code: '94', nameTh: 'ปัตตานี', nameEn: 'Pattani' });
  });

  it('refuses a venue, calendar rules and a campaign in Chiang Mai (50), naming the field and the provinces allowed, in th/en/ms', async () => {
    const en = refusedOutside(await t.gql(SAVE_VENUE, venue('50'), { token: admin }), 'provinceCode');
    expect(en).toContain('50');
    expect(en).toContain('90 Songkhla, 91 Satun, 94 Pattani, 95 Yala, 96 Narathiwat');
    const th = refusedOutside(await t.gql(SAVE_VENUE, venue('50'), { token: admin, lang: 'th' }), 'provinceCode');
    expect(th).toContain('นอกพื้นที่');
    expect(th).toContain('90 สงขลา');
    const cohort = { i: { name: 'รุ่น 1', curriculumId: '00000000-0000-4000-8000-000000000000', provinceCode: '50', teachingLanguage: 'THAI', capacity: 20 } };
    expect(refusedOutside(await t.gql(SAVE_COHORT, cohort, { token: admin }), 'provinceCode')).toContain('Choose one of: 90 Songkhla');
    const trainer = await t.createUser({ role: Role.TRAINER });
    refusedOutside(await t.gql(SAVE_TRAINER, { i: { userId: trainer.id, homeProvinceCode: '50', moduleCodes: [] } }, { token: admin }), 'homeProvinceCode');
    const ms = refusedOutside(await t.gql(SAVE_RULES, rules('50'), { token: admin, lang: 'ms' }), 'provinceCode');
    expect(ms).toContain('di luar kawasan program');
    expect(ms).toContain('96 Narathiwat');
    const framework = await createCampaign(t, { provinceCodes: ['94'] });
    const frameworkId = (await t.ruamsang.dataSource.query<{ framework_id: string }[]>('SELECT framework_id FROM campaign WHERE id = $1', [framework.id]))[0]!.framework_id;
    const refused = await t.gql(CREATE_CAMPAIGN, campaign(frameworkId, ['94', '50']), { token: admin });
    expect(refusedOutside(refused, 'provinceCodes')).toContain('Province 50');
    // Unknown codes are still told apart from codes outside the area.
    expect(refusedOutside(await t.gql(SAVE_VENUE, venue('99'), { token: admin }), 'provinceCode')).toContain('no province with code 99');
    // Nothing was stored.
    const [{ count } = { count: '' }] = await t.ruamsang.dataSource.query<{ count: string }[]>("SELECT count(*)::text AS count FROM venue WHERE province_code = '50'");
    expect(count).toBe('0');
  });

  it('still accepts the provinces in the area', async () => {
    const saved = await t.gql<{ saveVenue: { provinceCode: string } }>(SAVE_VENUE, venue('91'), { token: admin });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveVenue.provinceCode).toBe('91');
  });
});

describe('an area grown to Chiang Mai: PROGRAMME_PROVINCES=90,91,94,95,96,50 (with the demo data)', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ PROGRAMME_PROVINCES: '90,91,94,95,96,50', DEMO_DATA: '1', DEMO_PASSWORD: 'ruamsang-demo' });
    admin = await adminToken(t);
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('answers the six provinces, Chiang Mai among them, and the demo data (southern) loaded', async () => {
    const result = await t.gql<{ programme: { provinceCodes: string[]; provinces: { code: string; nameEn: string }[] } }>(PROGRAMME);
    expect(result.data?.programme.provinceCodes).toEqual(['50', '90', '91', '94', '95', '96']);
    expect(result.data?.programme.provinces[0]).toMatchObject({ code: '50', nameEn: 'Chiang Mai' });
    const [{ count } = { count: '' }] = await t.ruamsang.dataSource.query<{ count: string }[]>('SELECT count(*)::text AS count FROM cohort');
    expect(Number(count)).toBeGreaterThan(0);
  });

  it('accepts a venue, a cohort, calendar rules, a trainer, a campaign and a curriculum in Chiang Mai', async () => {
    const v = await t.gql<{ saveVenue: { provinceCode: string } }>(SAVE_VENUE, venue('50'), { token: admin });
    expect(v.errors).toBeUndefined();
    expect(v.data?.saveVenue.provinceCode).toBe('50');

    const r = await t.gql<{ saveCalendarRules: { provinceCode: string } }>(SAVE_RULES, rules('50'), { token: admin });
    expect(r.errors).toBeUndefined();
    expect(r.data?.saveCalendarRules.provinceCode).toBe('50');

    const [curriculum] = await t.ruamsang.dataSource.query<{ id: string; campaign_id: string }[]>('SELECT id, campaign_id FROM curriculum ORDER BY created_at LIMIT 1');
    const c = await t.gql<{ saveCohort: { provinceCode: string } }>(
      SAVE_COHORT,
      { i: { name: 'รุ่น 1 เชียงใหม่', curriculumId: curriculum!.id, provinceCode: '50', teachingLanguage: 'THAI', capacity: 20 } },
      { token: admin },
    );
    expect(c.errors).toBeUndefined();
    expect(c.data?.saveCohort.provinceCode).toBe('50');

    const trainer = await t.createUser({ role: Role.TRAINER, provinceCode: '50' });
    const tp = await t.gql<{ saveTrainerProfile: { homeProvinceCode: string } }>(SAVE_TRAINER, { i: { userId: trainer.id, homeProvinceCode: '50', moduleCodes: [] } }, { token: admin });
    expect(tp.errors).toBeUndefined();
    expect(tp.data?.saveTrainerProfile.homeProvinceCode).toBe('50');

    const made = await createCampaign(t, { provinceCodes: ['50', '94'] });
    expect(made.id).toBeTruthy();

    const cu = await t.gql<{ createCurriculum: { provinceCodes: string[] } }>(
      CREATE_CURRICULUM,
      { i: { title: 'หลักสูตรเชียงใหม่', campaignId: curriculum!.campaign_id, moduleCodes: [], provinceCodes: ['50'] } },
      { token: admin },
    );
    expect(cu.errors).toBeUndefined();
    expect(cu.data?.createCurriculum.provinceCodes).toEqual(['50']);
  });

  it('refuses Chiang Rai (57), which is outside this area, listing the six allowed', async () => {
    const message = refusedOutside(await t.gql(SAVE_VENUE, venue('57'), { token: admin }), 'provinceCode');
    expect(message).toContain('50 Chiang Mai, 90 Songkhla');
  });
});

describe('the whole country: PROGRAMME_PROVINCES=all', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PROGRAMME_PROVINCES: 'all' });
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('answers the 77 provinces and accepts a venue in Bangkok (10)', async () => {
    const result = await t.gql<{ programme: { provinceCodes: string[]; provinces: { code: string }[] } }>(PROGRAMME);
    expect(result.data?.programme.provinceCodes).toHaveLength(77);
    expect(result.data?.programme.provinces).toHaveLength(77);
    expect(result.data?.programme.provinceCodes[0]).toBe('10');
    const saved = await t.gql<{ saveVenue: { provinceCode: string } }>(SAVE_VENUE, venue('10'), { token: await adminToken(t) });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveVenue.provinceCode).toBe('10');
  });
});
