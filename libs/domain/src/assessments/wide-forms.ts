import type { ImportColumn, ImportRow } from './paper-import.js';
import { ratingNames } from './xlsform.js';

/**
 * Sheets with one row per respondent and two columns per competency, read into the paper-form
 * rows (one per rating) that planImport checks:
 * - WIDE: an office's sheet, `respondent_ref`, the profile columns, then `target_<code>` and
 *   `current_<code>` per competency;
 * - KOBO: a KoboToolbox / ODK submission export of the campaign's XLSForm: the same question
 *   names under group prefixes (`domain_FS/target_FS-01`), the instance id (`meta/instanceID`,
 *   else `_uuid`) as the respondent reference, which makes a second import of the same export a
 *   no-op.
 * Headers arrive lower-cased (readSheet), so competency codes are matched without case.
 */
export type SheetFormat = 'LONG' | 'WIDE' | 'KOBO';

export interface LongRows {
  readonly format: SheetFormat;
  readonly rows: ImportRow[];
  /** The line in the file each row came from (several ratings share one line in a wide sheet). */
  readonly lines: number[];
  /** Per row, the sheet's own column name for each logical column, for the row report. */
  readonly columns: Partial<Record<ImportColumn, string>>[];
}

/** The question name without its group path: "domain_fs/target_fs-01" → "target_fs-01". */
export function questionName(header: string): string {
  const cut = Math.max(header.lastIndexOf('/'), header.lastIndexOf(':'));
  return cut >= 0 ? header.slice(cut + 1) : header;
}

const KOBO_ID_COLUMNS = ['meta/instanceid', 'instanceid', '_uuid'];

export function sheetFormat(header: readonly string[]): SheetFormat {
  const names = new Set(header);
  if (KOBO_ID_COLUMNS.some((c) => names.has(c))) return 'KOBO';
  if (names.has('competency_code')) return 'LONG';
  return header.some((h) => questionName(h).startsWith('target_')) ? 'WIDE' : 'LONG';
}

/** The respondent reference of a Kobo/ODK submission: its instance id, "uuid:…" as ODK writes it. */
export function instanceIdOf(row: Readonly<Record<string, string | undefined>>): string {
  const id = (row['meta/instanceid'] ?? row['instanceid'] ?? '').trim();
  if (id) return id;
  const uuid = (row['_uuid'] ?? '').trim();
  return uuid ? `uuid:${uuid}` : '';
}

/**
 * Long rows from a wide or Kobo sheet: one per competency the respondent rated (a competency
 * left blank in both columns is not a rating). `competencyCodes` are the campaign framework's.
 */
export function longRowsOf(format: SheetFormat, header: readonly string[], rows: readonly Readonly<Record<string, string | undefined>>[], competencyCodes: readonly string[], firstLine = 2): LongRows {
  if (format === 'LONG') return { format, rows: rows as ImportRow[], lines: rows.map((_, i) => firstLine + i), columns: rows.map(() => ({})) };
  // question name (lower case) → the sheet's full header, group path included
  const byName = new Map<string, string>();
  for (const h of header) if (!byName.has(questionName(h))) byName.set(questionName(h), h);
  const profile = (name: 'province_code' | 'district_code' | 'sector' | 'gender') => byName.get(name) ?? name;
  const out: LongRows = { format, rows: [], lines: [], columns: [] };
  rows.forEach((row, index) => {
    const line = firstLine + index;
    const ref = format === 'KOBO' ? instanceIdOf(row) : (row['respondent_ref'] ?? '');
    const refColumn = format === 'KOBO' ? (KOBO_ID_COLUMNS.find((c) => header.includes(c)) ?? 'meta/instanceid') : 'respondent_ref';
    const base: ImportRow = {
      respondent_ref: ref,
      province_code: row[profile('province_code')] ?? '',
      district_code: row[profile('district_code')] ?? '',
      sector: row[profile('sector')] ?? '',
      gender: row[profile('gender')] ?? '',
    };
    let rated = 0;
    for (const code of competencyCodes) {
      const names = ratingNames(code.toLowerCase());
      const targetColumn = byName.get(names.target);
      const currentColumn = byName.get(names.current);
      const target = targetColumn ? (row[targetColumn] ?? '') : '';
      const current = currentColumn ? (row[currentColumn] ?? '') : '';
      if (!target.trim() && !current.trim()) continue;
      rated += 1;
      out.rows.push({ ...base, competency_code: code, target, current });
      out.lines.push(line);
      out.columns.push({
        respondent_ref: refColumn,
        province_code: profile('province_code'),
        district_code: profile('district_code'),
        sector: profile('sector'),
        gender: profile('gender'),
        target: targetColumn ?? names.target,
        current: currentColumn ?? names.current,
      });
    }
    // a form with no rating at all is still reported (its reference and profile are checked)
    if (rated === 0 && Object.values(row).some((v) => (v ?? '').trim())) {
      out.rows.push({ ...base, competency_code: '', target: '', current: '' });
      out.lines.push(line);
      out.columns.push({ respondent_ref: refColumn, province_code: profile('province_code'), district_code: profile('district_code'), sector: profile('sector'), gender: profile('gender') });
    }
  });
  return out;
}
