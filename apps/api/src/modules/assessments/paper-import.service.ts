import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { longRowsOf, missingColumns, planImport, provinceScopeOf, questionName, sheetFormat, type Actor, type ImportRow, type RejectedRow, type SheetFormat } from '@ruamsang/domain';
import type { Locale } from '@ruamsang/shared';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { DomainError, translate } from '../../common/errors.js';
import { FrameworksRepository } from '../frameworks/frameworks.repository.js';
import { readThaiGeography } from '../geography/geography.repository.js';
import { AssessmentMessages } from './assessments.errors.js';
import { asEntities, AssessmentsRepository, type BulkResponse } from './assessments.repository.js';
import { RatingsListener } from './assessments.service.js';
import { ResponseSource } from './entities/assessment-response.entity.js';
import { AuditService } from '../privacy/audit.service.js';

export type ImportMode = 'all-or-nothing' | 'valid-rows';

export interface ImportOutcome {
  mode: ImportMode;
  /** LONG (one row per rating), WIDE (one row per form) or KOBO (a KoboToolbox/ODK submission export). */
  format: SheetFormat;
  rows: number;
  /** Kobo/ODK submissions whose instance id was imported before: answered, not stored again. */
  alreadyImported: number;
  storedResponses: number;
  storedRatings: number;
  rejected: { line: number; column: string | null; reason: string; message: string }[];
}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Reads CSV (papaparse) or XLSX (exceljs) into rows of strings keyed by the header normalised
 * (lower case, spaces as underscores); `labels` maps each normalised name back to the file's own.
 */
export async function readSheet(file: Buffer): Promise<{ header: string[]; rows: ImportRow[]; labels: Map<string, string> }> {
  const labels = new Map<string, string>();
  const sheet = await readRawSheet(file, (h) => {
    const name = h.trim().toLowerCase().replace(/\s+/g, '_');
    if (!labels.has(name)) labels.set(name, h.trim());
    return name;
  });
  return { ...sheet, labels };
}

async function readRawSheet(file: Buffer, normalise: (header: string) => string): Promise<{ header: string[]; rows: ImportRow[] }> {
  if (file.subarray(0, 4).equals(XLSX_MAGIC)) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) return { header: [], rows: [] };
    const header: string[] = [];
    sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (header[col - 1] = normalise(cell.text)));
    const rows: ImportRow[] = [];
    for (let r = 2; r <= sheet.rowCount; r += 1) {
      const row = sheet.getRow(r);
      const record: Record<string, string> = {};
      header.forEach((name, i) => (record[name] = row.getCell(i + 1).text));
      // Keep blank rows so line numbers match what the user sees in the spreadsheet.
      rows.push(record);
    }
    while (rows.length > 0 && Object.values(rows[rows.length - 1] ?? {}).every((v) => !v?.trim())) rows.pop();
    return { header, rows };
  }
  const text = file.toString('utf8').replace(/^\uFEFF/, '');
  // Rows as arrays, keyed here: papaparse's own header mode costs twice the parse on a large file.
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  const [first = [], ...lines] = parsed.data;
  const header = first.map(normalise);
  const rows: ImportRow[] = lines.map((cells) => {
    const record: Record<string, string> = {};
    for (let i = 0; i < header.length; i += 1) if (i < cells.length) record[header[i]!] = cells[i]!;
    return record;
  });
  while (rows.length > 0 && Object.values(rows[rows.length - 1] ?? {}).every((v) => !v?.trim())) rows.pop();
  return { header, rows };
}

/** The columns a wide or Kobo sheet cannot do without (group paths aside). */
function missingWideColumns(format: SheetFormat, header: readonly string[]): string[] {
  const names = new Set(header.map(questionName));
  const needed = format === 'KOBO' ? ['province_code'] : ['respondent_ref', 'province_code'];
  return needed.filter((c) => !names.has(c));
}

let geographyCache: { provinceCodes: Set<string>; districtProvince: Map<string, string> } | null = null;
/** Official province codes and district → province, read once from the bundled Thai geography. */
export function geography() {
  if (!geographyCache) {
    const { provinces, districts } = readThaiGeography();
    geographyCache = { provinceCodes: new Set(provinces.map((p) => p.code)), districtProvince: new Map(districts.map((d) => [d.code, d.provinceCode])) };
  }
  return geographyCache;
}

@Injectable()
export class PaperImportService {
  constructor(
    private readonly repository: AssessmentsRepository,
    private readonly frameworks: FrameworksRepository,
    private readonly listener: RatingsListener,
    private readonly audit: AuditService,
  ) {}

  /**
   * Imports paper forms in one transaction. All-or-nothing (default) stores nothing when any
   * row is rejected; valid-rows stores the responses whose rows are all valid.
   */
  async import(actor: Actor, campaignId: string, file: Buffer, mode: ImportMode, locale: Locale): Promise<ImportOutcome> {
    const scope = provinceScopeOf(actor);
    if (scope.kind === 'NONE') throw DomainError.forbidden(AssessmentMessages['assessments.cannotImport']);
    const campaign = await this.repository.findCampaign(campaignId);
    if (!campaign) throw DomainError.notFound(AssessmentMessages['assessments.campaignNotFound']);
    let sheet: Awaited<ReturnType<typeof readSheet>>;
    try {
      sheet = await readSheet(file);
    } catch {
      throw DomainError.badInput('file', AssessmentMessages['assessments.unreadableFile']);
    }
    const format = sheetFormat(sheet.header);
    const missing = format === 'LONG' ? missingColumns(sheet.header) : missingWideColumns(format, sheet.header);
    if (missing.length > 0) throw DomainError.badInput('file', AssessmentMessages['assessments.missingColumns'], { columns: missing.join(', ') });
    // A coordinator imports only for the campaign's provinces they answer for.
    const allowedProvinces = scope.kind === 'SOME' ? campaign.provinceCodes.filter((c) => scope.provinceCodes.includes(c)) : campaign.provinceCodes;
    if (allowedProvinces.length === 0) throw DomainError.forbidden(AssessmentMessages['assessments.cannotImport']);

    const codes = (await this.frameworks.competenciesOf([campaign.frameworkId])).map((c) => c.code);
    const competencyCodes = new Set(codes);
    const long = longRowsOf(format, sheet.header, sheet.rows, codes);
    return this.repository.transaction(async (manager) => {
      const existingRefs = await this.repository.respondentRefs(campaign.id, manager);
      // A Kobo/ODK instance id is an idempotency key: a submission imported before is answered, not refused.
      const fresh = format === 'KOBO' ? long.rows.map((row) => !existingRefs.has((row.respondent_ref ?? '').trim())) : long.rows.map(() => true);
      const alreadyImported = new Set(long.rows.filter((_, i) => !fresh[i]).map((row) => row.respondent_ref)).size;
      const plan = planImport(
        long.rows.filter((_, i) => fresh[i]),
        { instrument: campaign.instrument, competencyCodes, campaignProvinceCodes: new Set(allowedProvinces), ...geography(), existingRefs },
        { lines: long.lines.filter((_, i) => fresh[i]), columns: long.columns.filter((_, i) => fresh[i]) },
      );
      const rows = sheet.rows.length;
      const rejected = plan.rejected.map((r) => this.describe(r.sheetColumn ? { ...r, sheetColumn: sheet.labels.get(r.sheetColumn) ?? r.sheetColumn } : r, locale));
      if (mode === 'all-or-nothing' && rejected.length > 0) {
        return { mode, format, rows, alreadyImported, storedResponses: 0, storedRatings: 0, rejected };
      }
      const responses: BulkResponse[] = plan.responses.map((r) => ({
        ...r,
        id: randomUUID(),
        campaignId: campaign.id,
        respondentId: null,
        source: ResponseSource.IMPORTED,
        organisationId: null,
        ageBand: null,
        personaGroups: [],
      }));
      const storedRatings = await this.repository.insertResponses(responses, manager);
      const now = new Date();
      await this.listener.ratingsChanged(manager, campaign, [], responses.map((r) => asEntities(r, now)));
      // Paper forms carry a pseudonymous reference, not a person: one event for the whole file.
      await this.audit.record(manager, { actorId: actor.id, action: 'IMPORT', entity: 'assessment_response', entityId: campaign.id, fields: ['respondentRef', 'provinceCode', 'districtCode', 'sector', 'gender', 'ratings'] });
      return { mode, format, rows, alreadyImported, storedResponses: responses.length, storedRatings, rejected };
    });
  }

  private describe(row: RejectedRow, locale: Locale) {
    const column = row.sheetColumn ?? row.column;
    return {
      line: row.line,
      column,
      reason: row.reason,
      message: translate(`import.${row.reason}`, locale, { column: column ?? '', ...row.params }),
    };
  }
}
