import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@ruamsang/shared';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { adminToken } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 60_000);
afterAll(async () => {
  await t?.close();
});

interface Report {
  mode: string;
  dryRun: boolean;
  rows: number;
  valid: number;
  created: number;
  rejected: { line: number; column: string | null; reason: string; message: string }[];
}

const HEADER = 'email,phone,display_name,role,province_code,district_code,sector,gender,age_band,languages';

/** 1,000 Pattani practitioners; lines (1-based, header = 1) listed in `bad` carry one fault each. */
function peopleCsv(tag: string, count = 1000, province = '94') {
  const lines = [HEADER];
  for (let i = 0; i < count; i += 1) {
    const phone = `08${String(10_000_000 + i).padStart(8, '0')}`.slice(0, 10);
    lines.push(`${tag}.${i}@example.org,${i % 2 === 0 ? phone.replace(/^08/, '06') : ''},ผู้เข้าร่วม ${tag} ${i},,${province},${province}01,ภาคชุมชน,${i % 2 ? 'หญิง' : 'MALE'},25-34,THAI`);
  }
  return lines;
}

async function upload(body: string | Buffer, query: string, token: string, lang = 'en') {
  const response = await fetch(`${t.url}/imports/people${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', 'accept-language': lang },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: response.status, body: (await response.json()) as Report & { code?: string; message?: string } };
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const rows: { n: string }[] = await t.ruamsang.app.get(DataSource).query(sql, params);
  return Number(rows[0]?.n ?? 0);
}

describe('POST /imports/people', () => {
  it('names every bad row of 1,000 and stores nobody in all-or-nothing (422); valid-rows stores the rest; a re-import stores nothing twice', async () => {
    const token = await adminToken(t);
    const lines = peopleCsv('bulk');
    // Faults on known lines: a bad e-mail, a landline, an unknown sector, a district of another province, a duplicate e-mail.
    lines[10] = lines[10]!.replace('bulk.9@example.org', 'not-an-email');
    lines[200] = `bulk.x@example.org,021234567,Landline,,94,,,,,`;
    lines[500] = lines[500]!.replace('ภาคชุมชน', 'farmers');
    lines[700] = lines[700]!.replace(',9401,', ',9501,');
    lines[900] = lines[900]!.replace('bulk.899@', 'bulk.5@');
    const csv = lines.join('\n');

    const refused = await upload(csv, '', token);
    expect(refused.status).toBe(422);
    expect(refused.body.created).toBe(0);
    expect(refused.body.rows).toBe(1000);
    expect(refused.body.rejected.map((r) => `${r.line}:${r.column}:${r.reason}`)).toEqual([
      '11:email:BAD_EMAIL',
      '201:phone:BAD_PHONE',
      '501:sector:UNKNOWN_SECTOR',
      '701:district_code:DISTRICT_OUTSIDE_PROVINCE',
      '901:email:DUPLICATE_IN_FILE',
    ]);
    expect(refused.body.rejected[2]!.message).toMatch(/sector "farmers" is not one of GOVERNMENT \(ภาครัฐ\)/);
    expect(refused.body.rejected[4]!.message).toMatch(/repeats line 7/);
    expect(await count(`SELECT count(*) AS n FROM app_user WHERE email LIKE 'bulk.%'`)).toBe(0);

    // The same refusals in Thai and Malay.
    const th = await upload(csv, '?dryRun=true', token, 'th');
    expect(th.status).toBe(200);
    expect(th.body.dryRun).toBe(true);
    expect(th.body.valid).toBe(995);
    expect(th.body.rejected[1]!.message).toMatch(/ไม่ใช่เบอร์มือถือไทย/);
    expect((await upload(csv, '?dryRun=true', token, 'ms')).body.rejected[0]!.message).toMatch(/bukan alamat/);
    expect(await count(`SELECT count(*) AS n FROM app_user WHERE email LIKE 'bulk.%'`)).toBe(0);

    const stored = await upload(csv, '?mode=valid-rows', token);
    expect(stored.status).toBe(200);
    expect(stored.body.created).toBe(995);
    expect(stored.body.rejected).toHaveLength(5);
    expect(await count(`SELECT count(*) AS n FROM app_user WHERE email LIKE 'bulk.%'`)).toBe(995);
    const person: { role: string; sector: string; gender: string; age_band: string; phone: string | null; languages: string[]; password_hash: string }[] = await t.ruamsang.app
      .get(DataSource)
      .query(`SELECT role, sector, gender, age_band, phone, languages, password_hash FROM app_user WHERE email = 'bulk.2@example.org'`);
    expect(person[0]).toMatchObject({ role: 'PRACTITIONER', sector: 'COMMUNITY', gender: 'MALE', age_band: 'FROM_25_TO_34', phone: '+66610000002', languages: ['THAI'] });
    // Nobody can sign in with a password from a file.
    const login = await t.gql('mutation { login(email: "bulk.2@example.org", password: "anything-at-all") { token } }');
    expect(login.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    // One event for the upload, one per person created.
    expect(await count(`SELECT count(*) AS n FROM audit_event WHERE action = 'IMPORT' AND entity = 'app_user'`)).toBe(1);
    expect(
      await count(`SELECT count(*) AS n FROM audit_event a JOIN app_user u ON u.id = a.subject_id WHERE a.action = 'CREATE' AND u.email LIKE 'bulk.%'`),
    ).toBe(995);

    // Importing the same file again creates nobody: every stored row is named as already there.
    const again = await upload(csv, '?mode=valid-rows', token);
    expect(again.body.created).toBe(0);
    expect(again.body.rejected.filter((r) => r.reason === 'ALREADY_EXISTS').length).toBeGreaterThanOrEqual(995);
    expect(await count(`SELECT count(*) AS n FROM app_user WHERE email LIKE 'bulk.%'`)).toBe(995);
  });

  it('stores a clean all-or-nothing file whole, phone-only people included', async () => {
    const token = await adminToken(t);
    const csv = `${HEADER}\nclean.1@example.org,,Clean One,TRAINER,95,9501,GOVERNMENT,FEMALE,,\n,0891112222,Phone Only,,95,,,,,`;
    const result = await upload(csv, '', token);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ created: 2, rejected: [] });
    expect(await count(`SELECT count(*) AS n FROM app_user WHERE phone = '+66891112222' AND email = '66891112222@phone.invalid'`)).toBe(1);
  });

  it('refuses a coordinator’s rows outside their provinces, and coordinator or admin roles, row by row', async () => {
    const coordinator = await t.createUser({ role: Role.COORDINATOR, provinceCode: '94', managedProvinceCodes: ['94'] });
    const csv = [HEADER, 'c.in@example.org,,In,,94,9401,,,,', 'c.out@example.org,,Out,,95,9501,,,,', 'c.boss@example.org,,Boss,COORDINATOR,94,,,,,'].join('\n');
    const result = await upload(csv, '?mode=valid-rows', coordinator.token);
    expect(result.body.rejected.map((r) => `${r.line}:${r.column}:${r.reason}`)).toEqual(['3:province_code:PROVINCE_OUTSIDE_SCOPE', '4:role:ROLE_NOT_ALLOWED']);
    expect(result.body.rejected[0]!.message).toBe('province 95 is outside the provinces you coordinate (94)');
    expect(result.body.created).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM app_user WHERE email IN ('c.out@example.org', 'c.boss@example.org')`)).toBe(0);
  });

  it('refuses practitioners and trainers, and anonymous callers', async () => {
    const practitioner = await t.createUser();
    expect((await upload(`${HEADER}\n`, '', practitioner.token)).status).toBe(403);
    const anonymous = await fetch(`${t.url}/imports/people`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: HEADER });
    expect(anonymous.status).toBe(401);
  });

  it('reads XLSX, with Thai labels and numbers typed as numbers', async () => {
    const token = await adminToken(t);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('people');
    sheet.addRow(['email', 'phone', 'display_name', 'province_code', 'district_code', 'sector', 'gender']);
    sheet.addRow(['x1@example.org', '0812223333', 'ซีตี', 94, 9401, 'ภาคชุมชน', 'หญิง']);
    sheet.addRow(['x2@example.org', '', 'Bad gender', 94, 9401, 'COMMUNITY', 'unknown']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const refused = await upload(file, '', token);
    expect(refused.status).toBe(422);
    expect(refused.body.rejected.map((r) => `${r.line}:${r.column}:${r.reason}`)).toEqual(['3:gender:UNKNOWN_GENDER']);
    const stored = await upload(file, '?mode=valid-rows', token);
    expect(stored.body.created).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM app_user WHERE email = 'x1@example.org' AND gender = 'FEMALE' AND sector = 'COMMUNITY' AND phone = '+66812223333'`)).toBe(1);
  });

  it('refuses a file without the needed columns, naming them', async () => {
    const token = await adminToken(t);
    const result = await upload('name,province\nA,94', '', token);
    expect(result.status).toBe(400);
    expect(result.body.message).toBe('The file lacks the columns: email / phone, display_name, province_code');
  });

  it('serves the template as CSV and XLSX, and the template itself imports cleanly', async () => {
    const csv = await fetch(`${t.url}/imports/people/template.csv`);
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('email,phone,display_name,role,province_code,district_code,organisation,sector,gender,age_band,languages,preferred_locale');
    const xlsx = await fetch(`${t.url}/imports/people/template.xlsx`);
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
    const token = await adminToken(t);
    const dry = await upload(Buffer.from(await xlsx.arrayBuffer()), '?dryRun=true', token);
    expect(dry.body).toMatchObject({ rows: 2, valid: 2, rejected: [] });
    const dryCsv = await upload(text, '?dryRun=true', token);
    expect(dryCsv.body).toMatchObject({ rows: 2, valid: 2, rejected: [] });
  });
});
