import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { Role } from '@ruamsang/shared';
import { adminToken, buildFrameworkInput, buildSubmission, consent, createCampaign, createPublishedFramework, SUBMIT } from '../support/factories.js';
import { errorCode, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 60_000);
afterAll(async () => {
  await t?.close();
});

async function count(table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const [row] = await t.ruamsang.dataSource.query<[{ n: number }]>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
  return row.n;
}

async function practitioner(provinceCode = '94', sector = 'COMMUNITY') {
  const user = await t.createUser({ role: Role.PRACTITIONER, provinceCode, sector: sector as never });
  await consent(t, user.token);
  return user;
}

describe('competency frameworks', () => {
  it('creates a draft with domains, competencies and five default level descriptors', async () => {
    const token = await adminToken(t);
    const result = await t.gql(
      'mutation($i: CreateFrameworkInput!) { createFramework(input: $i) { id version status domains { code competencies { code levelDescriptors { th en ms } } } } }',
      { i: buildFrameworkInput('FOOD', 2, 2) },
      { token },
    );
    expect(result.errors).toBeUndefined();
    const framework = result.data?.['createFramework'];
    expect(framework).toMatchObject({ version: 1, status: 'DRAFT' });
    expect(framework.domains).toHaveLength(2);
    expect(framework.domains[0].competencies[0].levelDescriptors).toHaveLength(5);
  });

  it('freezes a published version, and a new version starts as a copy', async () => {
    const token = await adminToken(t);
    const { id } = await createPublishedFramework(t, buildFrameworkInput('FROZEN', 1, 2));
    const edit = await t.gql('mutation($id: ID!) { updateFramework(id: $id, input: { name: { th: "ใหม่" } }) { id } }', { id }, { token, lang: 'th' });
    expect(errorCode(edit)).toBe('BAD_USER_INPUT');
    expect(edit.errors?.[0]?.message).toContain('เผยแพร่แล้ว');
    const copy = await t.gql('mutation($id: ID!) { createFrameworkVersion(id: $id) { id version status previousVersionId competencies { code } } }', { id }, { token });
    expect(copy.data?.['createFrameworkVersion']).toMatchObject({ version: 2, status: 'DRAFT', previousVersionId: id });
    expect(copy.data?.['createFrameworkVersion'].competencies.map((c: { code: string }) => c.code)).toEqual(['D1-C1', 'D1-C2']);
  });

  it('refuses duplicate competency codes naming the field', async () => {
    const token = await adminToken(t);
    const input = buildFrameworkInput('DUP', 2, 1);
    input.domains[1]!.competencies[0]!.code = 'D1-C1';
    const result = await t.gql('mutation($i: CreateFrameworkInput!) { createFramework(input: $i) { id } }', { i: input }, { token });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.['field']).toBe('domains.1.competencies.0.code');
  });

  it('lets practitioners read but not author frameworks', async () => {
    const user = await t.createUser({ role: Role.PRACTITIONER });
    const result = await t.gql('mutation($i: CreateFrameworkInput!) { createFramework(input: $i) { id } }', { i: buildFrameworkInput('NOPE') }, { token: user.token });
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect((await t.gql('{ frameworks { id } }', {}, { token: user.token })).errors).toBeUndefined();
  });
});

describe('campaigns', () => {
  it('needs a published framework and a closing date after the opening date', async () => {
    const token = await adminToken(t);
    const draft = await t.gql<{ createFramework: { id: string } }>('mutation($i: CreateFrameworkInput!) { createFramework(input: $i) { id } }', { i: buildFrameworkInput('DRAFTONLY') }, { token });
    const base = { title: 'x campaign', instrument: 'PNI', provinceCodes: ['94'], opensAt: '2026-01-01T00:00:00Z', closesAt: '2026-02-01T00:00:00Z' };
    const unpublished = await t.gql('mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }', { i: { ...base, frameworkId: draft.data?.createFramework.id } }, { token });
    expect(unpublished.errors?.[0]?.extensions?.['field']).toBe('frameworkId');
    const { id } = await createPublishedFramework(t);
    const backwards = await t.gql('mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }', { i: { ...base, frameworkId: id, closesAt: '2025-12-01T00:00:00Z' } }, { token });
    expect(backwards.errors?.[0]?.extensions?.['field']).toBe('closesAt');
  });

  it('derives status from the dates and shows the instrument’s scale', async () => {
    const { id } = await createCampaign(t, { instrument: 'HENNESSY_HICKS' });
    const user = await practitioner();
    const result = await t.gql('query($id: ID!) { campaign(id: $id) { status scale { min max } framework { code } } }', { id }, { token: user.token });
    expect(result.data?.['campaign']).toMatchObject({ status: 'OPEN', scale: { min: 1, max: 7 } });
  });

  it('shows practitioners only the open campaigns of their province', async () => {
    const pattani = await createCampaign(t, { provinceCodes: ['94'] });
    const yala = await createCampaign(t, { provinceCodes: ['95'] });
    const user = await practitioner('95');
    const result = await t.gql<{ campaigns: { id: string }[] }>('{ campaigns(openToMe: true) { id } }', {}, { token: user.token });
    expect(result.errors).toBeUndefined();
    const ids = result.data?.campaigns.map((c) => c.id) ?? [];
    expect(ids).toContain(yala.id);
    expect(ids).not.toContain(pattani.id);
  });
});

describe('self-assessment', () => {
  it('stores a retried submission with the same clientSubmissionId once', async () => {
    const campaign = await createCampaign(t);
    const user = await practitioner();
    const input = buildSubmission(campaign.id, campaign.codes);
    const [a, b] = await Promise.all([t.gql(SUBMIT, { i: input }, { token: user.token }), t.gql(SUBMIT, { i: input }, { token: user.token })]);
    const again = await t.gql(SUBMIT, { i: input }, { token: user.token });
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(again.data?.['submitAssessment'].id).toBe(a.data?.['submitAssessment'].id);
    expect(await count('assessment_response', 'campaign_id = $1', [campaign.id])).toBe(1);
    expect(await count('rating', 'campaign_id = $1', [campaign.id])).toBe(campaign.codes.length);
  });

  it.each(['uuid:6f1c2a4e-6b7d-4d1a-9c1e-0d7f7c1a2b3c', 'row-17'])('takes %s as the idempotency key, as ODK/Kobo and offices send it, and stores it once', async (key) => {
    const campaign = await createCampaign(t);
    const user = await practitioner();
    const input = { ...buildSubmission(campaign.id, campaign.codes), clientSubmissionId: `${key}-${randomUUID().slice(0, 8)}` };
    const first = await t.gql(SUBMIT, { i: input }, { token: user.token });
    const again = await t.gql(SUBMIT, { i: input }, { token: user.token });
    expect(first.errors).toBeUndefined();
    expect(first.data?.['submitAssessment'].clientSubmissionId).toBe(input.clientSubmissionId);
    expect(again.data?.['submitAssessment'].id).toBe(first.data?.['submitAssessment'].id);
    expect(await count('assessment_response', 'campaign_id = $1', [campaign.id])).toBe(1);
    expect(await count('submission_receipt', 'client_submission_id = $1', [input.clientSubmissionId])).toBe(1);
  });

  it('refuses an empty, over-long or line-broken key, saying in Thai what a key may be', async () => {
    const campaign = await createCampaign(t);
    const user = await practitioner();
    for (const clientSubmissionId of ['', 'x'.repeat(129), 'row\n17']) {
      const result = await t.gql(SUBMIT, { i: { ...buildSubmission(campaign.id, campaign.codes), clientSubmissionId } }, { token: user.token, lang: 'th' });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.['field']).toBe('clientSubmissionId');
      expect(result.errors?.[0]?.message).toContain('1–128');
    }
    expect(await count('assessment_response', 'campaign_id = $1', [campaign.id])).toBe(0);
  });

  it('keeps every rating tied to its response (the set-based reference): no orphan insert, deletes cascade', async () => {
    const campaign = await createCampaign(t);
    const user = await practitioner();
    const stored = await t.gql(SUBMIT, { i: buildSubmission(campaign.id, campaign.codes) }, { token: user.token });
    const responseId = stored.data?.['submitAssessment'].id as string;
    const ds = t.ruamsang.dataSource;
    const orphan = ds.query(`INSERT INTO rating (response_id, campaign_id, competency_code, target, current) VALUES (gen_random_uuid(), $1, 'X1', 3, 2)`, [campaign.id]);
    await expect(orphan).rejects.toMatchObject({ code: '23503' });
    // One orphan among valid rows refuses the whole statement.
    const mixed = ds.query(
      `INSERT INTO rating (response_id, campaign_id, competency_code, target, current) VALUES ($1, $2, 'EXTRA1', 3, 2), (gen_random_uuid(), $2, 'EXTRA2', 3, 2)`,
      [responseId, campaign.id],
    );
    await expect(mixed).rejects.toMatchObject({ code: '23503' });
    await expect(ds.query(`UPDATE rating SET response_id = gen_random_uuid() WHERE response_id = $1`, [responseId])).rejects.toMatchObject({ code: '23503' });
    expect(await count('rating', 'response_id = $1', [responseId])).toBe(campaign.codes.length);
    await ds.query('DELETE FROM assessment_response WHERE id = $1', [responseId]);
    expect(await count('rating', 'response_id = $1', [responseId])).toBe(0);
  });

  it('refuses a 6 on BORICH naming the field, and stores nothing', async () => {
    const campaign = await createCampaign(t, { instrument: 'BORICH' });
    const user = await practitioner();
    const input = buildSubmission(campaign.id, campaign.codes, (_, i) => (i === 2 ? [6, 3] : [4, 2]));
    const result = await t.gql(SUBMIT, { i: input }, { token: user.token, lang: 'en' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.['field']).toBe('ratings.2.target');
    expect(result.errors?.[0]?.message).toBe('ratings.2.target: must be a rating from 1 to 5');
    expect(await count('assessment_response', 'campaign_id = $1', [campaign.id])).toBe(0);
  });

  it('accepts a 7 on HENNESSY_HICKS, with the training-or-organisation answer', async () => {
    const campaign = await createCampaign(t, { instrument: 'HENNESSY_HICKS' });
    const user = await practitioner();
    const input = buildSubmission(campaign.id, campaign.codes, () => [7, 2]);
    const withNeed = { ...input, ratings: input.ratings.map((r, i) => ({ ...r, needType: i === 0 ? 'ORGANISATION' : 'TRAINING' })) };
    const result = await t.gql('mutation($i: SubmitAssessmentInput!) { submitAssessment(input: $i) { ratings { target needType } } }', { i: withNeed }, { token: user.token });
    expect(result.errors).toBeUndefined();
    expect(result.data?.['submitAssessment'].ratings[0]).toEqual({ target: 7, needType: 'ORGANISATION' });
  });

  it('refuses a Yala practitioner on a Pattani-only campaign', async () => {
    const campaign = await createCampaign(t, { provinceCodes: ['94'] });
    const user = await practitioner('95');
    const result = await t.gql(SUBMIT, { i: buildSubmission(campaign.id, campaign.codes) }, { token: user.token, lang: 'th' });
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toBe('การสำรวจนี้สำหรับผู้ปฏิบัติงานในจังหวัด 94 เท่านั้น');
  });

  it('refuses a practitioner outside the targeted sectors', async () => {
    const campaign = await createCampaign(t, { sectors: ['GOVERNMENT'] });
    const user = await practitioner('94', 'COMMUNITY');
    expect(errorCode(await t.gql(SUBMIT, { i: buildSubmission(campaign.id, campaign.codes) }, { token: user.token }))).toBe('FORBIDDEN');
  });

  it('refuses unknown competencies and closed campaigns with their own messages', async () => {
    const campaign = await createCampaign(t);
    const user = await practitioner();
    const unknown = await t.gql(SUBMIT, { i: buildSubmission(campaign.id, ['NOPE-1']) }, { token: user.token });
    expect(unknown.errors?.[0]?.extensions?.['field']).toBe('ratings.0.competencyCode');
    const closed = await createCampaign(t, { opensAt: '2025-01-01T00:00:00Z', closesAt: '2025-02-01T00:00:00Z' });
    const late = await t.gql(SUBMIT, { i: buildSubmission(closed.id, closed.codes) }, { token: user.token });
    expect(errorCode(late)).toBe('BAD_USER_INPUT');
    expect(late.errors?.[0]?.extensions?.['field']).toBe('campaignId');
  });

  it('asks for PDPA consent before the first submission', async () => {
    const campaign = await createCampaign(t);
    const user = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '94' });
    const result = await t.gql(SUBMIT, { i: buildSubmission(campaign.id, campaign.codes) }, { token: user.token });
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.extensions?.['reason']).toBe('assessments.consentRequired');
    await consent(t, user.token);
    expect((await t.gql(SUBMIT, { i: buildSubmission(campaign.id, campaign.codes) }, { token: user.token })).errors).toBeUndefined();
  });

  it('lets a practitioner edit while open: a new submission replaces the ratings', async () => {
    const campaign = await createCampaign(t);
    const user = await practitioner();
    const first = await t.gql(SUBMIT, { i: buildSubmission(campaign.id, campaign.codes, () => [5, 1]) }, { token: user.token });
    const second = await t.gql(SUBMIT, { i: buildSubmission(campaign.id, campaign.codes.slice(0, 2), () => [3, 3]) }, { token: user.token });
    expect(second.data?.['submitAssessment'].id).toBe(first.data?.['submitAssessment'].id);
    const mine = await t.gql('query($c: ID!) { myAssessment(campaignId: $c) { ratings { target current } } }', { c: campaign.id }, { token: user.token });
    expect(mine.data?.['myAssessment'].ratings).toEqual([
      { target: 3, current: 3 },
      { target: 3, current: 3 },
    ]);
  });

  it('keeps a draft on the server and restores it on another device', async () => {
    const campaign = await createCampaign(t);
    const user = await practitioner();
    const save = await t.gql(
      'mutation($i: SaveAssessmentDraftInput!) { saveAssessmentDraft(input: $i) { updatedAt } }',
      { i: { campaignId: campaign.id, ratings: [{ competencyCode: campaign.codes[0], target: 4 }] } },
      { token: user.token },
    );
    expect(save.errors).toBeUndefined();
    const otherDevice = await t.login(user.email);
    const draft = await t.gql('query($c: ID!) { myAssessmentDraft(campaignId: $c) { ratings { competencyCode target current } } }', { c: campaign.id }, { token: otherDevice });
    expect(draft.data?.['myAssessmentDraft'].ratings).toEqual([{ competencyCode: campaign.codes[0], target: 4, current: null }]);
  });
});

describe('paper-form import', () => {
  const header = 'respondent_ref,province_code,district_code,sector,gender,competency_code,target,current';

  async function upload(campaignId: string, body: string | Buffer, mode?: string) {
    const token = await adminToken(t);
    const response = await fetch(`${t.url}/imports/assessments/${campaignId}${mode ? `?mode=${mode}` : ''}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', 'accept-language': 'en' },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
    return { status: response.status, report: (await response.json()) };
  }

  it('stores nothing from a file with one bad row, and reports that line', async () => {
    const campaign = await createCampaign(t);
    const [a, b] = campaign.codes;
    const csv = [header, `P-001,94,9401,COMMUNITY,FEMALE,${a},5,2`, `P-001,94,9401,COMMUNITY,FEMALE,${b},4,9`, `P-002,94,9402,GOVERNMENT,MALE,${a},3,2`].join('\n');
    const { status, report } = await upload(campaign.id, csv);
    // stored nothing: 422 with the report, not 201
    expect(status).toBe(422);
    expect(report.storedResponses).toBe(0);
    expect(report.rejected).toEqual(expect.arrayContaining([expect.objectContaining({ line: 3, column: 'current', reason: 'OUT_OF_SCALE' })]));
    expect(await count('assessment_response', 'campaign_id = $1', [campaign.id])).toBe(0);
  });

  it('stores the valid respondents in valid-rows mode, holding back a partly bad form whole', async () => {
    const campaign = await createCampaign(t);
    const [a, b] = campaign.codes;
    const csv = [header, `P-001,94,9401,COMMUNITY,FEMALE,${a},5,2`, `P-001,94,9401,COMMUNITY,FEMALE,${b},4,9`, `P-002,94,9402,GOVERNMENT,MALE,${a},3,2`].join('\n');
    const { status, report } = await upload(campaign.id, csv, 'valid-rows');
    expect(status).toBe(201);
    expect(report).toMatchObject({ storedResponses: 1, storedRatings: 1 });
    expect(await count('assessment_response', 'campaign_id = $1', [campaign.id])).toBe(1);
    const again = await upload(campaign.id, csv, 'valid-rows');
    expect(again.report.storedResponses).toBe(0);
    expect(again.report.rejected).toEqual(expect.arrayContaining([expect.objectContaining({ line: 4, reason: 'ALREADY_IMPORTED' })]));
  });

  it('reads XLSX with the same columns', async () => {
    const campaign = await createCampaign(t);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('forms');
    sheet.addRow(header.split(','));
    campaign.codes.forEach((code) => sheet.addRow(['X-1', '94', '9401', 'community', 'female', code, 4, 2]));
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const { report } = await upload(campaign.id, buffer);
    expect(report).toMatchObject({ storedResponses: 1, storedRatings: campaign.codes.length, rejected: [] });
  });

  it('reads Thai digits (๐–๙) in codes and ratings as the same values as Arabic digits', async () => {
    const campaign = await createCampaign(t);
    const [a, b] = campaign.codes;
    const thai = [header, `ก-๐๐๑,๙๔,๙๔๐๑,COMMUNITY,FEMALE,${a},๕,๒`, `ก-๐๐๑,๙๔,๙๔๐๑,COMMUNITY,FEMALE,${b},๔,๓`].join('\n');
    const arabic = [header, `A-001,94,9401,COMMUNITY,FEMALE,${a},5,2`, `A-001,94,9401,COMMUNITY,FEMALE,${b},4,3`].join('\n');
    const first = await upload(campaign.id, thai);
    expect(first.status).toBe(201);
    expect(first.report).toMatchObject({ storedResponses: 1, storedRatings: 2, rejected: [] });
    await upload(campaign.id, arabic);
    const stored = await t.ruamsang.dataSource.query<{ ref: string; province_code: string; district_code: string; ratings: string }[]>(
      `SELECT r.respondent_ref AS ref, r.province_code, r.district_code, string_agg(x.competency_code || ':' || x.target || '/' || x.current, ' ' ORDER BY x.competency_code) AS ratings
         FROM assessment_response r JOIN rating x ON x.response_id = r.id WHERE r.campaign_id = $1 GROUP BY r.id ORDER BY r.respondent_ref`,
      [campaign.id],
    );
    expect(stored).toHaveLength(2);
    expect(stored[0]).toMatchObject({ ref: 'A-001', province_code: '94', district_code: '9401' });
    expect(stored[1]).toMatchObject({ ref: 'ก-๐๐๑', province_code: '94', district_code: '9401', ratings: stored[0]!.ratings });
  });

  it('names missing columns', async () => {
    const campaign = await createCampaign(t);
    const { status, report } = await upload(campaign.id, 'respondent_ref,target\nA,1');
    expect(status).toBe(400);
    expect(JSON.stringify(report)).toContain('province_code');
  });
});
