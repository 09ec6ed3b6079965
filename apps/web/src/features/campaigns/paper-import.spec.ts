import { describe, expect, it } from '@jest/globals';
import { IMPORT_HEADER, importUrl, isImportFile, isImportReport, outcomeOf, rejectedLineCount, rejectedRowsPage, templateCsv, type ImportReport, type RejectedImportRow } from './paper-import.js';

const row = (line: number, column: string | null = 'current'): RejectedImportRow => ({ line, column, reason: 'OUT_OF_SCALE', message: `line ${line}` });
const report = (patch: Partial<ImportReport>): ImportReport => ({ mode: 'all-or-nothing', rows: 3, storedResponses: 0, storedRatings: 0, rejected: [], ...patch });

describe('importUrl', () => {
  it('builds the endpoint of the public contract with the mode', () => {
    expect(importUrl('7f0c1e8a-0000-4000-8000-000000000001', 'all-or-nothing')).toBe('/imports/assessments/7f0c1e8a-0000-4000-8000-000000000001?mode=all-or-nothing');
    expect(importUrl('abc', 'valid-rows', 'http://localhost:3000')).toBe('http://localhost:3000/imports/assessments/abc?mode=valid-rows');
  });
  it('escapes a hostile campaign id instead of letting it change the path', () => {
    expect(importUrl('../x?mode=valid-rows', 'all-or-nothing')).toBe('/imports/assessments/..%2Fx%3Fmode%3Dvalid-rows?mode=all-or-nothing');
  });
});

describe('templateCsv', () => {
  it('starts with a BOM and the exact header row of the contract', () => {
    const csv = templateCsv();
    expect(csv).toBe('\uFEFFrespondent_ref,province_code,district_code,sector,gender,competency_code,target,current\r\n');
    expect(IMPORT_HEADER.split(',')).toHaveLength(8);
  });
  it('adds one example line per competency, ratings left blank to fill in', () => {
    const lines = templateCsv(['AGR-01', 'FSN-02']).replace('\uFEFF', '').trimEnd().split('\r\n');
    expect(lines).toEqual([IMPORT_HEADER, 'P-0001,94,9401,COMMUNITY,FEMALE,AGR-01,,', 'P-0001,94,9401,COMMUNITY,FEMALE,FSN-02,,']);
  });
});

describe('outcomeOf', () => {
  it('says nothing was stored when rows were rejected and no response stored', () => {
    expect(outcomeOf(report({ rejected: [row(3)] }))).toBe('NOTHING_STORED');
  });
  it('tells a partial valid-rows import from a clean one', () => {
    expect(outcomeOf(report({ mode: 'valid-rows', storedResponses: 1, storedRatings: 1, rejected: [row(3)] }))).toBe('PARTLY_STORED');
    expect(outcomeOf(report({ storedResponses: 2, storedRatings: 6 }))).toBe('ALL_STORED');
    expect(outcomeOf(report({ rows: 0 }))).toBe('EMPTY');
  });
});

describe('rejectedRowsPage', () => {
  const many = [row(30), row(4, 'target'), row(4, 'current'), ...Array.from({ length: 50 }, (_, i) => row(100 + i))];

  it('sorts by line then column and gives the first page', () => {
    const page = rejectedRowsPage(many, 0, 25);
    expect(page.rows.slice(0, 3).map((r) => [r.line, r.column])).toEqual([
      [4, 'current'],
      [4, 'target'],
      [30, 'current'],
    ]);
    expect(page).toMatchObject({ page: 0, pageCount: 3, from: 1, to: 25, total: 53 });
  });
  it('gives a short last page and clamps a page past the end', () => {
    expect(rejectedRowsPage(many, 2, 25)).toMatchObject({ page: 2, from: 51, to: 53 });
    expect(rejectedRowsPage(many, 2, 25).rows.map((r) => r.line)).toEqual([147, 148, 149]);
    expect(rejectedRowsPage(many, 9, 25).page).toBe(2);
    expect(rejectedRowsPage(many, -1, 25).page).toBe(0);
  });
  it('has one empty page for no rejections', () => {
    expect(rejectedRowsPage([], 0, 25)).toEqual({ rows: [], page: 0, pageCount: 1, from: 0, to: 0, total: 0 });
  });
  it('does not reorder the caller’s list', () => {
    const list = [row(9), row(2)];
    rejectedRowsPage(list, 0, 10);
    expect(list.map((r) => r.line)).toEqual([9, 2]);
  });
});

describe('rejectedLineCount', () => {
  it('counts a line failing on two columns once', () => {
    expect(rejectedLineCount([row(4, 'target'), row(4, 'current'), row(7)])).toBe(2);
  });
});

describe('isImportReport', () => {
  it('accepts the API report and refuses an error body', () => {
    expect(isImportReport({ mode: 'valid-rows', rows: 2, storedResponses: 1, storedRatings: 2, rejected: [] })).toBe(true);
    expect(isImportReport({ code: 'BAD_USER_INPUT', message: 'x' })).toBe(false);
    expect(isImportReport(null)).toBe(false);
    expect(isImportReport({ mode: 'other', rows: 2, storedResponses: 1, storedRatings: 2, rejected: [] })).toBe(false);
  });
});

describe('isImportFile', () => {
  it('takes .csv and .xlsx in any case, nothing else', () => {
    expect(['forms.csv', 'FORMS.XLSX', 'a b.Csv'].map(isImportFile)).toEqual([true, true, true]);
    expect(['forms.xls', 'forms.csv.exe', 'forms', 'forms.txt'].map(isImportFile)).toEqual([false, false, false, false]);
  });
});
