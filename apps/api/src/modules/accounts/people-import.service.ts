import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import {
  contactsOf,
  grantableImportRoles,
  missingPeopleColumns,
  organisationKey,
  planPeopleImport,
  provinceScopeOf,
  type Actor,
  type PeopleImportRow,
  type PeopleRejectedRow,
} from '@ruamsang/domain';
import { AGE_BAND_LABELS, ONBOARDING_LIMITS, PEOPLE_IMPORT_COLUMNS, Role, type Locale } from '@ruamsang/shared';
import ExcelJS from 'exceljs';
import { DomainError, translate } from '../../common/errors.js';
import { geography, readSheet } from '../assessments/paper-import.service.js';
import { AuditService } from '../privacy/audit.service.js';
import { PeopleImportMessages } from './people-import.errors.js';
import { PeopleImportRepository, phoneOnlyEmail, type PersonToInsert } from './people-import.repository.js';

export type PeopleImportMode = 'all-or-nothing' | 'valid-rows';

export interface PeopleImportReport {
  mode: PeopleImportMode;
  dryRun: boolean;
  /** Data rows read (the header not counted). */
  rows: number;
  /** Rows that passed every check. */
  valid: number;
  /** People created by this upload (0 on a dry run or a refused all-or-nothing file). */
  created: number;
  rejected: { line: number; column: string | null; reason: string; message: string }[];
}

/** The fields an imported person's record holds, named in the audit trail. */
const AUDITED_FIELDS = ['email', 'phone', 'displayName', 'role', 'provinceCode', 'districtCode', 'organisationId', 'sector', 'gender', 'ageBand', 'languages', 'preferredLocale'];

@Injectable()
export class PeopleImportService {
  private readonly logger = new Logger('PeopleImport');

  constructor(
    private readonly repository: PeopleImportRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Checks every row in memory, looks up the file's e-mails and phones in one query and stores the
   * people in one transaction with batched inserts. All-or-nothing (default) stores nobody when a
   * row is refused; valid-rows stores the good rows. Nobody gets a password from a file.
   */
  async import(actor: Actor, file: Buffer, mode: PeopleImportMode, dryRun: boolean, locale: Locale): Promise<PeopleImportReport> {
    const scope = provinceScopeOf(actor);
    if (scope.kind === 'NONE') throw DomainError.forbidden(PeopleImportMessages['peopleImport.cannotImport']);
    const started = performance.now();
    let sheet: Awaited<ReturnType<typeof readSheet>>;
    try {
      sheet = await readSheet(file);
    } catch {
      throw DomainError.badInput('file', PeopleImportMessages['peopleImport.unreadableFile']);
    }
    const missing = missingPeopleColumns(sheet.header);
    if (missing.length > 0) throw DomainError.badInput('file', PeopleImportMessages['peopleImport.missingColumns'], { columns: missing.join(', ') });
    if (sheet.rows.length > ONBOARDING_LIMITS.maxRows) {
      throw DomainError.badInput('file', PeopleImportMessages['peopleImport.tooManyRows'], { rows: sheet.rows.length, max: ONBOARDING_LIMITS.maxRows });
    }
    const rows = sheet.rows as PeopleImportRow[];
    const organisations = new Map((await this.repository.organisations()).map((o) => [organisationKey(o.provinceCode, o.name), o.id]));
    const { provinceCodes, districtProvince } = geography();
    const contacts = contactsOf(rows);
    const read = performance.now();

    try {
      return await this.repository.transaction(async (manager) => {
        const existing = await this.repository.existingContacts(contacts.emails, contacts.phones, manager);
        const plan = planPeopleImport(rows, {
          grantableRoles: grantableImportRoles(actor.role),
          scopeProvinceCodes: scope.kind === 'SOME' ? new Set(scope.provinceCodes) : null,
          provinceCodes,
          districtProvince,
          organisations,
          existingEmails: existing.emails,
          existingPhones: existing.phones,
          phoneOf: contacts.phoneOf,
        });
        const report: PeopleImportReport = {
          mode,
          dryRun,
          rows: plan.rowCount,
          valid: plan.people.length,
          created: 0,
          rejected: plan.rejected.map((r) => this.describe(r, locale)),
        };
        if (dryRun || (mode === 'all-or-nothing' && plan.rejected.length > 0) || plan.people.length === 0) return report;
        const checked = performance.now();

        const people: PersonToInsert[] = plan.people.map((p) => ({
          ...p,
          id: randomUUID(),
          storedEmail: p.email ?? phoneOnlyEmail(p.phone!),
          managedProvinceCodes: p.role === Role.COORDINATOR ? [p.provinceCode] : [],
        }));
        await this.repository.insertPeople(people, manager);
        const inserted = performance.now();
        const importId = randomUUID();
        // One event for the upload, then one per person created, so each person's trail shows it.
        await this.audit.recordMany(manager, [
          { actorId: actor.id, action: 'IMPORT', entity: 'app_user', entityId: importId, fields: [`rows:${plan.rowCount}`, `created:${people.length}`, `mode:${mode}`] },
          ...people.map((p) => ({
            actorId: actor.id,
            action: 'CREATE' as const,
            entity: 'app_user',
            entityId: p.id,
            subjectId: p.id,
            fields: [...AUDITED_FIELDS.filter((f) => hasValue(p, f)), `import:${importId}`],
          })),
        ]);
        const ms = (from: number, to: number) => Math.round(to - from);
        this.logger.log(
          `${people.length} people imported by ${actor.id} (${plan.rejected.length} refusals, ${mode}) in ${ms(started, performance.now())} ms: ` +
            `read ${ms(started, read)}, check ${ms(read, checked)}, insert ${ms(checked, inserted)}, audit ${ms(inserted, performance.now())}`,
        );
        return { ...report, created: people.length };
      });
    } catch (error) {
      // Another upload or sign-up took one of these e-mails/phones between our check and insert.
      if ((error as { code?: string }).code === '23505') throw DomainError.conflict(PeopleImportMessages['peopleImport.concurrentChange']);
      throw error;
    }
  }

  private describe(row: PeopleRejectedRow, locale: Locale) {
    return {
      line: row.line,
      column: row.column,
      reason: row.reason,
      message: translate(`peopleImport.${row.reason}`, locale, { column: row.column ?? '', ...row.params }),
    };
  }
}

function hasValue(person: PersonToInsert, field: string): boolean {
  const value = (person as unknown as Record<string, unknown>)[field];
  return Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined && value !== '';
}

const EXAMPLES: Record<(typeof PEOPLE_IMPORT_COLUMNS)[number], string>[] = [
  {
    email: 'somchai@example.org',
    phone: '081-234-5678',
    display_name: 'สมชาย ใจดี',
    role: 'PRACTITIONER',
    province_code: '94',
    district_code: '9401',
    organisation: '',
    sector: 'ภาคชุมชน',
    gender: 'ชาย',
    age_band: AGE_BAND_LABELS.FROM_35_TO_44,
    languages: 'THAI; PATANI_MALAY',
    preferred_locale: 'th',
  },
  {
    email: '',
    phone: '0891234567',
    display_name: 'Aminah Yusoh',
    role: 'PRACTITIONER',
    province_code: '94',
    district_code: '',
    organisation: '',
    sector: 'COMMUNITY',
    gender: 'FEMALE',
    age_band: 'UNDER_25',
    languages: 'PATANI_MALAY',
    preferred_locale: 'ms',
  },
];

/** The template as CSV (UTF-8 with a byte-order mark, so Excel shows Thai). */
export function peopleTemplateCsv(): string {
  const quote = (v: string) => (/[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [PEOPLE_IMPORT_COLUMNS.join(','), ...EXAMPLES.map((row) => PEOPLE_IMPORT_COLUMNS.map((c) => quote(row[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The template as XLSX, codes kept as text so 0812345678 keeps its leading zero. */
export async function peopleTemplateXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('people');
  sheet.columns = PEOPLE_IMPORT_COLUMNS.map((c) => ({ header: c, key: c, width: Math.max(14, c.length + 2), style: { numFmt: '@' } }));
  for (const row of EXAMPLES) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
