import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@ruamsang/shared';
import { AppUserEntity } from '../../apps/api/src/modules/accounts/entities/app-user.entity.js';
import { PERSONAL_DATA } from '../../apps/api/src/modules/privacy/personal-data.handlers.js';
import { adminToken, buildSubmission, consent, createCampaign, SUBMIT } from '../support/factories.js';
import { errorCode, startTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 60_000);
afterAll(async () => {
  await t?.close();
});

/** Column names that identify or point at a person. */
const PERSONAL_COLUMN = /^(email|displayName|passwordHash|respondentRef|userId|respondentId|actorId|subjectId|authorId|createdBy|updatedBy|voterId|holderId|practitionerId|trainerId|markedBy|.+UserId|.+ById|.+AuthorIds?)$/;

const GAPS = `query($c: ID!, $g: GapGrouping!) { gapAnalysis(campaignId: $c, groupBy: $g) { groups { key respondents suppressed figures { competencyCode n meanTarget meanCurrent meanGap mwds rank } } } }`;

async function practitionerWithAnswers(campaign: { id: string; codes: string[] }) {
  const person = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '94', districtCode: '9401', displayName: 'นางสาวทดสอบ ลบข้อมูล', gender: 'FEMALE' as never });
  await consent(t, person.token);
  const draft = await t.gql('mutation($i: SaveAssessmentDraftInput!) { saveAssessmentDraft(input: $i) { updatedAt } }', { i: { campaignId: campaign.id, ratings: [{ competencyCode: campaign.codes[0], target: 5 }] } }, { token: person.token });
  expect(draft.errors).toBeUndefined();
  const submitted = await t.gql(SUBMIT, { i: buildSubmission(campaign.id, campaign.codes, (_, i) => [5, (i % 4) + 1]) }, { token: person.token });
  expect(submitted.errors).toBeUndefined();
  return { campaign, person };
}

describe('the registry of personal data', () => {
  it('has export and erase handlers for every entity that holds personal data', () => {
    const registered = new Set(PERSONAL_DATA.map((h) => t.ruamsang.dataSource.getMetadata(h.entity).tableName));
    const holding = t.ruamsang.dataSource.entityMetadatas
      .filter((m) => m.columns.some((c) => PERSONAL_COLUMN.test(c.propertyName)) || m.relations.some((r) => r.inverseEntityMetadata.target === AppUserEntity))
      .map((m) => m.tableName);
    expect(holding).toEqual(expect.arrayContaining(['app_user', 'assessment_response', 'consent_record']));
    expect(holding.filter((table) => !registered.has(table))).toEqual([]);
  });
});

describe('exportMyData', () => {
  it('returns everything held about the signed-in person, and never the password hash', async () => {
    const campaign = await createCampaign(t);
    const { person } = await practitionerWithAnswers(campaign);
    const result = await t.gql<{ exportMyData: { userId: string; sections: { table: string; records: Record<string, unknown>[] }[] } }>('{ exportMyData }', {}, { token: person.token });
    expect(result.errors).toBeUndefined();
    const sections = new Map(result.data!.exportMyData.sections.map((s) => [s.table, s.records]));
    expect(sections.get('app_user')).toEqual([expect.objectContaining({ email: person.email, displayName: 'นางสาวทดสอบ ลบข้อมูล', districtCode: '9401' })]);
    const responses = sections.get('assessment_response')!;
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ campaignId: campaign.id });
    expect((responses[0]!['ratings'] as unknown[]).length).toBe(campaign.codes.length);
    expect(sections.get('consent_record')).toHaveLength(1);
    expect(JSON.stringify(result.data)).not.toContain('argon2');
    expect(JSON.stringify(result.data)).not.toContain('passwordHash');
  });

  it('offers a human-readable download with the same bearer token', async () => {
    const person = await t.createUser({ displayName: 'นายอ่านได้ ดาวน์โหลด' });
    const response = await fetch(`${t.url}/exports/my-data.html`, { headers: { authorization: `Bearer ${person.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const html = await response.text();
    expect(html).toContain('นายอ่านได้ ดาวน์โหลด');
    expect(html).toContain('<table>');
    expect((await fetch(`${t.url}/exports/my-data.html`)).status).toBe(401);
  });
});

describe('eraseUser', () => {
  it('removes or anonymises the person everywhere while every gap figure stays the same', async () => {
    // two people answer (k = 2), so the figures are shown before and after
    const campaign = await createCampaign(t, { minGroupSize: 2 });
    const { person } = await practitionerWithAnswers(campaign);
    await practitionerWithAnswers(campaign);
    const token = await adminToken(t);
    const before = await Promise.all(['ALL', 'PROVINCE', 'GENDER'].map((g) => t.gql(GAPS, { c: campaign.id, g }, { token })));

    const erased = await t.gql<{ eraseUser: boolean }>('mutation($id: ID!) { eraseUser(id: $id) }', { id: person.id }, { token });
    expect(erased.data?.eraseUser).toBe(true);

    const after = await Promise.all(['ALL', 'PROVINCE', 'GENDER'].map((g) => t.gql(GAPS, { c: campaign.id, g }, { token })));
    expect(before[0]!.data?.['gapAnalysis'].groups[0]).toMatchObject({ respondents: 2, suppressed: false });
    expect(after).toEqual(before);
    const [user] = await t.ruamsang.dataSource.query<{ email: string; display_name: string; erased_at: Date | null; district_code: string | null }[]>(
      'SELECT email, display_name, erased_at, district_code FROM app_user WHERE id = $1',
      [person.id],
    );
    expect(user!.email).not.toBe(person.email);
    expect(user!.display_name).not.toContain('ทดสอบ');
    expect(user!.erased_at).not.toBeNull();
    expect(user!.district_code).toBeNull();
    const linked = await t.ruamsang.dataSource.query<{ n: string }[]>(
      `SELECT (SELECT count(*) FROM assessment_response WHERE respondent_id = $1) + (SELECT count(*) FROM assessment_draft WHERE user_id = $1)
        + (SELECT count(*) FROM consent_record WHERE user_id = $1) + (SELECT count(*) FROM submission_receipt WHERE user_id = $1) AS n`,
      [person.id],
    );
    expect(Number(linked[0]!.n)).toBe(0);
    const ratings = await t.ruamsang.dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM rating WHERE campaign_id = $1', [campaign.id]);
    expect(Number(ratings[0]!.n)).toBe(2 * campaign.codes.length);

    const signIn = await t.gql('mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token } }', { e: person.email, p: TEST_PASSWORD });
    expect(errorCode(signIn)).toBe('UNAUTHENTICATED');
  });

  it('is for administrators only, and not on themselves', async () => {
    const person = await t.createUser();
    const coordinator = await t.createUser({ role: Role.COORDINATOR, managedProvinceCodes: ['94'] });
    expect(errorCode(await t.gql('mutation($id: ID!) { eraseUser(id: $id) }', { id: person.id }, { token: person.token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql('mutation($id: ID!) { eraseUser(id: $id) }', { id: person.id }, { token: coordinator.token }))).toBe('FORBIDDEN');
    const token = await adminToken(t);
    const me = await t.gql<{ me: { id: string } }>('{ me { id } }', {}, { token });
    const self = await t.gql('mutation($id: ID!) { eraseUser(id: $id) }', { id: me.data!.me.id }, { token });
    expect(errorCode(self)).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql('mutation($id: ID!) { eraseUser(id: $id) }', { id: '00000000-0000-4000-8000-000000000000' }, { token }))).toBe('NOT_FOUND');
  });
});

describe('the audit log', () => {
  it('records who changed whose personal data, when and which fields — never the values', async () => {
    const token = await adminToken(t);
    const created = await t.gql<{ createUser: { id: string } }>(
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      { i: { email: 'audited.person@test.ruamsang.org', password: 'a-long-password-1', displayName: 'คนที่ถูกบันทึก', role: 'PRACTITIONER', provinceCode: '94' } },
      { token },
    );
    const id = created.data!.createUser.id;
    const personToken = await t.login('audited.person@test.ruamsang.org', 'a-long-password-1');
    await consent(t, personToken);
    const log = await t.gql<{ auditEvents: { total: number; items: { action: string; entity: string; actorId: string; subjectId: string; fields: string[]; at: string }[] } }>(
      'query($s: ID) { auditEvents(subjectId: $s) { total items { action entity actorId subjectId fields at } } }',
      { s: id },
      { token },
    );
    expect(log.errors).toBeUndefined();
    const actions = log.data!.auditEvents.items.map((e) => `${e.action} ${e.entity}`);
    expect(actions).toEqual(['CONSENT consent_record', 'CREATE app_user']);
    expect(log.data!.auditEvents.items[1]!.fields).toEqual(expect.arrayContaining(['email', 'displayName', 'passwordHash']));
    expect(log.data!.auditEvents.items[0]!.actorId).toBe(id);
    expect(JSON.stringify(log.data)).not.toContain('audited.person@test.ruamsang.org');
    expect(JSON.stringify(log.data)).not.toContain('คนที่ถูกบันทึก');

    const coordinator = await t.createUser({ role: Role.COORDINATOR, managedProvinceCodes: ['94'] });
    expect(errorCode(await t.gql('{ auditEvents { total } }', {}, { token: coordinator.token }))).toBe('FORBIDDEN');
  });
});

describe('the registry itself', () => {
  it('lists each entity once, so an export has one section per table', () => {
    const tables = PERSONAL_DATA.map((h) => t.ruamsang.dataSource.getMetadata(h.entity).tableName);
    expect(tables.filter((table, i) => tables.indexOf(table) !== i)).toEqual([]);
  });
});
