import type { GapTableColumnKind } from '@ruamsang/domain';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

/** The byte-order mark that makes Excel read a CSV as UTF-8 (Thai would be garbled otherwise). */
export const UTF8_BOM = '\uFEFF';

/** Any flat table the dashboards show (the gap table, the tracking tables): columns and rows by key. */
export interface WritableColumn<K extends string = string> {
  readonly key: K;
  readonly kind: GapTableColumnKind;
  readonly decimals: number;
}
export interface WritableTable<K extends string, C extends WritableColumn<K>> {
  readonly columns: readonly C[];
  readonly rows: readonly Record<K, string | number | null>[];
}

export interface ExportHeaders<C extends WritableColumn = WritableColumn> {
  header(column: C): string;
}

/**
 * A figure as CSV text: the double's 15 significant digits (all it holds reliably), without the
 * binary noise of its last bits (9.5444, not 9.544400000000001), small values without exponent notation.
 */
export function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const clean = Number(value.toPrecision(15));
  if (clean === 0) return '0';
  const text = String(clean);
  if (!/e/i.test(text)) return text;
  const decimals = Math.min(100, Math.max(0, 15 - Math.floor(Math.log10(Math.abs(clean))) - 1));
  return clean.toFixed(decimals).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}

/** Text that a spreadsheet would run as a formula (=, +, -, @, tab or CR first) gets a leading quote (OWASP). */
function formulaSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * CSV, UTF-8 with BOM, CRLF lines, one header row. Figures are written at full precision with
 * a dot as decimal separator (see csvNumber); a suppressed group's figure cells are empty and its
 * counts read "< k". Text that a spreadsheet would run as a formula (=, +, -, @ first) is escaped.
 */
export function gapTableToCsv<K extends string, C extends WritableColumn<K>>(table: WritableTable<K, C>, headers: ExportHeaders<C>): Buffer {
  const fields = table.columns.map((c) => headers.header(c));
  const data = table.rows.map((row) =>
    table.columns.map((c) => {
      const cell = row[c.key];
      return typeof cell === 'number' ? csvNumber(cell) : formulaSafe(cell ?? '');
    }),
  );
  // figures are escaped by hand (text only): Papa's own escaping would turn -2 into '-2
  const csv = Papa.unparse({ fields: fields.map(formulaSafe), data }, { newline: '\r\n' });
  return Buffer.from(UTF8_BOM + csv + '\r\n', 'utf8');
}

function numberFormat(column: WritableColumn): string | undefined {
  switch (column.kind) {
    case 'integer':
      return '0';
    case 'decimal':
      return column.decimals > 0 ? `0.${'0'.repeat(column.decimals)}` : '0';
    case 'share':
      return column.decimals > 0 ? `0.${'0'.repeat(column.decimals)}%` : '0%';
    case 'text':
      return undefined;
  }
}

export interface XlsxSheetNames {
  readonly gaps: string;
  readonly about: string;
}

/**
 * XLSX: the table on the first sheet (bold frozen header row, filters, number formats as the
 * screen rounds them, full precision in the cells), and what the figures are on the second.
 */
export async function gapTableToXlsx<K extends string, C extends WritableColumn<K>>(
  table: WritableTable<K, C>,
  headers: ExportHeaders<C>,
  sheets: XlsxSheetNames,
  about: readonly [string, string | number][],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Ruamsang';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheets.gaps, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => {
    const header = headers.header(c);
    const format = numberFormat(c);
    return {
      header,
      key: c.key,
      width: Math.min(40, Math.max(10, header.length + 2, c.key === 'competency' || c.key === 'group' ? 28 : 0)),
      ...(format ? { style: { numFmt: format } } : {}),
    };
  });
  for (const row of table.rows) sheet.addRow(row);
  const headerRow = sheet.getRow(1);
  headerRow.font = { bold: true };
  headerRow.alignment = { vertical: 'middle', wrapText: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };

  const info = workbook.addWorksheet(sheets.about);
  info.columns = [{ width: 36 }, { width: 80 }];
  for (const line of about) info.addRow([...line]);
  info.getColumn(1).font = { bold: true };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
