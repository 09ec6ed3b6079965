import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { Role } from '@ruamsang/shared';
import { adminToken } from '../support/factories.js';
import { checkMoodleFrameworkCsv } from '../support/moodle-framework-rules.js';
import { errorCode, startTestApp, type TestApp } from '../support/test-app.js';

const MOODLE_FIXTURE = readFileSync(resolve(new URL('.', import.meta.url).pathname, '../fixtures/moodle/food-systems-framework.csv'));

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await startTestApp();
  token = await adminToken(t);
}, 60_000);
afterAll(async () => {
  await t?.close();
});

interface Report {
  rows: number;
  framework: { id: string; code: string; version: number; domains: number; competencies: number } | null;
  rejected: { line: number; column: string | null; reason: string; message: string }[];
  notes: { line: number; column: string | null; reason: string; message: string }[];
}

async function importFile(body: Buffer | string, query: string, options: { lang?: string; as?: string } = {}): Promise<{ status: number; body: Report & { message?: string } }> {
  const response = await fetch(`${t.url}/imports/frameworks${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${options.as ?? token}`, 'content-type': 'application/octet-stream', 'accept-language': options.lang ?? 'en' },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: response.status, body: (await response.json()) as Report };
}

async function exportFile(id: string, file: 'csv' | 'xlsx', query = ''): Promise<{ status: number; body: Buffer; disposition: string | null }> {
  const response = await fetch(`${t.url}/exports/frameworks/${id}.${file}${query}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()), disposition: response.headers.get('content-disposition') };
}

const TREE = `{ id code version status name { th en ms } description { th en ms }
  domains { code name { th en ms } description { th en ms }
    competencies { code parentCode name { th en ms } description { th en ms } levelDescriptors { th en ms } } } }`;

async function tree(id: string) {
  const result = await t.gql(`query($id: ID!) { framework(id: $id) ${TREE} }`, { id }, { token });
  expect(result.errors).toBeUndefined();
  return result.data!['framework'] as {
    code: string;
    status: string;
    name: { th: string; en: string | null; ms: string | null };
    description: { th: string; en: string | null; ms: string | null } | null;
    domains: {
      code: string;
      name: { th: string; en: string | null; ms: string | null };
      description: { th: string; en: string | null; ms: string | null } | null;
      competencies: { code: string; parentCode: string | null; name: { th: string; en: string | null; ms: string | null }; description: { th: string } | null; levelDescriptors: { th: string; en: string | null; ms: string | null }[] }[];
    }[];
  };
}

async function frameworkCount(): Promise<number> {
  const [row] = await t.ruamsang.dataSource.query<[{ n: number }]>('SELECT count(*)::int AS n FROM framework');
  return row.n;
}

describe('a Moodle competency framework CSV imports as a draft', () => {
  it('maps the framework row, top-level competencies to domains and every deeper node to a competency, in Moodle’s order', async () => {
    const { status, body } = await importFile(MOODLE_FIXTURE, '?format=moodle&lang=en');
    expect(status).toBe(201);
    expect(body.rejected).toEqual([]);
    expect(body.framework).toMatchObject({ code: 'LFS-2026', version: 1, domains: 2, competencies: 7 });
    const framework = await tree(body.framework!.id);
    expect(framework.status).toBe('DRAFT');
    // English text fills English and (required) Thai.
    expect(framework.name).toEqual({ th: 'Local food systems', en: 'Local food systems', ms: null });
    expect(framework.description?.en).toBe("Competencies for local food systems work in the southern border provinces.\n\nWritten for this test by hand, following Moodle's exporter.");
    expect(framework.domains.map((d) => d.code)).toEqual(['AGRO', 'SAFE']);
    expect(framework.domains[0]!.description?.en).toBe('Growing food with the land, not against it.');
    expect(framework.domains.map((d) => d.competencies.map((c) => [c.code, c.parentCode]))).toEqual([
      [
        ['AGRO.SOIL', null],
        ['AGRO.SOIL.1', 'AGRO.SOIL'],
        ['AGRO.SOIL.2', 'AGRO.SOIL'],
        ['AGRO.WATER', null],
      ],
      [
        ['SAFE.HYG', null],
        ['SAFE.HYG.1', 'SAFE.HYG'],
        ['SAFE.NUT', null],
      ],
    ]);
    const soil = framework.domains[0]!.competencies;
    // HTML becomes plain text: entities decoded, <br> a new line, lists as lines, tags gone.
    expect(soil[0]!.description?.th).toBe('Keeps soil alive:\ncompost, cover crops & mulch.');
    expect(soil[1]!.description?.th).toBe('Reads a soil test and explains it to a farmer group.');
    expect(soil[2]!.description?.th).toBe(' * hot compost\n * vermicompost'.trim());
    // FORMAT_PLAIN is kept as written.
    expect(soil[3]!.description?.th).toBe('Plain text: drip lines and ponds.');
    // A link keeps its text, not its address.
    expect(framework.domains[1]!.competencies[2]!.description?.th).toBe('Plans a healthy plate session.');
    expect(soil[0]!.levelDescriptors).toHaveLength(5);
  });

  it('reports what it mapped or left out: the five-value scale and the cross-references, by line', async () => {
    const { body } = await importFile(MOODLE_FIXTURE, '?format=moodle&code=LFS-NOTES');
    expect(body.framework?.code).toBe('LFS-NOTES');
    expect(body.notes.map((n) => [n.line, n.reason])).toEqual([
      [2, 'scaleFive'],
      [4, 'relatedDropped'],
      [9, 'relatedDropped'],
    ]);
    expect(body.notes[0]!.message).toBe('Moodle’s five-value scale (Aware,Basic,Independent,Advanced,Can teach others) is mapped to levels 1–5 (aware … can teach others) with the standard level descriptors');
    expect(body.notes[2]!.message).toBe('cross-references to AGRO.SOIL, SAFE.NUT are not kept (Ruamsang has no links between competencies)');
  });

  it('refuses bad rows by line in the caller’s language and stores nothing', async () => {
    const before = await frameworkCount();
    const header = readFileSync(resolve(new URL('.', import.meta.url).pathname, '../fixtures/moodle/food-systems-framework.csv'), 'utf8').split('\n')[0];
    const csv = [
      header,
      ',BAD-FW,"Bad file",,1,"Not yet competent,Competent","[{""scaleid"":""2""}]",,,,,,1,',
      ',DOM,"A domain",,1,,,,0,null,,1,,',
      'DOM,"has space","A competency",,1,,,,0,null,,2,,',
      'DOM,DOM.1,,,1,,,,0,null,,3,,',
      'DOM,DOM.2,"Fine",,1,,,,0,null,,4,,',
      'DOM,dom.2,"Repeated",,1,,,,0,null,,5,,',
      'NOWHERE,DOM.3,"Orphan",,1,,,,0,null,,6,,',
    ].join('\n');
    const en = await importFile(csv, '?format=moodle');
    expect(en.status).toBe(201);
    expect(en.body.framework).toBeNull();
    expect(en.body.rejected.map((r) => [r.line, r.column, r.reason])).toEqual([
      [4, 'ID number', 'badCode'],
      [5, 'Short name', 'required'],
      [7, 'ID number', 'duplicate'],
      [8, 'Parent ID number', 'parentMissing'],
    ]);
    expect(en.body.rejected[0]!.message).toBe('the code "has space" is not allowed: use 1–40 letters A–Z, digits, dots, dashes or underscores, starting with a letter or digit');
    expect(en.body.rejected[2]!.message).toBe('the code dom.2 is already used on line 6; codes must be unique within the framework');
    const th = await importFile(csv, '?format=moodle', { lang: 'th' });
    expect(th.body.rejected[1]!.message).toBe('ต้องระบุ Short name');
    expect(await frameworkCount()).toBe(before);
    // The two-value scale is reported, not silently stretched.
    expect(en.body.notes[0]).toMatchObject({ line: 2, reason: 'scaleOther' });
  });

  it('refuses a file that is not Moodle’s, and a code already taken, naming what to do', async () => {
    const notMoodle = await importFile('a,b,c\n1,2,3', '?format=moodle');
    expect(notMoodle.status).toBe(400);
    expect(notMoodle.body.message).toMatch(/^This is not Moodle’s competency framework CSV: its columns must be, in order, Parent ID number, ID number, Short name/);
    await importFile(MOODLE_FIXTURE, '?format=moodle&code=TAKEN');
    const again = await importFile(MOODLE_FIXTURE, '?format=moodle&code=TAKEN');
    expect(again.body.framework).toBeNull();
    expect(again.body.rejected).toEqual([{ line: 2, column: 'code', reason: 'codeTaken', message: 'a framework with code TAKEN already exists: give the imported framework a new code' }]);
    const badOverride = await importFile(MOODLE_FIXTURE, '?format=moodle&code=has%20space');
    expect(badOverride.status).toBe(400);
    expect(badOverride.body.message).toContain('The code "has space" is not allowed');
  });

  it('takes a framework ID number that does not fit our codes when the caller gives another code, and refuses it otherwise', async () => {
    const csv = MOODLE_FIXTURE.toString('utf8').replace(',LFS-2026,', ',LFS 2026,');
    const refused = await importFile(csv, '?format=moodle');
    expect(refused.body.rejected.map((r) => [r.line, r.column, r.reason])).toEqual([[2, 'ID number', 'badCode']]);
    const renamed = await importFile(csv, '?format=moodle&code=LFS-RENAMED');
    expect(renamed.body.rejected).toEqual([]);
    expect(renamed.body.framework?.code).toBe('LFS-RENAMED');
  });

  it('is for framework authors only', async () => {
    const practitioner = await t.createUser({ role: Role.PRACTITIONER, provinceCode: '94' });
    const refused = await importFile(MOODLE_FIXTURE, '?format=moodle&code=NOPE', { as: practitioner.token });
    expect(refused.status).toBe(403);
  });
});

describe('our Moodle export', () => {
  it('passes Moodle’s importer rules and carries codes, names, descriptions and order exactly', async () => {
    const imported = await importFile(MOODLE_FIXTURE, '?format=moodle&lang=en&code=LFS-EXPORT');
    const id = imported.body.framework!.id;
    const original = await tree(id);
    const exported = await exportFile(id, 'csv', '?format=moodle&lang=en');
    expect(exported.status).toBe(200);
    expect(exported.disposition).toContain('LFS-EXPORT-v1-moodle.csv');
    const check = checkMoodleFrameworkCsv(exported.body.toString('utf8'));
    expect(check.problems).toEqual([]);
    expect(check.framework).toMatchObject({ idnumber: 'LFS-EXPORT', shortname: 'Local food systems', scalevalues: 'Aware,Basic,Independent,Advanced,Can teach others', taxonomy: 'domain,competency,competency' });
    expect(check.framework!.description).toBe(original.description!.en);
    // Moodle rebuilds the same tree, in the same order, with the same texts.
    const expected = original.domains.flatMap((d) => [
      { parent: '', idnumber: d.code, shortname: d.name.en, description: d.description?.en ?? '', depth: 1 },
      ...d.competencies.map((c) => ({ parent: c.parentCode ?? d.code, idnumber: c.code, shortname: c.name.en, description: c.description?.th ?? '', depth: c.parentCode ? 3 : 2 })),
    ]);
    expect(check.competencies.map(({ format: _format, ...rest }) => rest)).toEqual(expected);
  });

  it('imports back into Ruamsang as the same framework', async () => {
    const first = await importFile(MOODLE_FIXTURE, '?format=moodle&lang=en&code=LFS-BACK');
    const exported = await exportFile(first.body.framework!.id, 'csv', '?format=moodle&lang=en');
    const back = await importFile(exported.body, '?format=moodle&lang=en&code=LFS-BACK2');
    expect(back.body.rejected).toEqual([]);
    const [a, b] = [await tree(first.body.framework!.id), await tree(back.body.framework!.id)];
    const strip = (f: typeof a) => ({ name: f.name, description: f.description, domains: f.domains });
    expect(strip(b)).toEqual(strip(a));
  });
});

describe('our own framework file (CSV and XLSX)', () => {
  const input = {
    code: 'ROUND',
    name: { th: 'กรอบไปกลับ', en: 'Round trip', ms: 'Pergi balik' },
    description: { th: 'คำอธิบาย\nสองบรรทัด', en: 'Two\nlines', ms: null },
    domains: [
      {
        code: 'D1',
        name: { th: 'ด้านหนึ่ง', en: 'Domain one', ms: 'Domain satu' },
        description: { th: 'ด้านแรก', en: 'The first', ms: 'Yang pertama' },
        competencies: [
          {
            code: 'D1.A',
            name: { th: '=สูตรไม่ใช่สูตร', en: '-starts with a dash', ms: '@at' },
            description: { th: 'ภาษาไทย, "จุลภาค"', en: 'comma, "quotes"', ms: null },
            levelDescriptors: [1, 2, 3, 4, 5].map((l) => ({ th: `ระดับ ${l}`, en: `Level ${l}`, ms: `Tahap ${l}` })),
          },
          { code: 'D1.A.1', parentCode: 'D1.A', name: { th: 'ย่อย', en: null, ms: null } },
        ],
      },
      { code: 'D2', name: { th: 'ด้านสอง' }, competencies: [{ code: 'D2.A', name: { th: 'สอง เอ' } }] },
    ],
  };

  it('round-trips through CSV and XLSX without losing a code, text, level descriptor or the order', async () => {
    const created = await t.gql<{ createFramework: { id: string } }>('mutation($i: CreateFrameworkInput!) { createFramework(input: $i) { id } }', { i: input }, { token });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createFramework.id;
    const original = await tree(id);
    const strip = (f: typeof original) => ({ name: f.name, description: f.description, domains: f.domains });
    for (const type of ['csv', 'xlsx'] as const) {
      const exported = await exportFile(id, type);
      expect(exported.status).toBe(200);
      const back = await importFile(exported.body, `?code=ROUND-${type.toUpperCase()}`);
      expect(back.body.rejected).toEqual([]);
      expect(strip(await tree(back.body.framework!.id))).toEqual(strip(original));
    }
  });

  it('writes an XLSX that a spreadsheet reads: our columns, the framework row first, then each domain and its competencies', async () => {
    const created = await t.gql<{ createFramework: { id: string } }>('mutation($i: CreateFrameworkInput!) { createFramework(input: $i) { id } }', { i: { ...input, code: 'ROUND-XL' } }, { token });
    const exported = await exportFile(created.data!.createFramework.id, 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    expect(header.slice(0, 7)).toEqual(['kind', 'code', 'domain_code', 'parent_code', 'name_th', 'name_en', 'name_ms']);
    expect(header).toHaveLength(4 + 3 + 3 + 15);
    const cell = (r: number, name: string) => sheet.getRow(r).getCell(header.indexOf(name) + 1).text;
    expect([2, 3, 4, 5, 6, 7].map((r) => [cell(r, 'kind'), cell(r, 'code')])).toEqual([
      ['FRAMEWORK', 'ROUND-XL'],
      ['DOMAIN', 'D1'],
      ['COMPETENCY', 'D1.A'],
      ['COMPETENCY', 'D1.A.1'],
      ['DOMAIN', 'D2'],
      ['COMPETENCY', 'D2.A'],
    ]);
    expect(cell(4, 'name_th')).toBe('=สูตรไม่ใช่สูตร');
    expect(cell(4, 'level_5_ms')).toBe('Tahap 5');
    expect(cell(5, 'parent_code')).toBe('D1.A');
  });

  it('refuses rows by line: a competency before its domain, a half-filled level scale, a parent not before it', async () => {
    const before = await frameworkCount();
    const csv = [
      'kind,code,domain_code,parent_code,name_th,level_1_th,level_2_th,level_3_th,level_4_th,level_5_th',
      'FRAMEWORK,BADROWS,,,กรอบ,,,,,',
      'COMPETENCY,C0,,,ก่อนด้าน,,,,,',
      'DOMAIN,D1,,,ด้าน,,,,,',
      'COMPETENCY,C1,D1,,หนึ่ง,ก,ข,,,',
      'COMPETENCY,C2,D1,C9,สอง,,,,,',
      'THING,C3,D1,,สาม,,,,,',
    ].join('\n');
    const { body } = await importFile(csv, '', { lang: 'en' });
    expect(body.framework).toBeNull();
    expect(body.rejected.map((r) => [r.line, r.column, r.reason])).toEqual([
      [3, 'domain_code', 'domainFirst'],
      [5, 'level_3_th', 'levelsAllOrNone'],
      [6, 'parent_code', 'parentFirst'],
      [7, 'kind', 'badKind'],
    ]);
    expect(body.rejected[3]!.message).toBe('kind must be one of: FRAMEWORK, DOMAIN, COMPETENCY');
    expect(await frameworkCount()).toBe(before);
  });
});

describe('a new administrator on an empty database', () => {
  it('builds a framework over the API: a draft, a domain with two competencies and their descriptors, reordered, published, then frozen', async () => {
    // The test app starts without demo data: the first admin comes from ADMIN_EMAIL / ADMIN_PASSWORD.
    const made = await t.gql<{ createFramework: { id: string } }>('mutation($i: CreateFrameworkInput!) { createFramework(input: $i) { id } }', { i: { code: 'FIRST', name: { th: 'กรอบแรก' }, domains: [] } }, { token });
    expect(made.errors).toBeUndefined();
    const id = made.data!.createFramework.id;
    const levels = (prefix: string) => [1, 2, 3, 4, 5].map((l) => ({ th: `${prefix} ระดับ ${l}`, en: `${prefix} level ${l}`, ms: `${prefix} tahap ${l}` }));
    const domains = (order: string[]) => [
      {
        code: 'D1',
        name: { th: 'ด้านหนึ่ง', en: 'Domain one' },
        description: { th: 'คำอธิบายด้าน' },
        competencies: order.map((code) => ({ code, name: { th: `สมรรถนะ ${code}` }, description: { th: `อธิบาย ${code}` }, levelDescriptors: levels(code) })),
      },
    ];
    const update = (order: string[]) => t.gql('mutation($id: ID!, $i: UpdateFrameworkInput!) { updateFramework(id: $id, input: $i) { id } }', { id, i: { domains: domains(order) } }, { token, lang: 'en' });
    expect((await update(['C1', 'C2'])).errors).toBeUndefined();
    expect((await update(['C2', 'C1'])).errors).toBeUndefined();
    const built = await tree(id);
    expect(built.domains[0]!.description?.th).toBe('คำอธิบายด้าน');
    expect(built.domains[0]!.competencies.map((c) => c.code)).toEqual(['C2', 'C1']);
    expect(built.domains[0]!.competencies[1]!.levelDescriptors[4]).toEqual({ th: 'C1 ระดับ 5', en: 'C1 level 5', ms: 'C1 tahap 5' });
    const published = await t.gql('mutation($id: ID!) { publishFramework(id: $id) { status } }', { id }, { token });
    expect(published.data?.['publishFramework']).toEqual({ status: 'PUBLISHED' });
    const frozen = await update(['C1', 'C2']);
    expect(frozen.errors?.[0]?.message).toBe('Framework FIRST version 1 is published and frozen. Create a new version to change it.');
    expect((await tree(id)).domains[0]!.competencies.map((c) => c.code)).toEqual(['C2', 'C1']);
  });
});

describe('editing frameworks', () => {
  it('names the field and what a code may hold; a repeated code names the first use', async () => {
    const bad = await t.gql(
      'mutation($i: CreateFrameworkInput!) { createFramework(input: $i) { id } }',
      { i: { code: 'OK', name: { th: 'ก' }, domains: [{ code: 'D 1', name: { th: 'ด้าน' }, competencies: [] }] } },
      { token, lang: 'en' },
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.['fields']).toEqual([
      { field: 'domains.0.code', message: 'domains.0.code: The code "D 1" is not allowed: use 1–40 letters A–Z, digits, dots, dashes or underscores, starting with a letter or digit, e.g. FS-AGRO.1.' },
    ]);
    const repeated = await t.gql(
      'mutation($i: CreateFrameworkInput!) { createFramework(input: $i) { id } }',
      { i: { code: 'OK2', name: { th: 'ก' }, domains: [{ code: 'D1', name: { th: 'ด้าน' }, competencies: [{ code: 'd1', name: { th: 'ซ้ำ' } }] }] } },
      { token, lang: 'en' },
    );
    expect(repeated.errors?.[0]?.extensions?.['fields']).toEqual([
      { field: 'domains.0.competencies.0.code', message: 'domains.0.competencies.0.code: The code d1 is already used by D1 (ด้าน); codes must be unique within the framework.' },
    ]);
  });

  it('refuses a parent that does not come earlier in the same domain', async () => {
    const bad = await t.gql(
      'mutation($i: CreateFrameworkInput!) { createFramework(input: $i) { id } }',
      { i: { code: 'TREE', name: { th: 'ก' }, domains: [{ code: 'D1', name: { th: 'ด้าน' }, competencies: [{ code: 'A', parentCode: 'B', name: { th: 'ก' } }, { code: 'B', name: { th: 'ข' } }] }] } },
      { token, lang: 'en' },
    );
    expect(bad.errors?.[0]?.extensions?.['fields']).toEqual([{ field: 'domains.0.competencies.0.parentCode', message: 'domains.0.competencies.0.parentCode: The parent competency "B" must be an earlier competency of the same domain.' }]);
  });
});
