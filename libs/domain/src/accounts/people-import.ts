import { AGE_BAND_LABELS, AGE_BANDS, GENDERS, LOCALES, ONBOARDING_LIMITS, Role, SECTORS, TEACHING_LANGUAGES, THAI_GENDER_LABELS, THAI_LANGUAGE_LABELS, THAI_ROLE_LABELS, THAI_SECTOR_LABELS, type AgeBand, type Gender, type PeopleImportColumn, type Sector, type TeachingLanguage } from '@ruamsang/shared';
import { normalizeThaiMobile } from '@ruamsang/shared/phone';

export type PeopleImportRow = Partial<Record<PeopleImportColumn, string>>;

export type PeopleImportRejection =
  | 'REQUIRED'
  | 'CONTACT_REQUIRED'
  | 'TOO_LONG'
  | 'BAD_EMAIL'
  | 'BAD_PHONE'
  | 'DUPLICATE_IN_FILE'
  | 'ALREADY_EXISTS'
  | 'UNKNOWN_ROLE'
  | 'ROLE_NOT_ALLOWED'
  | 'UNKNOWN_PROVINCE'
  | 'PROVINCE_OUTSIDE_SCOPE'
  | 'UNKNOWN_DISTRICT'
  | 'DISTRICT_OUTSIDE_PROVINCE'
  | 'UNKNOWN_ORGANISATION'
  | 'UNKNOWN_SECTOR'
  | 'UNKNOWN_GENDER'
  | 'UNKNOWN_AGE_BAND'
  | 'UNKNOWN_LANGUAGE'
  | 'UNKNOWN_LOCALE';

export interface PeopleRejectedRow {
  /** 1-based line in the file, the header being line 1. */
  readonly line: number;
  readonly column: PeopleImportColumn | null;
  readonly reason: PeopleImportRejection;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface PeopleImportContext {
  /** Roles the importer may give (see grantableImportRoles). */
  readonly grantableRoles: readonly Role[];
  /** Provinces the importer answers for; null = every province (an admin). */
  readonly scopeProvinceCodes: ReadonlySet<string> | null;
  readonly provinceCodes: ReadonlySet<string>;
  /** Official district codes mapped to their province code. */
  readonly districtProvince: ReadonlyMap<string, string>;
  /** Organisation ids by `organisationKey(provinceCode, name)`; national ones under province ''. */
  readonly organisations: ReadonlyMap<string, string>;
  /** Lower-cased e-mails and E.164 phones that already have an account. */
  readonly existingEmails: ReadonlySet<string>;
  readonly existingPhones: ReadonlySet<string>;
  /** Phones already read by contactsOf (raw → E.164 or null); others are read here. */
  readonly phoneOf?: ReadonlyMap<string, string | null>;
}

export interface ImportedPerson {
  readonly line: number;
  readonly email: string | null;
  readonly phone: string | null;
  readonly displayName: string;
  readonly role: Role;
  readonly provinceCode: string;
  readonly districtCode: string | null;
  readonly organisationId: string | null;
  readonly sector: Sector | null;
  readonly gender: Gender | null;
  readonly ageBand: AgeBand | null;
  readonly languages: TeachingLanguage[];
  readonly preferredLocale: string;
}

export interface PeopleImportPlan {
  readonly people: ImportedPerson[];
  readonly rejected: PeopleRejectedRow[];
  readonly rowCount: number;
}

/** Columns a file must carry (email and phone may each be blank, but one of them must be a column). */
export const PEOPLE_REQUIRED_COLUMNS: readonly PeopleImportColumn[] = ['display_name', 'province_code'];

export function missingPeopleColumns(header: readonly string[]): string[] {
  const present = new Set(header.map((h) => h.trim().toLowerCase().replace(/\s+/g, '_')));
  const missing: string[] = PEOPLE_REQUIRED_COLUMNS.filter((c) => !present.has(c));
  if (!present.has('email') && !present.has('phone')) missing.unshift('email / phone');
  return missing;
}

export function organisationKey(provinceCode: string | null, name: string): string {
  return `${provinceCode ?? ''}|${name.trim().toLowerCase().replace(/\s+/g, ' ')}`;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const norm = (value: string | undefined) => (value ?? '').trim();
const codeOf = (value: string) => value.trim().toUpperCase().replace(/[\s-]+/g, '_');

function lookup<T extends string>(value: string, codes: readonly T[], labels: Readonly<Record<T, string>>): T | null {
  const code = codeOf(value);
  if ((codes as readonly string[]).includes(code)) return code as T;
  const text = value.trim().replace(/\s+/g, ' ');
  for (const c of codes) if (labels[c] === text) return c;
  return null;
}

const ALLOWED_SECTORS = SECTORS.map((s) => `${s} (${THAI_SECTOR_LABELS[s]})`).join(', ');
const ALLOWED_GENDERS = GENDERS.map((g) => `${g} (${THAI_GENDER_LABELS[g]})`).join(', ');
const ALLOWED_AGE_BANDS = AGE_BANDS.map((a) => `${a} (${AGE_BAND_LABELS[a]})`).join(', ');
const ALLOWED_LANGUAGES = TEACHING_LANGUAGES.map((l) => `${l} (${THAI_LANGUAGE_LABELS[l]})`).join(', ');

export function normaliseEmail(value: string | undefined): string {
  return norm(value).toLowerCase();
}

/**
 * The e-mails and phones a file names, normalised, to look up existing accounts in one query;
 * `phoneOf` keeps each written phone's reading so the plan does not parse it again.
 */
export function contactsOf(rows: readonly PeopleImportRow[]): { emails: string[]; phones: string[]; phoneOf: Map<string, string | null> } {
  const emails = new Set<string>();
  const phoneOf = new Map<string, string | null>();
  for (const row of rows) {
    const email = normaliseEmail(row.email);
    if (email) emails.add(email);
    const raw = norm(row.phone);
    if (raw && !phoneOf.has(raw)) phoneOf.set(raw, normalizeThaiMobile(raw));
  }
  const phones = new Set<string>();
  for (const phone of phoneOf.values()) if (phone) phones.add(phone);
  return { emails: [...emails], phones: [...phones], phoneOf };
}

/**
 * Checks every row of a people file in memory and answers who to create and which rows are
 * refused (line, column, reason). Rows naming an e-mail or phone already held, or named twice in
 * the file, are refused: importing the same file again creates nobody twice.
 */
export function planPeopleImport(rows: readonly PeopleImportRow[], context: PeopleImportContext, firstLine = 2): PeopleImportPlan {
  const rejected: PeopleRejectedRow[] = [];
  const people: ImportedPerson[] = [];
  const emailLine = new Map<string, number>();
  const phoneLine = new Map<string, number>();
  rows.forEach((row, index) => {
    const line = firstLine + index;
    const problems: PeopleRejectedRow[] = [];
    const reject = (column: PeopleImportColumn | null, reason: PeopleImportRejection, params: Record<string, string | number> = {}) =>
      problems.push({ line, column, reason, params });

    const email = normaliseEmail(row.email);
    if (email) {
      if (email.length > ONBOARDING_LIMITS.emailMax) reject('email', 'TOO_LONG', { max: ONBOARDING_LIMITS.emailMax });
      else if (!EMAIL.test(email)) reject('email', 'BAD_EMAIL', { value: email });
      else if (context.existingEmails.has(email)) reject('email', 'ALREADY_EXISTS', { value: email });
      else if (emailLine.has(email)) reject('email', 'DUPLICATE_IN_FILE', { value: email, first: emailLine.get(email)! });
    }
    const rawPhone = norm(row.phone);
    let phone: string | null = null;
    if (rawPhone) {
      phone = context.phoneOf?.has(rawPhone) ? (context.phoneOf.get(rawPhone) ?? null) : normalizeThaiMobile(rawPhone);
      if (!phone) reject('phone', 'BAD_PHONE', { value: rawPhone });
      else if (context.existingPhones.has(phone)) reject('phone', 'ALREADY_EXISTS', { value: rawPhone });
      else if (phoneLine.has(phone)) reject('phone', 'DUPLICATE_IN_FILE', { value: rawPhone, first: phoneLine.get(phone)! });
    }
    if (!email && !rawPhone) reject('email', 'CONTACT_REQUIRED');

    const displayName = norm(row.display_name).replace(/\s+/g, ' ');
    if (!displayName) reject('display_name', 'REQUIRED');
    else if (displayName.length > ONBOARDING_LIMITS.displayNameMax) reject('display_name', 'TOO_LONG', { max: ONBOARDING_LIMITS.displayNameMax });

    let role: Role = Role.PRACTITIONER;
    if (norm(row.role)) {
      const found = lookup(norm(row.role), Object.values(Role), THAI_ROLE_LABELS);
      const allowed = context.grantableRoles.join(', ');
      if (!found) reject('role', 'UNKNOWN_ROLE', { value: norm(row.role), allowed });
      else if (!context.grantableRoles.includes(found)) reject('role', 'ROLE_NOT_ALLOWED', { value: found, allowed });
      else role = found;
    }

    const rawProvince = norm(row.province_code);
    const province = rawProvince.padStart(2, '0');
    let provinceOk = false;
    if (!rawProvince) reject('province_code', 'REQUIRED');
    else if (!context.provinceCodes.has(province)) reject('province_code', 'UNKNOWN_PROVINCE', { code: rawProvince });
    else if (context.scopeProvinceCodes && !context.scopeProvinceCodes.has(province))
      reject('province_code', 'PROVINCE_OUTSIDE_SCOPE', { code: province, allowed: [...context.scopeProvinceCodes].join(', ') });
    else provinceOk = true;

    const rawDistrict = norm(row.district_code);
    const district = rawDistrict ? rawDistrict.padStart(4, '0') : null;
    if (district) {
      const of = context.districtProvince.get(district);
      if (!of) reject('district_code', 'UNKNOWN_DISTRICT', { code: rawDistrict });
      else if (provinceOk && of !== province) reject('district_code', 'DISTRICT_OUTSIDE_PROVINCE', { code: district, province });
    }

    const organisationName = norm(row.organisation);
    let organisationId: string | null = null;
    if (organisationName) {
      if (organisationName.length > ONBOARDING_LIMITS.organisationMax) reject('organisation', 'TOO_LONG', { max: ONBOARDING_LIMITS.organisationMax });
      else {
        organisationId = context.organisations.get(organisationKey(province, organisationName)) ?? context.organisations.get(organisationKey(null, organisationName)) ?? null;
        if (!organisationId) reject('organisation', 'UNKNOWN_ORGANISATION', { value: organisationName, province });
      }
    }

    const sector = norm(row.sector) ? lookup(norm(row.sector), SECTORS, THAI_SECTOR_LABELS) : null;
    if (norm(row.sector) && !sector) reject('sector', 'UNKNOWN_SECTOR', { value: norm(row.sector), allowed: ALLOWED_SECTORS });
    const gender = norm(row.gender) ? lookup(norm(row.gender), GENDERS, THAI_GENDER_LABELS) : null;
    if (norm(row.gender) && !gender) reject('gender', 'UNKNOWN_GENDER', { value: norm(row.gender), allowed: ALLOWED_GENDERS });
    const ageBand = norm(row.age_band) ? lookup(norm(row.age_band).replace(/\s*[–—]\s*/g, '-'), AGE_BANDS, AGE_BAND_LABELS) : null;
    if (norm(row.age_band) && !ageBand) reject('age_band', 'UNKNOWN_AGE_BAND', { value: norm(row.age_band), allowed: ALLOWED_AGE_BANDS });

    const languages: TeachingLanguage[] = [];
    for (const part of norm(row.languages).split(/[;,|/]/)) {
      if (!part.trim()) continue;
      const language = lookup(part, TEACHING_LANGUAGES, THAI_LANGUAGE_LABELS);
      if (!language) {
        reject('languages', 'UNKNOWN_LANGUAGE', { value: part.trim(), allowed: ALLOWED_LANGUAGES });
        break;
      }
      if (!languages.includes(language)) languages.push(language);
    }

    const locale = norm(row.preferred_locale).toLowerCase() || 'th';
    if (!(LOCALES as readonly string[]).includes(locale)) reject('preferred_locale', 'UNKNOWN_LOCALE', { value: norm(row.preferred_locale), allowed: LOCALES.join(', ') });

    // A row's contacts claim their place even when the row is bad: a later copy is still a duplicate.
    if (email && !emailLine.has(email)) emailLine.set(email, line);
    if (phone && !phoneLine.has(phone)) phoneLine.set(phone, line);
    if (problems.length > 0) {
      rejected.push(...problems);
      return;
    }
    people.push({
      line,
      email: email || null,
      phone,
      displayName,
      role,
      provinceCode: province,
      districtCode: district,
      organisationId,
      sector,
      gender,
      ageBand,
      languages,
      preferredLocale: locale,
    });
  });
  return { people, rejected, rowCount: rows.length };
}

/** The roles an importer may give: coordinators practitioners and trainers; admins any (an imported coordinator answers for the row's province). */
export function grantableImportRoles(role: Role): Role[] {
  if (role === Role.ADMIN) return [Role.PRACTITIONER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN];
  if (role === Role.COORDINATOR) return [Role.PRACTITIONER, Role.TRAINER];
  return [];
}

