import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { csvNumber, gapTableToCsv, gapTableToXlsx, UTF8_BOM, type WritableColumn } from './gap-export.writers.js';

describe('csvNumber', () => {
  it.each([
    [9.544400000000001, '9.5444'],
    [0.1 + 0.2, '0.3'],
    [1 / 3, '0.333333333333333'],
    [-2, '-2'],
    [20, '20'],
    [123456789.123, '123456789.123'],
    [1e-7, '0.0000001'],
    [-0, '0'],
  ])('writes %p as %s', (value, text) => {
    expect(csvNumber(value)).toBe(text);
    expect(Number(text)).toBeCloseTo(value, 12);
  });
  it('writes nothing for a value that is not a number', () => {
    expect(csvNumber(Number.NaN)).toBe('');
  });
});

type Key = 'group' | 'respondents' | 'meanGap' | 'note';
const columns: (WritableColumn<Key> & { label: string })[] = [
  { key: 'group', kind: 'text', decimals: 0, label: 'Group' },
  { key: 'respondents', kind: 'integer', decimals: 0, label: '-Respondents' },
  { key: 'meanGap', kind: 'decimal', decimals: 2, label: 'Mean gap' },
  { key: 'note', kind: 'text', decimals: 0, label: 'Note' },
];
const table = {
  columns,
  rows: [
    { group: 'Pattani', respondents: 12, meanGap: 9.544400000000001, note: '=HYPERLINK("x")' },
    { group: 'Yala', respondents: '< 5', meanGap: null, note: 'suppressed (n < 5)' },
    { group: 'Satun', respondents: 7, meanGap: -0.30000000000000004, note: '' },
  ],
};
const headers = { header: (c: (typeof columns)[number]) => c.label };

describe('gapTableToCsv', () => {
  it('writes clean figures, negative ones unescaped, "< k" for hidden counts, and escapes formula-like text', () => {
    const csv = gapTableToCsv(table, headers).toString('utf8');
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1).trimEnd(), { newline: '\r\n' }).data;
    expect(parsed).toEqual([
      ['Group', "'-Respondents", 'Mean gap', 'Note'],
      ['Pattani', '12', '9.5444', `'=HYPERLINK("x")`],
      ['Yala', '< 5', '', 'suppressed (n < 5)'],
      ['Satun', '7', '-0.3', ''],
    ]);
  });
});

describe('gapTableToXlsx', () => {
  it('keeps figures as numeric cells and hidden counts as "< k" text', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await gapTableToXlsx(table, headers, { gaps: 'Gaps', about: 'About' }, [['k', 5]])) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Gaps')!;
    expect(sheet.getCell('B2').value).toBe(12);
    expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('C2').value).toBeCloseTo(9.5444, 12);
    expect(sheet.getCell('B3').value).toBe('< 5');
    expect(sheet.getCell('C3').value).toBeNull();
  });
});
