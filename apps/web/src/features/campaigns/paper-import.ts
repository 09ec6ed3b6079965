/**
 * Pure helpers for the paper-form import screen: the upload address, the CSV template and the
 * shape of the report the API answers. Kept free of React and the DOM so they are unit-tested.
 */

/** The columns of the public contract (API-CONTRACT.md), in order. */
export const IMPORT_HEADER = 'respondent_ref,province_code,district_code,sector,gender,competency_code,target,current';

export type ImportMode = 'all-or-nothing' | 'valid-rows';
export const IMPORT_MODES: readonly ImportMode[] = ['all-or-nothing', 'valid-rows'];

export interface RejectedImportRow {
  readonly line: number;
  readonly column: string | null;
  readonly reason: string;
  readonly message: string;
}

export interface ImportReport {
  readonly mode: ImportMode;
  readonly rows: number;
  readonly storedResponses: number;
  readonly storedRatings: number;
  readonly rejected: readonly RejectedImportRow[];
}

/** `POST /imports/assessments/<campaignId>?mode=…`, the campaign id escaped. */
export function importUrl(campaignId: string, mode: ImportMode, base = ''): string {
  return `${base}/imports/assessments/${encodeURIComponent(campaignId)}?mode=${encodeURIComponent(mode)}`;
}

/** A template with the header row and one example rating per competency code given. */
export function templateCsv(exampleCompetencyCodes: readonly string[] = []): string {
  const examples = exampleCompetencyCodes.map((code) => `P-0001,94,9401,COMMUNITY,FEMALE,${code},,`);
  // A byte-order mark so Excel opens the UTF-8 file (Thai text) correctly; the API strips it.
  return `\uFEFF${[IMPORT_HEADER, ...examples].join('\r\n')}\r\n`;
}

/** What the report means for the person who uploaded the file. */
export type ImportOutcomeKind = 'ALL_STORED' | 'NOTHING_STORED' | 'PARTLY_STORED' | 'EMPTY';

export function outcomeOf(report: ImportReport): ImportOutcomeKind {
  if (report.rejected.length === 0) return report.storedResponses > 0 ? 'ALL_STORED' : 'EMPTY';
  return report.storedResponses === 0 ? 'NOTHING_STORED' : 'PARTLY_STORED';
}

export interface RejectedRowsPage {
  readonly rows: readonly RejectedImportRow[];
  readonly page: number;
  readonly pageCount: number;
  readonly from: number;
  readonly to: number;
  readonly total: number;
}

/** One page of rejected rows in file order (line, then column), page clamped into range. */
export function rejectedRowsPage(rejected: readonly RejectedImportRow[], page: number, pageSize: number): RejectedRowsPage {
  const sorted = [...rejected].sort((a, b) => a.line - b.line || (a.column ?? '').localeCompare(b.column ?? ''));
  const pageCount = Math.max(1, Math.ceil(sorted.length / pageSize));
  const current = Math.min(Math.max(0, Math.floor(page)), pageCount - 1);
  const start = current * pageSize;
  const rows = sorted.slice(start, start + pageSize);
  return { rows, page: current, pageCount, from: rows.length > 0 ? start + 1 : 0, to: start + rows.length, total: sorted.length };
}

/** Distinct lines with at least one problem: a row can fail on several columns. */
export function rejectedLineCount(rejected: readonly RejectedImportRow[]): number {
  return new Set(rejected.map((r) => r.line)).size;
}

/** Checks that a parsed JSON body is an import report; anything else is not trusted. */
export function isImportReport(value: unknown): value is ImportReport {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (v['mode'] === 'all-or-nothing' || v['mode'] === 'valid-rows') &&
    typeof v['rows'] === 'number' &&
    typeof v['storedResponses'] === 'number' &&
    typeof v['storedRatings'] === 'number' &&
    Array.isArray(v['rejected'])
  );
}

/** Accepted file types: by extension, as browsers report CSV types inconsistently. */
export function isImportFile(name: string): boolean {
  return /\.(csv|xlsx)$/i.test(name.trim());
}
