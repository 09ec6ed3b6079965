import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { Role } from '@ruamsang/shared';
import { adminToken, buildFrameworkInput, buildSubmission, consent, createCampaign, createPublishedFramework, SUBMIT } from '../support/factories.js';
import { countQueries } from '../support/query-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let campaignId: string;
let codes: string[];
let admin: string;

const GAPS = `query($c: ID!, $g: GapGrouping!) { gapAnalysis(campaignId: $c, groupBy: $g) {
  minGroupSize primaryIndex groups { key label respondents suppressed figures {
    competencyCode n meanTarget meanCurrent medianTarget medianCurrent sdTarget sdCurrent meanGap gapCiLow gapCiHigh negativeGap mwds pniModified shareWithGap2 quadrant rank } } } }`;

interface Figure {
  competencyCode: string;
  n: number;
  rank: number | null;
  [key: string]: unknown;
}
interface Group {
  key: string;
  label: string;
  respondents: number;
  suppressed: boolean;
  figures: Figure[];
}

async function respondent(provinceCode: string, districtCode: string) {
  const user = await t.createUser({ role: Role.PRACTITIONER, provinceCode, districtCode, gender: 'FEMALE' as never, sector: 'COMMUNITY' as never });
  await consent(t, user.token);
  return user;
}

async function submit(token: string, pairs: [number, number][]) {
  const result = await t.gql(SUBMIT, { i: buildSubmission(campaignId, codes, (_, i) => pairs[i]!) }, { token });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
}

function download(path: string, options: { token?: string; headers?: Record<string, string> } = {}) {
  return fetch(`${t.url}${path}`, { headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers } });
}

async function analysis(groupBy: string, token = admin): Promise<Group[]> {
  const result = await t.gql<{ gapAnalysis: { groups: Group[] } }>(GAPS, { c: campaignId, g: groupBy }, { token });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.gapAnalysis.groups;
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminToken(t);
  const framework = await createPublishedFramework(t, buildFrameworkInput('EXPORT', 1, 3));
  codes = framework.codes;
  campaignId = (await createCampaign(t, { frameworkId: framework.id, provinceCodes: ['94', '95'] })).id;
  // Pattani (5 people, shown): competency 1 gaps 3,1,0,3,1 — competency 2 always 4→2 — competency 3 (2,3): negative.
  const pattani: [number, number][][] = [
    [[5, 2], [4, 2], [2, 3]],
    [[4, 3], [4, 2], [2, 3]],
    [[3, 3], [4, 2], [2, 3]],
    [[4, 1], [4, 2], [2, 3]],
    [[5, 4], [4, 2], [2, 3]],
  ];
  for (const pairs of pattani) await submit((await respondent('94', '9401')).token, pairs);
  // Yala: 4 people (k = 5), suppressed everywhere
  for (let i = 0; i < 4; i += 1) await submit((await respondent('95', '9501')).token, [[5, 1], [5, 1], [5, 1]]);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const FIGURE_COLUMNS: [string, string][] = [
  ['n', 'Raters (n)'],
  ['rank', 'Rank'],
  ['meanTarget', 'Mean importance (T)'],
  ['meanCurrent', 'Mean current (C)'],
  ['medianTarget', 'Median importance'],
  ['medianCurrent', 'Median current'],
  ['sdTarget', 'SD importance'],
  ['sdCurrent', 'SD current'],
  ['meanGap', 'Mean gap (T − C)'],
  ['gapCiLow', '95% CI low'],
  ['gapCiHigh', '95% CI high'],
  ['mwds', 'Mean weighted discrepancy score, MWDS (Borich)'],
  ['pniModified', 'Priority needs index, PNImodified'],
  ['shareWithGap2', 'Share with gap ≥ 2'],
];

describe('gap exports', () => {
  it('exports CSV (UTF-8 with BOM) whose figures equal the gapAnalysis API and suppresses the group of 4', async () => {
    const response = await download(`/exports/gaps/${campaignId}.csv?groupBy=PROVINCE&lang=en`, { token: admin });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="ruamsang-gaps-.*-province\.csv"$/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields?.slice(0, 7)).toEqual(['Group code', 'Province', 'Respondents', 'Status', 'Rank', 'Competency code', 'Competency']);

    const groups = await analysis('PROVINCE');
    const pattani = groups.find((g) => g.key === '94')!;
    expect(pattani.suppressed).toBe(false);
    const pattaniRows = parsed.data.filter((r) => r['Group code'] === '94');
    // ranked order, as the dashboard's ranked list shows it
    expect(pattaniRows.map((r) => r['Competency code'])).toEqual([...pattani.figures].sort((a, b) => a.rank! - b.rank!).map((f) => f.competencyCode));
    for (const figure of pattani.figures) {
      const row = pattaniRows.find((r) => r['Competency code'] === figure.competencyCode)!;
      expect(row['Province']).toBe('Pattani');
      expect(row['Respondents']).toBe('5');
      expect(row['Status']).toBe('');
      for (const [field, header] of FIGURE_COLUMNS) {
        const value = figure[field];
        if (value === null) expect([header, row[header]]).toEqual([header, '']);
        else expect([header, Number(row[header])]).toEqual([header, expect.closeTo(value as number, 12)]);
      }
      expect(row['Negative gap']).toBe(figure['negativeGap'] ? 'negative' : '');
    }
    // the hand-worked figure is really there: competency 1 gaps 3,1,0,3,1 → mean 1.6, MWDS 1.6 × 4.2
    const first = pattaniRows.find((r) => r['Competency code'] === codes[0])!;
    expect(Number(first['Mean gap (T − C)'])).toBeCloseTo(1.6, 12);
    expect(Number(first['Mean weighted discrepancy score, MWDS (Borich)'])).toBeCloseTo(6.72, 12);
    // full precision without binary noise: the text is the shortest that reads back as the figure
    expect(first['Mean weighted discrepancy score, MWDS (Borich)']).toBe('6.72');
    expect(pattaniRows.find((r) => r['Competency code'] === codes[2])!['Negative gap']).toBe('negative');

    const yalaRows = parsed.data.filter((r) => r['Group code'] === '95');
    expect(yalaRows).toHaveLength(3);
    for (const row of yalaRows) {
      expect(row['Status']).toBe('suppressed (n < 5)');
      // the group's size is hidden too: "< 5", not 4
      expect(row['Respondents']).toBe('< 5');
      for (const [, header] of FIGURE_COLUMNS) expect(row[header]).toBe('');
      expect(row['Negative gap']).toBe('');
      expect(row['Locus for Focus quadrant']).toBe('');
    }
  }, 30_000);

  it('exports XLSX with a frozen header, number formats and the same figures, the group of 4 suppressed', async () => {
    const response = await download(`/exports/gaps/${campaignId}.xlsx?groupBy=PROVINCE`, { token: admin, headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(header.slice(0, 4)).toEqual(['Group code', 'Province', 'Respondents', 'Status']);
    const column = (name: string) => header.indexOf(name) + 1;
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));

    const groups = await analysis('PROVINCE');
    const pattani = groups.find((g) => g.key === '94')!;
    for (const figure of pattani.figures) {
      const row = rows.find((r) => r.getCell(1).value === '94' && r.getCell(column('Competency code')).value === figure.competencyCode)!;
      expect(row.getCell(column('Respondents')).value).toBe(5);
      for (const [field, name] of FIGURE_COLUMNS) expect([name, row.getCell(column(name)).value]).toEqual([name, figure[field]]);
    }
    const meanGapCell = rows[0]!.getCell(column('Mean gap (T − C)'));
    expect(meanGapCell.numFmt).toBe('0.00');
    expect(rows[0]!.getCell(column('Mean weighted discrepancy score, MWDS (Borich)')).numFmt).toBe('0.000');
    expect(rows[0]!.getCell(column('Share with gap ≥ 2')).numFmt).toBe('0.0%');

    const yala = rows.filter((r) => r.getCell(1).value === '95');
    expect(yala).toHaveLength(3);
    for (const row of yala) {
      expect(row.getCell(column('Status')).value).toBe('suppressed (n < 5)');
      expect(row.getCell(column('Respondents')).value).toBe('< 5');
      for (const [, name] of FIGURE_COLUMNS) expect(row.getCell(column(name)).value).toBeNull();
    }
    const about = workbook.worksheets[1]!;
    expect(about.getRow(1).values).toEqual([undefined, 'Campaign', 'Test campaign']);
  }, 30_000);

  it('writes Thai headers by default and Malay on request', async () => {
    const thai = await download(`/exports/gaps/${campaignId}.csv?groupBy=PROVINCE`, { token: admin });
    const text = (await thai.text()).replace(/^\uFEFF/, '');
    const [headerLine] = text.split('\r\n');
    expect(headerLine).toBe(
      'รหัสกลุ่ม,จังหวัด,จำนวนผู้ตอบ,สถานะ,อันดับ,รหัสสมรรถนะ,สมรรถนะ,จำนวนผู้ให้คะแนน (n),ค่าเฉลี่ยความสำคัญ/ที่คาดหวัง,ค่าเฉลี่ยสภาพปัจจุบัน,มัธยฐานความสำคัญ,มัธยฐานสภาพปัจจุบัน,SD ความสำคัญ,SD สภาพปัจจุบัน,ช่องว่างเฉลี่ย (T − C),ช่วงความเชื่อมั่น 95% ต่ำสุด,ช่วงความเชื่อมั่น 95% สูงสุด,ช่องว่างติดลบ,ดัชนีความต้องการจำเป็นถ่วงน้ำหนัก MWDS (Borich),ดัชนีลำดับความต้องการจำเป็น PNImodified,สัดส่วนที่ช่องว่าง ≥ 2,ควอดรันต์จุดเน้น (Locus for Focus)',
    );
    expect(text).toContain('ปัตตานี');
    expect(text).toContain('ปิดบัง (n < 5)');
    expect(text).toContain('สมรรถนะ 1.1');
    const malay = await download(`/exports/gaps/${campaignId}.csv?groupBy=PROVINCE&lang=ms`, { token: admin, headers: { 'accept-language': 'en' } });
    expect((await malay.text()).split('\r\n')[0]).toMatch(/^Kod kumpulan,Wilayah,Responden,Status,/);
  }, 30_000);

  it('reads the maintained rollups, never the ratings, with a fixed number of statements', async () => {
    const { queries } = await countQueries(t.ruamsang.dataSource, async () => {
      const response = await download(`/exports/gaps/${campaignId}.xlsx?groupBy=DISTRICT`, { token: admin });
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    });
    expect(queries.some((q) => q.includes('gap_rollup'))).toBe(true);
    expect(queries.filter((q) => /\brating\b|"rating"/.test(q))).toEqual([]);
    // the sign-in check, the campaign (once: visibility and analysis share it), competencies (twice), groups, rollups
    expect(queries.length).toBeLessThanOrEqual(6);
  }, 30_000);

  it('needs sign-in, lets a practitioner export what gapAnalysis shows them, and refuses bad requests', async () => {
    expect((await download(`/exports/gaps/${campaignId}.csv?groupBy=PROVINCE`)).status).toBe(401);
    expect((await download(`/exports/gaps/${campaignId}.xlsx`, { token: 'not-a-token' })).status).toBe(401);

    // gapAnalysis gives the campaign's own practitioners the aggregates (small groups suppressed); so does the export
    const practitioner = await respondent('94', '9401');
    const groups = await analysis('ALL', practitioner.token);
    const response = await download(`/exports/gaps/${campaignId}.csv?lang=en`, { token: practitioner.token });
    expect(response.status).toBe(200);
    const rows = Papa.parse<Record<string, string>>((await response.text()).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r['Group code'], r['Competency code'], Number(r['Mean gap (T − C)'])])).toEqual(
      [...groups[0]!.figures].sort((a, b) => a.rank! - b.rank!).map((f) => ['ALL', f.competencyCode, expect.closeTo(f['meanGap'] as number, 12)]),
    );
    expect(rows[0]!['Respondents']).toBe('9');

    // a campaign nobody has answered yet: the header row only
    const quiet = await createCampaign(t);
    const empty = await download(`/exports/gaps/${quiet.id}.csv?groupBy=PROVINCE&lang=en`, { token: admin });
    expect(empty.status).toBe(200);
    expect((await empty.text()).replace(/^\uFEFF/, '').split('\r\n').filter(Boolean)).toHaveLength(1);

    expect((await download(`/exports/gaps/${campaignId}.csv?groupBy=COUNTRY`, { token: admin })).status).toBe(400);
    expect((await download(`/exports/gaps/${campaignId}.pdf`, { token: admin })).status).toBe(400);
    expect((await download(`/exports/gaps/00000000-0000-4000-8000-000000000000.csv`, { token: admin })).status).toBe(404);
  }, 30_000);
});
