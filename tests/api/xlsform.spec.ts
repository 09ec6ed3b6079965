import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { Role } from '@ruamsang/shared';
import { adminToken, createCampaign } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { xlsformProblems } from '../support/xlsform-rules.js';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await startTestApp();
  admin = await adminToken(t);
}, 60_000);
afterAll(async () => {
  await t?.close();
});

function get(path: string, token?: string) {
  return fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

async function workbookOf(response: Response): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook;
}

function column(sheet: ExcelJS.Worksheet, name: string): string[] {
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const index = header.indexOf(name) + 1;
  if (index === 0) throw new Error(`no column ${name} in ${sheet.name}`);
  return Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).getCell(index).text);
}

async function importFile(campaignId: string, body: string | Buffer, contentType = 'text/csv', mode?: string) {
  const response = await fetch(`${t.url}/imports/assessments/${campaignId}${mode ? `?mode=${mode}` : ''}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin}`, 'content-type': contentType, 'accept-language': 'en' },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: response.status, report: (await response.json()) as Record<string, unknown> & { rejected: { line: number; column: string; reason: string; message: string }[] } };
}

async function storedRatings(campaignId: string) {
  return t.ruamsang.dataSource.query<{ ref: string; province: string; district: string; sector: string; gender: string; ratings: string }[]>(
    `SELECT r.respondent_ref AS ref, r.province_code AS province, r.district_code AS district, r.sector, r.gender,
            string_agg(x.competency_code || ':' || x.target || '/' || x.current, ' ' ORDER BY x.competency_code) AS ratings
       FROM assessment_response r JOIN rating x ON x.response_id = r.id WHERE r.campaign_id = $1 GROUP BY r.id ORDER BY r.respondent_ref`,
    [campaignId],
  );
}

describe('the campaign as an XLSForm for KoboToolbox and ODK', () => {
  it('meets the XLSForm rules: survey, choices and settings, a rating pair per competency on the scale, labels in th/en/ms', async () => {
    const campaign = await createCampaign(t, { instrument: 'HENNESSY_HICKS', provinceCodes: ['94', '95'] });
    const response = await get(`/exports/campaigns/${campaign.id}.xlsform.xlsx`, admin);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="ruamsang_[0-9a-f]{12}\.xlsform\.xlsx"/);
    const workbook = await workbookOf(response);
    expect(xlsformProblems(workbook)).toEqual([]);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['survey', 'choices', 'settings']);

    const survey = workbook.getWorksheet('survey')!;
    const header = (survey.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['type', 'name', 'label::ภาษาไทย (th)', 'label::English (en)', 'label::Bahasa Melayu (ms)', 'required']));
    const names = column(survey, 'name');
    const types = column(survey, 'type');
    for (const code of campaign.codes) {
      expect(types[names.indexOf(`target_${code}`)]).toBe('select_one scale_1_7');
      expect(types[names.indexOf(`current_${code}`)]).toBe('select_one scale_1_7');
    }
    expect(names).toEqual(expect.arrayContaining(['province_code', 'district_code', 'sector', 'gender']));
    const thai = column(survey, 'label::ภาษาไทย (th)');
    expect(thai[names.indexOf(`target_${campaign.codes[0]}`)]).toBe('สมรรถนะ 1.1 — ความสำคัญต่อการทำงาน');

    const choices = workbook.getWorksheet('choices')!;
    const lists = column(choices, 'list_name');
    const choiceNames = column(choices, 'name');
    expect(choiceNames.filter((_, i) => lists[i] === 'scale_1_7')).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(choiceNames.filter((_, i) => lists[i] === 'province')).toEqual(['94', '95']);
    expect(column(choices, 'label::English (en)')[choiceNames.indexOf('94')]).toBe('Pattani');
    const districtProvince = column(choices, 'province').filter((_, i) => lists[i] === 'district');
    expect(new Set(districtProvince)).toEqual(new Set(['94', '95']));

    const settings = workbook.getWorksheet('settings')!;
    const formId = column(settings, 'form_id')[0]!;
    const version = column(settings, 'version')[0]!;
    expect(column(settings, 'default_language')[0]).toBe('ภาษาไทย (th)');
    // stable: the same form, the same id and version
    const again = await workbookOf(await get(`/exports/campaigns/${campaign.id}.xlsform.xlsx`, admin));
    expect([column(again.getWorksheet('settings')!, 'form_id')[0], column(again.getWorksheet('settings')!, 'version')[0]]).toEqual([formId, version]);
  });

  it('is for the people who import the campaign’s forms', async () => {
    const campaign = await createCampaign(t);
    const practitioner = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '94' });
    const elsewhere = await t.createUser({ role: Role.COORDINATOR, provinceCode: '96', managedProvinceCodes: ['96'] });
    const here = await t.createUser({ role: Role.COORDINATOR, provinceCode: '94', managedProvinceCodes: ['94'] });
    expect((await get(`/exports/campaigns/${campaign.id}.xlsform.xlsx`)).status).toBe(401);
    expect((await get(`/exports/campaigns/${campaign.id}.xlsform.xlsx`, practitioner.token)).status).toBe(403);
    expect((await get(`/exports/campaigns/${campaign.id}.xlsform.xlsx`, elsewhere.token)).status).toBe(403);
    expect((await get(`/exports/campaigns/${campaign.id}.xlsform.xlsx`, here.token)).status).toBe(200);
    expect((await get(`/exports/campaigns/${campaign.id}.xlsx`, admin)).status).toBe(400);
  });
});

describe('submissions exported by KoboToolbox / ODK', () => {
  /** A submission export as KoboToolbox writes it: group paths with "/", its meta and underscore columns. */
  function koboCsv(codes: string[], submissions: { id: string; province: string; district: string; rate: (i: number) => [number, number] }[]): string {
    const header = [
      'start',
      'end',
      'profile/province_code',
      'profile/district_code',
      'profile/sector',
      'profile/gender',
      ...codes.flatMap((c) => [`domain_${c.split('-')[0]}/target_${c}`, `domain_${c.split('-')[0]}/current_${c}`]),
      'meta/instanceID',
      '_id',
      '_uuid',
      '_submission_time',
      '_validation_status',
      '_index',
    ];
    const rows = submissions.map((s, n) => [
      '2026-12-01T09:00:00.000+07:00',
      '2026-12-01T09:12:00.000+07:00',
      s.province,
      s.district,
      'COMMUNITY',
      'FEMALE',
      ...codes.flatMap((_, i) => s.rate(i).map(String)),
      `uuid:${s.id}`,
      String(1000 + n),
      s.id,
      '2026-12-01T02:13:00',
      '',
      String(n + 1),
    ]);
    return [header, ...rows].map((r) => r.join(',')).join('\r\n');
  }

  it('imports an export keyed by its instance id: the same export twice stores nothing twice', async () => {
    const campaign = await createCampaign(t);
    const submissions = [
      { id: randomUUID(), province: '94', district: '9401', rate: (i: number) => [5, 1 + (i % 4)] as [number, number] },
      { id: randomUUID(), province: '94', district: '9402', rate: () => [4, 3] as [number, number] },
    ];
    const csv = koboCsv(campaign.codes, submissions);
    const first = await importFile(campaign.id, csv);
    expect(first.status).toBe(201);
    expect(first.report).toMatchObject({ format: 'KOBO', rows: 2, storedResponses: 2, storedRatings: 2 * campaign.codes.length, alreadyImported: 0, rejected: [] });
    const again = await importFile(campaign.id, csv);
    expect(again.status).toBe(201);
    expect(again.report).toMatchObject({ format: 'KOBO', storedResponses: 0, storedRatings: 0, alreadyImported: 2, rejected: [] });
    const stored = await storedRatings(campaign.id);
    expect(stored.map((s) => s.ref).sort()).toEqual(submissions.map((s) => `uuid:${s.id}`).sort());
    const [first94] = stored.filter((s) => s.ref === `uuid:${submissions[0]!.id}`);
    expect(first94).toMatchObject({ province: '94', district: '9401', sector: 'COMMUNITY', gender: 'FEMALE' });
    expect(first94!.ratings).toBe(campaign.codes.map((c, i) => `${c}:5/${1 + (i % 4)}`).sort().join(' '));

    // a later export holds the old submissions and a new one: only the new one is stored
    const later = koboCsv(campaign.codes, [...submissions, { id: randomUUID(), province: '94', district: '9403', rate: () => [3, 2] }]);
    const third = await importFile(campaign.id, later);
    expect(third.report).toMatchObject({ storedResponses: 1, alreadyImported: 2 });
  });

  it('reads the XLSX export the same way, and reports a bad answer by its own column and line, once', async () => {
    const campaign = await createCampaign(t);
    const id = randomUUID();
    const lines = koboCsv(campaign.codes, [{ id, province: '94', district: '9401', rate: (i) => (i === 1 ? [9, 2] : [4, 2]) }]).split('\r\n').map((l) => l.split(','));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('ruamsang');
    for (const line of lines) sheet.addRow(line);
    const refused = await importFile(campaign.id, Buffer.from(await workbook.xlsx.writeBuffer()), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(refused.status).toBe(422);
    expect(refused.report['format']).toBe('KOBO');
    expect(refused.report.rejected).toEqual([expect.objectContaining({ line: 2, column: `domain_D1/target_${campaign.codes[1]}`, reason: 'OUT_OF_SCALE' })]);
    expect(await storedRatings(campaign.id)).toEqual([]);
  });
});

describe('a wide paper-form sheet (one row per form, two columns per competency)', () => {
  it('stores the same ratings as the long file, and names a bad province once per form', async () => {
    const long = await createCampaign(t);
    const wide = await createCampaign(t, { frameworkId: await frameworkOf(long.id) });
    const codes = long.codes.length ? long.codes : await codesOf(long.id);
    const rate = (ref: number, i: number): [number, number] => [5 - (i % 2), 1 + ((ref + i) % 4)];
    const longCsv = [
      'respondent_ref,province_code,district_code,sector,gender,competency_code,target,current',
      ...[1, 2].flatMap((ref) => codes.map((c, i) => `F-${ref},94,9401,GOVERNMENT,MALE,${c},${rate(ref, i).join(',')}`)),
    ].join('\n');
    const wideCsv = [
      ['respondent_ref', 'province_code', 'district_code', 'sector', 'gender', ...codes.flatMap((c) => [`target_${c}`, `current_${c}`])].join(','),
      ...[1, 2].map((ref) => [`F-${ref}`, '94', '9401', 'GOVERNMENT', 'MALE', ...codes.flatMap((_, i) => rate(ref, i))].join(',')),
    ].join('\n');
    expect((await importFile(long.id, longCsv)).status).toBe(201);
    const stored = await importFile(wide.id, wideCsv);
    expect(stored.report).toMatchObject({ format: 'WIDE', rows: 2, storedResponses: 2, storedRatings: 2 * codes.length });
    expect(await storedRatings(wide.id)).toEqual(await storedRatings(long.id));

    const bad = await createCampaign(t, { frameworkId: await frameworkOf(long.id) });
    const badCsv = wideCsv.replace('F-2,94,', 'F-2,99,');
    const refused = await importFile(bad.id, badCsv);
    expect(refused.status).toBe(422);
    expect(refused.report.rejected).toEqual([expect.objectContaining({ line: 3, column: 'province_code', reason: 'UNKNOWN_PROVINCE' })]);
  });
});

async function frameworkOf(campaignId: string): Promise<string> {
  const [row] = await t.ruamsang.dataSource.query<{ framework_id: string }[]>('SELECT framework_id FROM campaign WHERE id = $1', [campaignId]);
  return row!.framework_id;
}
async function codesOf(campaignId: string): Promise<string[]> {
  const rows = await t.ruamsang.dataSource.query<{ code: string }[]>('SELECT c.code FROM competency c JOIN campaign k ON k.framework_id = c.framework_id WHERE k.id = $1 ORDER BY c.position, c.code', [campaignId]);
  return rows.map((r) => r.code);
}
