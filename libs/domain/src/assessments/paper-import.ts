import { GENDERS, SECTORS, scaleOf, type Instrument } from '@ruamsang/shared';

/** The columns of a paper-form import, in the order of the public contract. */
export const IMPORT_COLUMNS = ['respondent_ref', 'province_code', 'district_code', 'sector', 'gender', 'competency_code', 'target', 'current'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export type ImportRow = Partial<Record<ImportColumn, string>>;

export interface ImportContext {
  readonly instrument: Instrument;
  readonly competencyCodes: ReadonlySet<string>;
  readonly campaignProvinceCodes: ReadonlySet<string>;
  /** Every official province code. */
  readonly provinceCodes: ReadonlySet<string>;
  /** Official district codes mapped to their province code. */
  readonly districtProvince: ReadonlyMap<string, string>;
  /** Respondent refs this campaign already holds: importing them again would duplicate. */
  readonly existingRefs: ReadonlySet<string>;
}

export interface RejectedRow {
  /** 1-based line in the file, the header being line 1. */
  readonly line: number;
  readonly column: ImportColumn | null;
  /** The file's own name of that column when it differs (a wide sheet's `target_FS-01`). */
  readonly sheetColumn?: string;
  readonly reason: ImportRejection;
  readonly params: Readonly<Record<string, string | number>>;
}

export type ImportRejection =
  | 'MISSING_COLUMNS'
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'UNKNOWN_PROVINCE'
  | 'PROVINCE_NOT_TARGETED'
  | 'UNKNOWN_DISTRICT'
  | 'DISTRICT_OUTSIDE_PROVINCE'
  | 'UNKNOWN_SECTOR'
  | 'UNKNOWN_GENDER'
  | 'UNKNOWN_COMPETENCY'
  | 'NOT_WHOLE'
  | 'OUT_OF_SCALE'
  | 'DUPLICATE_RATING'
  | 'INCONSISTENT_RESPONDENT'
  | 'ALREADY_IMPORTED'
  | 'RESPONSE_HAS_ERRORS';

export interface ImportedResponse {
  readonly respondentRef: string;
  readonly provinceCode: string;
  readonly districtCode: string | null;
  readonly sector: string | null;
  readonly gender: string | null;
  readonly ratings: { competencyCode: string; target: number; current: number }[];
  readonly lines: number[];
}

export interface ImportPlan {
  readonly responses: ImportedResponse[];
  /** Responses that had any bad row: in valid-rows mode they are skipped whole, never half-stored. */
  readonly rejected: RejectedRow[];
  readonly rowCount: number;
}

const norm = (value: string | undefined) => (value ?? '').trim();
const THAI_DIGIT = /[\u0E50-\u0E59]/g;
/** Codes and ratings as offices write them: Thai digits (๐–๙) read as 0–9. */
export function arabicDigits(text: string): string {
  return text.replace(THAI_DIGIT, (d) => String(d.charCodeAt(0) - 0x0e50));
}
// A million rows mostly carry ASCII digits: test before replacing.
const num = (value: string | undefined) => {
  const text = norm(value);
  return /[\u0E50-\u0E59]/.test(text) ? arabicDigits(text) : text;
};
const upper = (value: string | undefined) => norm(value).toUpperCase().replace(/[\s-]+/g, '_');
const ALREADY_UPPER = new Set<string>([...SECTORS, ...GENDERS]);
// A million rows mostly carry the exact value: skip the regex for those.
const upperOf = (value: string | undefined) => (value !== undefined && ALREADY_UPPER.has(value) ? value : upper(value));

/** Accepts headers in any case and order, with spaces for underscores; returns the missing ones. */
export function missingColumns(header: readonly string[]): ImportColumn[] {
  const present = new Set(header.map((h) => h.trim().toLowerCase().replace(/\s+/g, '_')));
  return IMPORT_COLUMNS.filter((c) => !present.has(c));
}

function checkRow(row: ImportRow, line: number, context: ImportContext, problems: RejectedRow[]): void {
  const reject = (column: ImportColumn | null, reason: ImportRejection, params: Record<string, string | number> = {}) =>
    problems.push({ line, column, reason, params });
  const ref = norm(row.respondent_ref);
  if (!ref) reject('respondent_ref', 'REQUIRED');
  else if (ref.length > 60) reject('respondent_ref', 'TOO_LONG', { max: 60 });
  else if (context.existingRefs.has(ref)) reject('respondent_ref', 'ALREADY_IMPORTED', { ref });

  const province = num(row.province_code).padStart(2, '0');
  if (!num(row.province_code)) reject('province_code', 'REQUIRED');
  else if (!context.provinceCodes.has(province)) reject('province_code', 'UNKNOWN_PROVINCE', { code: province });
  else if (!context.campaignProvinceCodes.has(province)) reject('province_code', 'PROVINCE_NOT_TARGETED', { code: province });

  const district = num(row.district_code);
  if (district) {
    const of = context.districtProvince.get(district.padStart(4, '0'));
    if (!of) reject('district_code', 'UNKNOWN_DISTRICT', { code: district });
    // against an unknown province, the province's own refusal says it all
    else if (of !== province && context.provinceCodes.has(province)) reject('district_code', 'DISTRICT_OUTSIDE_PROVINCE', { code: district, province });
  }
  const sector = upperOf(row.sector);
  if (sector && !(SECTORS as readonly string[]).includes(sector)) reject('sector', 'UNKNOWN_SECTOR', { value: norm(row.sector), allowed: SECTORS.join(', ') });
  const gender = upperOf(row.gender);
  if (gender && !(GENDERS as readonly string[]).includes(gender)) reject('gender', 'UNKNOWN_GENDER', { value: norm(row.gender), allowed: GENDERS.join(', ') });

  const code = norm(row.competency_code);
  if (!code) reject('competency_code', 'REQUIRED');
  else if (!context.competencyCodes.has(code)) reject('competency_code', 'UNKNOWN_COMPETENCY', { code });

  const { min, max } = scaleOf(context.instrument);
  for (const column of ['target', 'current'] as const) {
    const raw = num(row[column]);
    const value = Number(raw);
    if (!raw) reject(column, 'REQUIRED');
    else if (!/^-?\d+$/.test(raw)) reject(column, 'NOT_WHOLE', { value: raw, min, max });
    else if (value < min || value > max) reject(column, 'OUT_OF_SCALE', { value, min, max });
  }
}

/**
 * In line order, each problem once per line: a wide sheet's row carries the respondent's
 * profile on every rating, so a bad province is one problem, not one per competency; and a line
 * with a problem of its own is not also "held back with its respondent".
 */
function oncePerLine(rejected: readonly RejectedRow[]): RejectedRow[] {
  const seen = new Set<string>();
  const withOwnProblem = new Set(rejected.filter((r) => r.reason !== 'RESPONSE_HAS_ERRORS').map((r) => r.line));
  return [...rejected]
    .sort((a, b) => a.line - b.line)
    .filter((r) => {
      if (r.reason === 'RESPONSE_HAS_ERRORS' && withOwnProblem.has(r.line)) return false;
      const key = `${r.line}|${r.sheetColumn ?? r.column ?? ''}|${r.reason}|${JSON.stringify(r.params)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * Checks every row of a paper-form file and groups the good ones into responses (one per
 * respondent_ref). Nothing here touches the database; the caller stores the plan or nothing.
 */
export function planImport(
  rows: readonly ImportRow[],
  context: ImportContext,
  at: number | { readonly lines: readonly number[]; readonly columns?: readonly Partial<Record<ImportColumn, string>>[] } = 2,
): ImportPlan {
  const rejected: RejectedRow[] = [];
  const byRef = new Map<string, { response: ImportedResponse; bad: boolean; codes: Set<string> }>();
  rows.forEach((row, index) => {
    const line = typeof at === 'number' ? at + index : (at.lines[index] ?? index + 2);
    const names = typeof at === 'number' ? undefined : at.columns?.[index];
    const problems: RejectedRow[] = [];
    checkRow(row, line, context, problems);
    const ref = norm(row.respondent_ref);
    let entry = ref ? byRef.get(ref) : undefined;
    if (ref && !entry && problems.every((p) => p.column !== 'respondent_ref')) {
      entry = {
        response: {
          respondentRef: ref,
          provinceCode: num(row.province_code).padStart(2, '0'),
          districtCode: num(row.district_code) ? num(row.district_code).padStart(4, '0') : null,
          sector: upper(row.sector) || null,
          gender: upper(row.gender) || null,
          ratings: [],
          lines: [],
        },
        bad: false,
        codes: new Set(),
      };
      byRef.set(ref, entry);
    }
    if (entry && problems.length === 0) {
      const r = entry.response;
      const sameRespondent =
        r.provinceCode === num(row.province_code).padStart(2, '0') &&
        (r.districtCode ?? '') === (num(row.district_code) ? num(row.district_code).padStart(4, '0') : '') &&
        (r.sector ?? '') === upper(row.sector) &&
        (r.gender ?? '') === upper(row.gender);
      const code = norm(row.competency_code);
      if (!sameRespondent) problems.push({ line, column: 'respondent_ref', reason: 'INCONSISTENT_RESPONDENT', params: { ref } });
      else if (entry.codes.has(code)) problems.push({ line, column: 'competency_code', reason: 'DUPLICATE_RATING', params: { ref, code } });
      else {
        entry.codes.add(code);
        r.ratings.push({ competencyCode: code, target: Number(num(row.target)), current: Number(num(row.current)) });
        r.lines.push(line);
      }
    }
    if (problems.length > 0) {
      rejected.push(...(names ? problems.map((p) => (p.column && names[p.column] ? { ...p, sheetColumn: names[p.column] } : p)) : problems));
      if (entry) entry.bad = true;
    }
  });
  // A response with any bad row is held back whole, and its good rows are reported too, so
  // nobody mistakes a partly stored paper form for a complete one.
  const responses: ImportedResponse[] = [];
  for (const { response, bad } of byRef.values()) {
    if (!bad) responses.push(response);
    else for (const line of response.lines) rejected.push({ line, column: null, reason: 'RESPONSE_HAS_ERRORS', params: { ref: response.respondentRef } });
  }
  return { responses, rejected: oncePerLine(rejected), rowCount: rows.length };
}

