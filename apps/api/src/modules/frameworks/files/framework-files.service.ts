import { Injectable } from '@nestjs/common';
import type { Actor } from '@ruamsang/domain';
import { FRAMEWORK_CODE_PATTERN, FrameworkFileFormat, type Locale } from '@ruamsang/shared';
import ExcelJS from 'exceljs';
import { convert } from 'html-to-text';
import Papa from 'papaparse';
import { DomainError, translate } from '../../../common/errors.js';
import { readSheet } from '../../assessments/paper-import.service.js';
import { UTF8_BOM } from '../../reports/gap-export.writers.js';
import { FrameworksRepository } from '../frameworks.repository.js';
import { assertAuthor, assertCode, FrameworksService } from '../frameworks.service.js';
import { FrameworkFileMessages } from './framework-files.errors.js';
import { isMoodleHeader, MOODLE_HEADERS, moodleRows, planMoodleImport } from './moodle-csv.js';
import { missingRuamsangColumns, planRuamsangImport, RUAMSANG_COLUMNS, ruamsangRows, type PlannedDraft, type RowProblem } from './ruamsang-sheet.js';

export type FrameworkFileType = 'csv' | 'xlsx';

export interface ReportedRow {
  line: number;
  column: string | null;
  reason: string;
  message: string;
}

/** What POST /imports/frameworks answers: the draft made (if any) and the row report. */
export interface FrameworkImportReport {
  format: FrameworkFileFormat;
  rows: number;
  /** Null when any row was refused: the import is all-or-nothing. */
  framework: { id: string; code: string; version: number; domains: number; competencies: number } | null;
  rejected: ReportedRow[];
  /** What was mapped or left out, row by row (Moodle's scale, cross-references, rules). */
  notes: ReportedRow[];
}

export interface ExportedFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/**
 * Moodle's HTML descriptions as plain text: html-to-text (a maintained HTML parser, not a
 * regex), paragraphs and line breaks kept as new lines, link targets dropped, no wrapping.
 */
export function htmlToPlainText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'h4', options: { uppercase: false } },
      { selector: 'h5', options: { uppercase: false } },
      { selector: 'h6', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  }).trim();
}

/** Papaparse's escapeFormulae prefixes a quote to text starting =, +, -, @, tab or CR: undo it. */
const unescapeFormula = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

@Injectable()
export class FrameworkFilesService {
  constructor(
    private readonly frameworks: FrameworksService,
    private readonly repository: FrameworksRepository,
  ) {}

  /** Our file (CSV or XLSX, every language) or Moodle's CSV (one language: `locale`). */
  async export(id: string, format: FrameworkFileFormat, type: FrameworkFileType, locale: Locale): Promise<ExportedFile> {
    const framework = await this.frameworks.get(id);
    const content = await this.frameworks.content(id);
    const baseName = `${framework.code}-v${framework.version}`;
    if (format === FrameworkFileFormat.MOODLE) {
      if (type !== 'csv') throw DomainError.badInput('file', FrameworkFileMessages['frameworkFile.moodleCsvOnly']);
      // Moodle's importer strips a BOM but takes every cell as written: no formula escaping.
      const csv = Papa.unparse(moodleRows(framework, content, locale), { newline: '\n' });
      return { body: Buffer.from(csv + '\n', 'utf8'), contentType: 'text/csv; charset=utf-8', fileName: `${baseName}-moodle.csv` };
    }
    const rows = ruamsangRows(framework, content);
    if (type === 'csv') {
      const csv = Papa.unparse({ fields: [...RUAMSANG_COLUMNS], data: rows }, { newline: '\r\n', escapeFormulae: true });
      return { body: Buffer.from(UTF8_BOM + csv + '\r\n', 'utf8'), contentType: 'text/csv; charset=utf-8', fileName: `${baseName}.csv` };
    }
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Ruamsang';
    const sheet = workbook.addWorksheet(framework.code.slice(0, 31), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
    sheet.columns = RUAMSANG_COLUMNS.map((key) => ({ header: key, key, width: key.startsWith('name') || key.startsWith('description') || key.startsWith('level') ? 32 : 14 }));
    for (const row of rows) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
    const body = Buffer.from(await workbook.xlsx.writeBuffer());
    return { body, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName: `${baseName}.xlsx` };
  }

  /**
   * A new draft framework from a file, all-or-nothing: when any row is refused nothing is
   * stored and the report says why, row by row. `code` replaces the file's framework code.
   */
  async import(actor: Actor, file: Buffer, format: FrameworkFileFormat, options: { code?: string; textLocale: Locale; locale: Locale }): Promise<FrameworkImportReport> {
    assertAuthor(actor);
    if (options.code?.trim()) assertCode(options.code.trim(), 'code');
    let sheet: Awaited<ReturnType<typeof readSheet>>;
    try {
      sheet = await readSheet(file);
    } catch {
      throw DomainError.badInput('file', FrameworkFileMessages['frameworkFile.unreadable']);
    }
    let plan: PlannedDraft;
    if (format === FrameworkFileFormat.MOODLE) {
      if (!isMoodleHeader(sheet.header)) throw DomainError.badInput('file', FrameworkFileMessages['frameworkFile.notMoodle'], { columns: MOODLE_HEADERS.join(', ') });
      const cells = sheet.rows.map((row) => sheet.header.map((name) => (row as Record<string, string | undefined>)[name] ?? ''));
      plan = planMoodleImport(cells, options.textLocale, htmlToPlainText);
    } else {
      const missing = missingRuamsangColumns(sheet.header);
      if (missing.length > 0) throw DomainError.badInput('file', FrameworkFileMessages['frameworkFile.missingColumns'], { columns: missing.join(', ') });
      const rows = sheet.rows.map((row) => Object.fromEntries(Object.entries(row as Record<string, string | undefined>).map(([k, v]) => [k, v === undefined ? v : unescapeFormula(v)])));
      plan = planRuamsangImport(rows);
    }
    const header = plan.header ? { ...plan.header, code: options.code?.trim() || plan.header.code } : null;
    const rejected = [...plan.rejected];
    // The code the draft will have (the file's, or the caller's instead) must fit our format.
    const codeAt = options.code?.trim() ? { line: plan.headerAt.line, column: 'code' } : plan.headerAt;
    if (header && !FRAMEWORK_CODE_PATTERN.test(header.code)) {
      rejected.push({ line: codeAt.line, column: codeAt.column, reason: 'badCode', params: { code: header.code } });
      rejected.sort((a, b) => a.line - b.line);
    }
    const describe = (row: RowProblem): ReportedRow => ({
      line: row.line,
      column: row.column,
      reason: row.reason,
      message: translate(`frameworkFile.${row.reason}`, options.locale, { column: row.column ?? '', ...row.params }),
    });
    const report = (framework: FrameworkImportReport['framework'], refused: RowProblem[]): FrameworkImportReport => ({
      format,
      rows: sheet.rows.length,
      framework,
      rejected: refused.map(describe),
      notes: plan.notes.map(describe),
    });
    if (!header || rejected.length > 0) return report(null, rejected);
    return this.repository.transaction(async (manager) => {
      if (await this.repository.codeExists(header.code, manager)) {
        return report(null, [{ line: codeAt.line, column: codeAt.column, reason: 'codeTaken', params: { code: header.code } }]);
      }
      const framework = await this.frameworks.createDraft(actor, header, plan.content, manager);
      const competencies = plan.content.domains.reduce((sum, d) => sum + d.competencies.length, 0);
      return report({ id: framework.id, code: framework.code, version: framework.version, domains: plan.content.domains.length, competencies }, []);
    });
  }
}
